import type { DocumentEvent, EventType, LocationPrecision, Span } from '../../model/event.js';
import type { ActorRegistry } from '../actors/registry.js';
import { unitAt } from '../actors/units.js';
import type { CasualtyFigure } from '../numbers/index.js';
import { countryByCode } from '../places/countries.js';
import type { PlaceMention } from '../places/place.js';
import type { Frame } from './frames.js';
import type { Incident } from './incidents.js';
import type { DocumentContext } from './read-frames.js';
import type { RoleReading } from './roles.js';

/** Types whose perpetrator is a state or coalition force, and types whose perpetrator is not. */
const STATE_ACTS: EventType[] = ['airstrike'];
const ANY_ACTOR: EventType[] = ['battle', 'territory_change'];

function incidentType(incident: Incident): EventType {
  const lead = incident.frames.find((f) => f.triggers.length > 0) ?? incident.frames[0]!;
  const all = incident.frames.flatMap((f) => f.triggers);
  const special = all.filter((t) => t.priority >= 60).sort((a, b) => b.priority - a.priority)[0];
  if (special && lead.triggers.some((t) => t.type === special.type)) return special.type;
  const leadTop = [...lead.triggers].sort((a, b) => b.priority - a.priority)[0];
  if (leadTop && leadTop.priority >= 50) return leadTop.type;
  const acts = lead.triggers.filter((t) => t.act);
  if (acts.some((t) => t.type === 'attack')) return 'attack';
  if (acts.some((t) => t.type === 'bombing') || lead.triggers.some((t) => t.type === 'bombing')) return 'bombing';
  return special?.type ?? leadTop?.type ?? 'attack';
}

function choosePerpetrator(incident: Incident, type: EventType): RoleReading | null {
  const readings = incident.frames.flatMap((f) => (f.roles.perpetrator ? [f.roles.perpetrator] : []));
  const fits = (r: RoleReading) =>
    ANY_ACTOR.includes(type) ||
    (STATE_ACTS.includes(type) ? r.kind === 'state_forces' || r.kind === 'coalition' : r.kind !== 'state_forces');
  const ranked = readings.filter(fits).sort((a, b) => b.strength - a.strength);
  const best = ranked[0] ?? null;
  return best && best.strength >= 2 ? best : null;
}

const KIND_SCORE: Record<string, number> = { site: 5, city: 4, region: 2, admin1: 2, country: 1 };
const AWAY_FROM = /\b(?:hospitals?|treated|taken|rushed|evacuated|fled|flee|fleeing|border(?:ing)?|towards?|headquarters\s+of|capital|embassy|based|from|km|kilometres|kilometers|miles)\b[^.,;]{0,30}$/i;

function choosePlace(incident: Incident, context: DocumentContext): PlaceMention | null {
  let best: { mention: PlaceMention; score: number } | null = null;
  incident.frames.forEach((f, i) => {
    for (const mention of f.places) {
      const before = context.text.slice(Math.max(f.sentence.start, mention.start - 60), mention.start);
      let score = KIND_SCORE[mention.place.kind] ?? 1;
      if (i === 0) score += 2;
      if (/\b(?:in|at|near|outside|on|inside)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i.test(before)) score += 1;
      if (AWAY_FROM.test(before)) score -= 4;
      if (mention.start - f.sentence.start < 3 && /^[A-Z\s'-]+\s*[:—–-]/.test(context.text.slice(mention.start, mention.end + 3))) score += 3;
      if (!best || score > best.score) best = { mention, score };
    }
  });
  return best ? (best as { mention: PlaceMention }).mention : null;
}

function regionFor(incident: Incident, place: PlaceMention | null): string | null {
  if (place?.place.admin1) return place.place.admin1;
  const country = place?.place.country;
  const admin1 = incident.frames.flatMap((f) => f.places).find((p) => p.place.kind === 'admin1' && (!country || p.place.country === country));
  return admin1?.place.admin1 ?? admin1?.place.name ?? null;
}

interface Tally {
  best: number | null;
  low: number | null;
  high: number | null;
}

const NONE: Tally = { best: null, low: null, high: null };

/** The largest figure of a role, read as the latest toll; breakdowns of a total never count. */
function tally(figures: CasualtyFigure[], role: CasualtyFigure['role']): Tally {
  const totals = figures.filter((c) => c.role === role && !c.part);
  if (totals.length === 0) return NONE;
  const top = totals.reduce((a, b) => (b.quantity.best > a.quantity.best ? b : a));
  return { best: top.quantity.best, low: top.quantity.low, high: top.quantity.high };
}

const plus = (a: number | null, b: number | null) => (a === null ? null : a + (b ?? 0));

function claimOf(incident: Incident): boolean | null {
  const claims = incident.frames.map((f) => f.claim.claimed).filter((c) => c !== null);
  if (claims.includes(true)) return true;
  return claims.includes(false) ? false : null;
}

function evidenceOf(incident: Incident): Span[] {
  const spans = incident.frames.map((f) => ({ start: f.sentence.start, end: f.sentence.end }));
  return spans.filter((s, i) => spans.findIndex((t) => t.start === s.start) === i);
}

/**
 * Turns a group of sentences about one incident into an event: its type, date, place, perpetrator
 * and unit, target, casualty figures, claim, confidence and evidence. Returns null when the incident
 * cannot be placed in time and in a country.
 */
export function assembleEvent(
  incident: Incident,
  context: DocumentContext,
  registry: ActorRegistry,
  isMain: boolean,
): DocumentEvent | null {
  const type = incidentType(incident);
  const place = choosePlace(incident, context);
  const country = place?.place.country ?? context.countries[0] ?? null;
  let date = incident.date?.value ?? null;
  let precision = incident.date?.precision ?? null;
  let confidence = 0.5;
  if (!date && isMain && context.published) {
    date = context.published;
    precision = 'day';
    confidence -= 0.2;
  }
  if (!date || !country) return null;
  const perpetrator = choosePerpetrator(incident, type);
  const actor = perpetrator ? registry.byName(perpetrator.actor) : undefined;
  const admin1 = regionFor(incident, place);
  const unitFromText =
    perpetrator?.unit ??
    incident.frames.flatMap((f) => f.actors).find((m) => m.actor === perpetrator?.actor && m.unit)?.unit ??
    null;
  const unit = unitFromText ?? (actor ? (unitAt(actor, country, admin1)?.name ?? null) : null);
  const figures = incident.frames.flatMap((f) => f.casualties);
  const killed = tally(figures, 'killed');
  const attackers = tally(figures, 'attackers_killed');
  const injured = tally(figures, 'injured');
  const foiled = type === 'plot_foiled';
  const precisionOfPlace: LocationPrecision | null = place ? place.precision : 'country';
  const target = incident.frames.flatMap((f) => f.roles.targets)[0]?.actor ?? null;
  if (precision === 'day') confidence += 0.15;
  if (place && place.place.kind !== 'country') confidence += 0.1;
  if (perpetrator && perpetrator.strength >= 3) confidence += 0.1;
  if (killed.best !== null) confidence += 0.1;
  return {
    type,
    date,
    datePrecision: precision,
    country,
    admin1,
    place: place && place.place.kind !== 'country' && place.place.kind !== 'admin1' ? place.place.name : null,
    lat: place?.place.lat ?? countryByCode(country)?.lat ?? null,
    lon: place?.place.lon ?? countryByCode(country)?.lon ?? null,
    locationPrecision: precisionOfPlace,
    perpetrator: perpetrator?.actor ?? null,
    unit,
    target,
    fatalities: foiled && killed.best === null ? 0 : plus(killed.best, attackers.best) ?? attackers.best,
    fatalitiesLow: plus(killed.low, attackers.low),
    fatalitiesHigh: killed.high === null ? null : plus(killed.high, attackers.high),
    attackersKilled: attackers.best,
    injured: foiled && injured.best === null ? 0 : injured.best,
    injuredLow: injured.low,
    injuredHigh: injured.high,
    claimed: claimOf(incident),
    confidence: Math.min(0.95, Math.round(confidence * 100) / 100),
    evidence: evidenceOf(incident),
  };
}

export type { Frame };
