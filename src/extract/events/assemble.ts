import type { Actor, ActorUnit } from '../../model/actor.js';
import type { DocumentEvent, EventType, LocationPrecision, Span } from '../../model/event.js';
import type { ActorRegistry } from '../actors/registry.js';
import { MONTHS, weekdayNumber } from '../dates/calendar.js';
import { isDateline } from './dateline.js';
import { unitAt, unitName } from '../actors/units.js';
import { countryByCode, findCountry } from '../places/countries.js';
import { allMatches } from '../text/words.js';
import { splitSentences } from '../text/sentences.js';
import { QUARTER_WORDS } from '../places/scan-places.js';
import type { PlaceMention } from '../places/place.js';
import type { Frame } from './frames.js';
import { incidentType } from './incident-type.js';
import { NONE, sourced, tally } from './tolls.js';
import { MOVED_WORDS, type Incident } from './incidents.js';
import type { DocumentContext } from './read-frames.js';
import type { RoleReading } from './roles.js';

/**
 * People and means that make a violent act an armed one, not a crime, a disease or a figure of speech
 * ("NSAG": the United Nations' non-state armed group).
 */
const ARMED =
  /\b(?:gunm[ae]n|militants?|insurgents?|jihadists?|fighters|rebels|attackers?|assailants?|bombers?|terrorists?|extremists?|soldiers?|troops|army|armed|forces|police(?:men)?|militias?|militiamen|commandos?|mujahideen|NSAGs?|bombs?|bombings?|explosives?|IEDs?|rockets?|mortars?|grenades?|rifles?|guns?|gunfire|gunshots?|shelling|air\s*strikes?|drones?|missiles?|warplanes|gunships?|artillery|suicide|hostages?|ransom|checkpoints?|garrison|raids?|raided|massacres?|massacred|assaults?\s+on|stormed|ambush(?:es|ed)?|overr[au]n|overrunning|military|jihad|knife|knives|machetes?|stabb(?:ed|ing)|rammed|ramming|into\s+(?:a|the)\s+crowd|into\s+crowds)\b/i;

/**
 * An incident is armed violence when its sentences name an armed actor or group, armed people or
 * their weapons. This keeps "the plague that killed 25 million" and "the candidates attacked each
 * other's policies" out. A clause cut from its sentence ("The group's massacres, including the killing
 * of 44 worshippers at …") is read with the rest of that sentence.
 */
function isArmed(incident: Incident, text: string): boolean {
  return incident.frames.some(
    (f) => f.actors.length > 0 || ARMED.test(text.slice(f.whole.start, f.whole.end)),
  );
}

/** Types whose perpetrator is a state or coalition force, and types whose perpetrator is not. */
const STATE_ACTS: EventType[] = ['airstrike'];
const ANY_ACTOR: EventType[] = ['battle', 'territory_change'];

/** A sentence about several incidents at once ("the attacks claimed by the Khorasan province"). */
const speaksOfMany = (f: Frame) =>
  f.cues.referring &&
  f.triggers.every((t) =>
    /[^s]s$/i.test(f.sentence.text.slice(t.start - f.sentence.start, t.end - f.sentence.start)),
  );

/**
 * The strongest reading of who did it, among those that fit the type. A sentence that speaks of
 * several incidents at once may name the group but not which of its units did this one.
 */
function choosePerpetrator(incident: Incident, type: EventType): RoleReading | null {
  const readings = incident.frames.flatMap((f) =>
    f.roles.perpetrator
      ? [speaksOfMany(f) ? { ...f.roles.perpetrator, unit: null } : f.roles.perpetrator]
      : [],
  );
  const fits = (r: RoleReading) =>
    ANY_ACTOR.includes(type) ||
    (STATE_ACTS.includes(type)
      ? r.kind === 'state_forces' || r.kind === 'coalition'
      : r.kind !== 'state_forces');
  const ranked = readings.filter(fits).sort((a, b) => b.strength - a.strength);
  const best = ranked[0] ?? null;
  return best && best.strength >= 2 && best.actor ? best : null;
}

const KIND_SCORE: Record<string, number> = { site: 5, city: 4, region: 2, admin1: 2, country: 1 };
const AWAY_FROM = new RegExp(
  String.raw`\b(?:${MOVED_WORDS}|treated|borders?|bordering|headquarters\s+of|capital|embassy|based|km|kilometres|kilometers|miles)\b[^.,;]{0,30}$`,
  'i',
);

const PLACE_FIELD = /\b(?:city|location|place|town|village|locality)\s*:\s*$/i;

function choosePlace(incident: Incident, context: DocumentContext): PlaceMention | null {
  let best: { mention: PlaceMention; score: number } | null = null;
  incident.frames.forEach((f, i) => {
    for (const mention of f.places) {
      const before = context.text.slice(Math.max(f.sentence.start, mention.start - 60), mention.start);
      let score = KIND_SCORE[mention.place.kind] ?? 1;
      if (i === 0) score += 2;
      if (/\b(?:in|at|near|outside|on|inside|into|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(before))
        score += 1;
      // "City: Nairobi", "Location: Metele": a record's field that says where, over a name in its summary
      if (PLACE_FIELD.test(before)) score += 2;
      if (AWAY_FROM.test(before)) score -= 4;
      // "near the Niger border": the country across the border, not the one the incident was in.
      if (/^\s+(?:border|frontier)\b/i.test(context.text.slice(mention.end, mention.end + 12))) score -= 4;
      // "Outside Somalia, its deadliest raid …": a country the incident happened outside of.
      if (mention.place.kind === 'country' && /\boutside\s+(?:of\s+)?$/i.test(before)) score -= 4;
      if (isDateline(context.text, mention)) score -= 4;
      if (!best || score > best.score) best = { mention, score };
    }
  });
  if (best) return (best as { mention: PlaceMention }).mention;
  return incident.frames.flatMap((f) => f.nearbyPlaces).find((p) => p.place.kind !== 'country') ?? null;
}

function regionFor(incident: Incident, place: PlaceMention | null): string | null {
  if (place?.place.admin1) return place.place.admin1;
  const country = place?.place.country;
  const admin1 = incident.frames
    .flatMap((f) => f.places)
    .find((p) => p.place.kind === 'admin1' && (!country || p.place.country === country));
  return admin1?.place.admin1 ?? admin1?.place.name ?? null;
}

/** "at Kolbiyow", "in Garsale": a capitalised name after a preposition of place. */
const NAMED_SPOT = /\b(?:at|in|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;

/** A month's or a weekday's name ("in March", "on Friday"), which names no place. */
const calendarWord = (word: string) =>
  (MONTHS as readonly string[]).includes(word.toLowerCase()) || weekdayNumber(word) !== null;

/**
 * A place the gazetteer does not know ("an army post at Kolbiyow, in the same hills") is still
 * in a region: the first-level region of that country the document names nearest before the
 * incident (else after it). Only when the incident names such a place and no region of its own.
 */
function regionNearby(incident: Incident, context: DocumentContext, country: string): PlaceMention | null {
  const known = (at: number) =>
    context.places.some((p) => p.start <= at && p.end > at) ||
    context.actors.some((a) => a.start <= at && a.end > at);
  const unknown = incident.frames.some((f) =>
    allMatches(NAMED_SPOT, f.sentence.text).some((m) => {
      const at = f.sentence.start + m.index + m[0].length - m[1]!.length;
      return !known(at) && !findCountry(m[1]!) && !calendarWord(m[1]!);
    }),
  );
  if (!unknown) return null;
  const from = incident.frames[0]!.sentence.start;
  const regions = context.places.filter((p) => p.place.kind === 'admin1' && p.place.country === country);
  return regions.filter((p) => p.start < from).at(-1) ?? regions.find((p) => p.start >= from) ?? null;
}

/** "in the Medina district", "the Hodan neighbourhood": a quarter of a town, named before its kind. */
const QUARTER = new RegExp(
  String.raw`\b(?:in|at|near|into)\s+the\s+(\p{Lu}[\p{L}'’-]+)\s+(?:${QUARTER_WORDS.join('|')})\b`,
  'gu',
);
/** A town this large has quarters; a smaller one's "district" is more often the county around it. */
const CITY_WITH_QUARTERS = 100_000;

/**
 * A quarter the gazetteer does not know ("a second bomb went off in the Medina district") lies in the
 * large town the document last named before the incident, which places it near that town.
 */
function townOfQuarter(incident: Incident, context: DocumentContext): PlaceMention | null {
  const frame = incident.frames.find((f) =>
    allMatches(QUARTER, f.sentence.text).some((m) => {
      const at = f.sentence.start + m.index + m[0].indexOf(m[1]!);
      return !context.places.some((p) => p.start <= at && p.end > at);
    }),
  );
  if (!frame) return null;
  const town = context.places.filter((p) => p.start < frame.sentence.start && p.place.kind === 'city').at(-1);
  return town && (town.place.population ?? 0) >= CITY_WITH_QUARTERS ? { ...town, precision: 'near' } : null;
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

/** "A year after gunmen stormed …", "on the anniversary of …": a lead that looks back, not today's news. */
const LOOKING_BACK =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years?|months?|decades?)\s+(?:after|since|on\s+from)|anniversary)\b/i;

/**
 * The country of an incident its sentences do not place: the document's main incident's, else the
 * country the document is most about. A state's forces that strike where no place is named ("killed by a
 * US strike in 2020") strike abroad: not in their own country when the main incident happened to be
 * there and the document is mostly about another.
 */
function unplacedCountry(
  perpetrator: Actor | undefined,
  mainCountry: string | null,
  countries: string[],
): string | null {
  const home = perpetrator?.kind === 'state_forces' ? perpetrator.home[0] : undefined;
  if (home && mainCountry === home && countries[0] && countries[0] !== home) return countries[0];
  return mainCountry ?? countries[0] ?? null;
}

/**
 * The one unit of the group that the incident's sentences name, even where it does not usually
 * operate ("officials pointed to the group's Afghan branch, IS-K" of an attack in Russia): a unit
 * named beats one assumed from the place. Two different units named say nothing.
 */
function soleUnitNamed(incident: Incident, actor: string | undefined): string | null {
  if (!actor) return null;
  const units = new Set(
    incident.frames
      .filter((f) => !speaksOfMany(f))
      .flatMap((f) => f.actors)
      .filter((m) => m.actor === actor && m.unit)
      .map((m) => m.unit!),
  );
  return units.size === 1 ? [...units][0]! : null;
}

/** Words that make a unit named beside an incident the one it is blamed on ("intelligence pointed to …"). */
const BLAMED =
  /\b(?:point(?:ed|ing|s)?\s+to|blam\w*|suspect\w*|responsib\w*|behind|claim\w*|attribut\w*|carried\s+out)\b/i;

/**
 * The one unit of the group the document names, for an incident where no unit of it operates, when
 * it is blamed in the incident's paragraphs or the paragraph after them ("Washington had intelligence
 * pointing to the group's Afghan offshoot, ISIS-K" after a concert hall attacked near Moscow). Two
 * different units named in the document say nothing.
 */
function documentUnit(incident: Incident, context: DocumentContext, actor: Actor): ActorUnit | null {
  const mentions = context.actors.filter((m) => m.actor === actor.name && m.unit);
  if (new Set(mentions.map((m) => m.unit)).size !== 1) return null;
  const { text } = context;
  const from = text.lastIndexOf('\n\n', incident.frames[0]!.sentence.start) + 1;
  const last = incident.frames.reduce((end, f) => Math.max(end, f.sentence.end), 0);
  const next = text.indexOf('\n\n', last);
  const after = next < 0 ? text.length : text.indexOf('\n\n', next + 2);
  const to = after < 0 ? text.length : after;
  // the document's sentences, as the frames were read from them (the split is remembered)
  const sentenceAt = (at: number) =>
    splitSentences(text).find((s) => s.start <= at && at < s.end)?.text ?? '';
  const blamed = mentions.find((m) => m.start >= from && m.start < to && BLAMED.test(sentenceAt(m.start)));
  return blamed ? (actor.units.find((u) => u.name === blamed.unit) ?? null) : null;
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
  mainCountry: string | null = null,
  headline: PlaceMention | null = null,
): DocumentEvent | null {
  const type = incidentType(incident);
  const told = choosePlace(incident, context) ?? townOfQuarter(incident, context);
  // a main incident the body places nowhere is where the headline says
  const unplaced = !told && incident.frames.every((f) => f.nearbyPlaces.length === 0);
  const place = told ?? (isMain && unplaced ? headline : null);
  const perpetrator = choosePerpetrator(incident, type);
  const actor = perpetrator ? registry.byName(perpetrator.actor) : undefined;
  const country =
    place?.place.country ??
    incident.frames.flatMap((f) => f.nearbyPlaces)[0]?.place.country ??
    unplacedCountry(actor, mainCountry, context.countries);
  let date = incident.date?.value ?? null;
  let precision = incident.date?.precision ?? null;
  let confidence = 0.5;
  if (
    !date &&
    isMain &&
    context.published &&
    incident.frames[0]!.paragraph <= Math.max(1, context.leadParagraph) &&
    !LOOKING_BACK.test(incident.frames[0]!.sentence.text)
  ) {
    date = context.published;
    precision = 'day';
    confidence -= 0.2;
  }
  if (!date || !country || !isArmed(incident, context.text)) return null;
  let admin1 = regionFor(incident, place);
  let nearby: PlaceMention | null = null;
  if (!admin1 && (!place || place.place.kind === 'country' || place.place.kind === 'region')) {
    nearby = regionNearby(incident, context, country);
    admin1 = nearby ? (nearby.place.admin1 ?? nearby.place.name) : null;
  }
  const operatesHere = (unit: string) => {
    const known = actor?.units.find((u) => u.name === unit);
    return (
      !known ||
      known.countries.length === 0 ||
      unitAt({ ...actor!, units: [known] }, country, null, date) !== null
    );
  };
  const unitFromText =
    perpetrator?.unit ??
    incident.frames
      .filter((f) => !speaksOfMany(f))
      .flatMap((f) => f.actors)
      .find((m) => m.actor === perpetrator?.actor && m.unit && operatesHere(m.unit))?.unit ??
    // A unit the wording makes the doer, claimant or suspect acts abroad too ("officials blamed IS-K").
    incident.frames
      .map((f) => f.roles.perpetrator)
      .find((r) => r && perpetrator && r.actor === perpetrator.actor && r.unit && r.strength >= 3)?.unit ??
    soleUnitNamed(incident, perpetrator?.actor);
  const textUnit = unitFromText ? actor?.units.find((u) => u.name === unitFromText) : undefined;
  const placeUnit = actor && !unitFromText ? unitAt(actor, country, admin1, date) : null;
  const docUnit = actor && !unitFromText && !placeUnit ? documentUnit(incident, context, actor) : null;
  const unit = textUnit
    ? unitName(textUnit, date)
    : placeUnit
      ? unitName(placeUnit, date)
      : (unitFromText ?? (docUnit ? unitName(docUnit, date) : null));
  const figures = sourced(incident.frames, context.text);
  const killed = tally(figures, 'killed', context.text);
  // a record's coded total already counts the attackers its note names
  const attackers = killed.total ? NONE : tally(figures, 'attackers_killed', context.text);
  const injured = tally(figures, 'injured', context.text);
  const foiled = type === 'plot_foiled';
  const precisionOfPlace: LocationPrecision | null = nearby ? 'admin1' : place ? place.precision : 'country';
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
    fatalities: foiled && killed.best === null ? 0 : (plus(killed.best, attackers.best) ?? attackers.best),
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
