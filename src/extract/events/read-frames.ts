import type { ActorRegistry } from '../actors/registry.js';
import { findActors, mainSubject, type ActorMention } from '../actors/find-actors.js';
import { findDates, inferDocumentYear, type DateContext } from '../dates/index.js';
import { findCasualtyFigures, type CasualtyFigure } from '../numbers/index.js';
import { countryByCode } from '../places/countries.js';
import { documentCountries } from '../places/document-countries.js';
import { actorCountries } from '../actors/actor-countries.js';
import { findPlaces } from '../places/find-places.js';
import type { PlaceMention } from '../places/place.js';
import { tokenize } from '../text/fold.js';
import { splitSentences } from '../text/index.js';
import { allMatches } from '../text/words.js';
import {
  AIR_SUPPORT,
  RELATIVE_ASIDE,
  splitAtDates,
  splitAtIncluding,
  splitAtInterval,
  splitAtPresent,
  splitComparison,
  opensInterval,
} from './clauses.js';
import { hasDatedEntries } from './dateline.js';
import { incidentDates } from './event-dates.js';
import type { EventTypeRegistry, Trigger } from './event-types.js';
import { readCues, type Frame } from './frames.js';
import { within } from '../text/spans.js';
import { readClaim } from './responsibility.js';
import { nationalStrikes } from './national-strikes.js';
import { isAffiliationMention, readRoles, type RoleReading } from './roles.js';
import { nextParagraphSubject, type ParagraphSubject } from './paragraph-subject.js';
import { pronounPerpetrator } from './pronoun-subject.js';
import { leaderSpeaking, leadersOf } from './leaders.js';

/** What the whole document says that frames are read against. */
export interface DocumentContext {
  text: string;
  published: string | null;
  dateContext: DateContext;
  /** Countries the document is about, most prominent first. */
  countries: string[];
  /** The armed group the document is mostly about. */
  subject: string | null;
  actors: ActorMention[];
  /** Every place the document names, in text order. */
  places: PlaceMention[];
  /** The paragraph the body's first sentence is in, after any title, byline or dateline lines. */
  leadParagraph: number;
}

/**
 * Asides whose acts, dates and figures are not the incident's: support from the air ("troops backed
 * by US air strikes retook the town"), and the clauses that describe an actor in passing, right after
 * its name ("blamed the group, which has carried out dozens of raids since 2016"): the actor's record.
 */
function asidesOf(text: string, actors: ActorMention[]): { start: number; end: number }[] {
  const ends = new Set(actors.map((a) => a.end));
  return [
    ...allMatches(RELATIVE_ASIDE, text).filter((m) => ends.has(m.index)),
    ...allMatches(AIR_SUPPORT, text),
  ].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A dataset record's header line, fields apart by bars ("BF-1 | 14 May 2021 | Battles - Armed
 * clash"), short and with no sentence in it: its event-type words are the dataset's coding, not
 * the act the text tells.
 */
const RECORD_HEADER = /^[^\n|]*\S\s+\|\s+[^\n|]*\S\s+\|\s+[^\n]*$/gm;

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));

/** The index of the paragraph (by its sorted start offsets) that holds `offset`. */
function paragraphOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * A sentence's casualty figures that `keep` keeps, moved to document offsets (`at` is the sentence's
 * start), with each list link pointing at the same figure among those kept.
 */
function inDocument(
  read: CasualtyFigure[],
  keep: (c: CasualtyFigure) => boolean,
  at: number,
): CasualtyFigure[] {
  const kept = read.filter(keep);
  return kept.map(({ listedWith, ...c }) => {
    const first = listedWith === undefined ? -1 : kept.indexOf(read[listedWith]!);
    return {
      ...c,
      ...(first >= 0 ? { listedWith: first } : {}),
      start: c.start + at,
      end: c.end + at,
      quantity: { ...c.quantity, start: c.quantity.start + at, end: c.quantity.end + at },
    };
  });
}

/** A claim whose subject is a pronoun ("It also claimed ..."), made by the group named just before. */
const PRONOUN_CLAIM =
  /^(?:It|They|The\s+group|The\s+militants|The\s+jihadists)\s+(?:\w+\s+){0,2}?(?:claimed|said)\b/;

/** A claim told as a repeat by a group not named in the sentence: "the militants again claimed", "the affiliate claimed that blast as well". */
const CLAIMED_AGAIN =
  /^(?:It|They|The\s+(?:group|militants|jihadists|extremists|insurgents|affiliate|branch|faction))\s+(?:again\s+|also\s+)?(?:claimed|said)\b(?:(?<=again\s+(?:claimed|said))|(?<=also\s+(?:claimed|said))|[^.;]*\b(?:as\s+well|too|again)\b)/;

const isNamedGroup = (m: ActorMention) => m.actor !== null && m.kind !== 'state_forces';

/**
 * "its carrying out of the bombing", "their attack", "the group's massacres": an act owned by the group
 * named just before.
 */
const POSSESSIVE_ACT =
  /(?:\b(?:its|their)|\bthe\s+(?:group|movement|organi[sz]ation|network|branch|province)['’]s)\s+(?:(?:deadliest|bloodiest|worst|biggest|largest|first|latest|most\s+\w+)\s+)?(?:carrying\s+out|execution|perpetration|planned\s+(?:attack|operation|bombing)|attacks?|bombings?|operations?|assaults?|raids?|massacres?|suicide\s+bombers?|fighters|militants)\b/i;

/** "Washington believed", "Moscow said": a capital that speaks or thinks stands for its government. */
const SPEAKS_AFTER =
  /^\s+(?:(?:had|has|have|also|then|now|still|long)\s+)?(?:believed|believes|said|says|blamed|blames|accused|accuses|denied|denies|announced|warned|warns|insisted|insists|condemned|condemns|responded|demanded|welcomed|rejected|urged|thinks|thought|suspected|suspects)\b/;
const PLACE_BEFORE =
  /\b(?:in|at|near|from|to|of|outside|inside|into|around|across|toward|towards|through)\s+$/i;

function isGovernmentSpeaking(text: string, p: PlaceMention): boolean {
  if (p.place.kind !== 'city' || !SPEAKS_AFTER.test(text.slice(p.end, p.end + 40))) return false;
  return !PLACE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
}

/** "The kidnapping came three days after", "That attack followed by a week": an act already told, dated by another. */
const CAME_AFTER =
  /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|bombing|blast|raid|ambush|kidnapping|abduction|massacre|killings?|shooting|strike)\s+(?:came|happened|occurred|followed)\s+(?:[\w-]+\s+){0,4}?after\b/i;

/**
 * The group a sentence last names as acting: "X, al-Qaeda's affiliate in the Sahel, …" leaves X, not
 * the group it is tied to. `local` holds the mentions with offsets into the sentence.
 */
function actingGroup(sentence: string, mentions: ActorMention[], local: ActorMention[]): ActorMention | null {
  const groups: number[] = [];
  for (let i = local.length - 1; i >= 0; i--)
    if (local[i]!.actor && local[i]!.kind !== 'state_forces') groups.push(i);
  if (groups.length === 0) return null;
  const acting =
    groups.length === 1 ? groups[0]! : groups.find((i) => !isAffiliationMention(sentence, local[i]!));
  return mentions[acting ?? groups[0]!]!;
}

/** "the army" stands for the forces of the country the sentence (or else the document) is about. */
function resolveForces(m: ActorMention, country: string | undefined, registry: ActorRegistry): ActorMention {
  if (m.actor || m.kind !== 'state_forces' || !country) return m;
  const name = countryByCode(country)?.name;
  const forces = name ? registry.byName(`Military of ${name}`) : undefined;
  return forces ? { ...m, actor: forces.name } : m;
}

const attackerTermCache = new WeakMap<ActorRegistry, string[]>();

/** Names that make "fighters" or "members" the attackers ("IS fighters"): every non-state alias. */
function attackerTermsOf(registry: ActorRegistry): string[] {
  let terms = attackerTermCache.get(registry);
  if (!terms) {
    terms = registry.actors
      .filter((a) => a.kind !== 'state_forces')
      .flatMap((a) => [a.name, ...a.aliases, ...a.units.flatMap((u) => u.aliases)]);
    attackerTermCache.set(registry, terms);
  }
  return terms;
}

/**
 * "Gunmen took more than 300 boys", "pupils were taken from the school": people counted as taken name
 * an abduction even where no abduction word is written.
 */
function takenPeople(acts: Trigger[], casualties: CasualtyFigure[], types: EventTypeRegistry): Trigger[] {
  if (acts.some((t) => t.type === 'abduction')) return [];
  const taken = casualties.find((c) => c.role === 'abducted' && !c.part);
  const entry = types.entries.find((e) => e.type === 'abduction');
  if (!taken || !entry) return [];
  return [
    {
      type: 'abduction',
      priority: entry.priority,
      start: taken.start,
      end: taken.end,
      text: 'taken',
      act: false,
    },
  ];
}

/** A paragraph of one short line that does not end like a sentence. */
function isHeading(text: string, sentence: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, sentence.start - 2), sentence.start);
  const after = text.slice(sentence.end, sentence.end + 2);
  const line = text.slice(sentence.start, sentence.end).trim();
  return (
    (sentence.start === 0 || before === '\n\n') &&
    (after === '\n\n' || after === '') &&
    line.length < 120 &&
    !/[.!?"”]$/.test(line)
  );
}

/**
 * Reads a document sentence by sentence (comparison clauses apart) into frames: each sentence's
 * event triggers, dates, places, actors with their roles, casualty figures, claims and cues.
 */
export function readFrames(
  text: string,
  published: string | null,
  registries: { actors: ActorRegistry; eventTypes: EventTypeRegistry },
): { frames: Frame[]; context: DocumentContext } {
  const inferred = published ? null : inferDocumentYear(text);
  const dateContext: DateContext = {
    published,
    inferredYear: inferred?.year ?? null,
    inferredMonth: inferred?.month ?? null,
  };
  const words = tokenize(text);
  const actors = findActors(text, registries.actors);
  const subject = mainSubject(actors);
  // A text that names no country is read in the countries of the groups it names.
  const named = documentCountries(text);
  const countries = named.length ? named : actorCountries(actors, registries.actors);
  const places = findPlaces(text, { countries }, { actorMentions: actors }).filter(
    (p) => !isGovernmentSpeaking(text, p),
  );
  const placeStarts = new Set(places.filter((p) => p.place.kind !== 'country').map((p) => p.start));
  const asides = asidesOf(text, actors);
  const outside = (at: number) => !asides.some((a) => at >= a.start && at < a.end);
  const headers = allMatches(RECORD_HEADER, text)
    .filter((m) => m[0].length <= 100 && !/[.!?]\s/.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const told = (at: number) => outside(at) && !headers.some((h) => at >= h.start && at < h.end);
  const dates = findDates(text, dateContext)
    .filter((d) => outside(d.start))
    .sort((a, b) => a.start - b.start);
  const attackerTerms = attackerTermsOf(registries.actors);
  const paragraphs = paragraphStarts(text);
  const datelines = !hasDatedEntries(text);
  const frames: Frame[] = [];
  let lastGroup: ActorMention | null = null;
  let lastClaimant: RoleReading | null = null;
  const leaders = leadersOf(text, actors);
  let placed: { paragraph: number; country: string } | null = null;
  let opening: ParagraphSubject = { paragraph: -1, reading: null };
  const clauses = splitSentences(text).flatMap((whole) =>
    splitComparison(whole).flatMap((s) => {
      const acts = registries.eventTypes
        .triggersIn(text, within(words, s), placeStarts)
        .filter((t) => told(t.start));
      return splitAtDates(s, incidentDates(s.text, s.start, within(dates, s), datelines), acts)
        .flatMap((c) => splitAtInterval(c, within(acts, c)))
        .flatMap((c) =>
          splitAtIncluding(c, within(acts, c), incidentDates(c.text, c.start, within(dates, c), datelines)),
        )
        .flatMap((c) =>
          splitAtPresent(c, within(acts, c), incidentDates(c.text, c.start, within(dates, c), datelines)),
        )
        .map((sentence) => ({ sentence, whole, acts: within(acts, sentence) }));
    }),
  );
  for (const { sentence, whole, acts: told } of clauses) {
    // "The kidnapping came three days after bombers struck a market": the act named first is the one
    // already told; the sentence tells of the one after "after"
    const since = CAME_AFTER.exec(sentence.text);
    const acts = since ? told.filter((a) => a.start - sentence.start >= since[0].length) : told;
    const strikes = nationalStrikes(sentence.text, registries.actors);
    const casualties = inDocument(
      findCasualtyFigures(sentence.text, { attackerTerms }),
      (c) => outside(c.start + sentence.start),
      sentence.start,
    );
    const triggers = [
      ...acts,
      ...shift(strikes.triggers, sentence.start),
      ...takenPeople(acts, casualties, registries.eventTypes),
    ].sort((a, b) => a.start - b.start);
    const paragraph = paragraphOf(paragraphs, sentence.start);
    // "the army" is the army of the country the sentence names, else the one its paragraph last named
    const here = within(places, whole)[0]?.place.country;
    if (here) placed = { paragraph, country: here };
    const where = here ?? (placed?.paragraph === paragraph ? placed.country : countries[0]);
    const mentions = within(actors, sentence).map((m) => resolveForces(m, where, registries.actors));
    const claim = readClaim(sentence.text);
    const local = mentions.map((m) => ({
      ...m,
      start: m.start - sentence.start,
      end: m.end - sentence.start,
    }));
    // "the group" is the group last named in the same paragraph (a record of its own), else the
    // group the document is about
    const named = mentions.find((m) => m.actor && m.kind !== 'state_forces');
    const near =
      (named && mentions.some((m) => !m.actor && m.kind !== 'state_forces' && m.start > named.start)
        ? named.actor
        : null) ??
      (lastGroup && paragraphOf(paragraphs, lastGroup.start) === paragraph ? lastGroup.actor : null);
    const roles = readRoles(
      sentence.text,
      local,
      triggers.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start })),
      claim,
      near ?? subject,
    );
    // In an air strike, a country's aircraft outrank a group named as the target just as strongly.
    const fromAir = triggers.some((t) => t.type === 'airstrike');
    const stronger = (r: RoleReading, best: RoleReading) =>
      r.strength > best.strength ||
      (fromAir && r.strength === best.strength && r.kind === 'state_forces' && best.kind !== 'state_forces');
    const strongest = [roles.perpetrator, ...strikes.perpetrators].reduce<RoleReading | null>(
      (best, r) => (r && (!best || stronger(r, best)) ? r : best),
      null,
    );
    roles.perpetrator = strongest;
    // "The militants again claimed …", "The affiliate claimed that blast as well": the group that
    // claimed before, whoever was named since (the rival it fights, say).
    const claimsAgain =
      claim.claimed && lastClaimant && CLAIMED_AGAIN.test(sentence.text) && !mentions.some(isNamedGroup);
    const leader =
      claim.claimed && !mentions.some(isNamedGroup) ? leaderSpeaking(sentence.text, leaders) : null;
    if (claimsAgain) roles.perpetrator = { ...lastClaimant!, strength: 5, cue: 'claim' };
    else if (leader) roles.perpetrator = { ...leader, strength: 5, cue: 'claim' };
    else if (
      claim.claimed &&
      (strongest?.strength ?? 0) < 5 &&
      lastGroup &&
      PRONOUN_CLAIM.test(sentence.text)
    ) {
      roles.perpetrator = {
        actor: lastGroup.actor!,
        unit: lastGroup.unit,
        kind: lastGroup.kind,
        strength: 5,
        cue: 'claim',
      };
    }
    if (
      claim.claimed &&
      (roles.perpetrator?.strength ?? 0) >= 2 &&
      roles.perpetrator!.kind !== 'state_forces'
    )
      lastClaimant = roles.perpetrator;
    // "Its deadliest attack was the shooting at X in 2017, when a gunman killed 39": the clause told
    // after a possessive head is that group's act too.
    const head = frames[frames.length - 1];
    const ownHead = head?.whole.start === whole.start && POSSESSIVE_ACT.test(head.sentence.text);
    if (
      (roles.perpetrator?.strength ?? 0) < 2 &&
      subject &&
      (POSSESSIVE_ACT.test(sentence.text) || ownHead)
    ) {
      roles.perpetrator = { actor: subject, unit: null, kind: 'armed_group', strength: 2, cue: 'modifier' };
    }
    if ((roles.perpetrator?.strength ?? 0) < 2) {
      const inReach = (m: ActorMention) => paragraphOf(paragraphs, m.start) >= paragraph - 1;
      roles.perpetrator = pronounPerpetrator(text, sentence, actors, inReach, subject) ?? roles.perpetrator;
    }
    // "IS cells ambushed an SDF patrol. The group claimed …": the group that acted, not the one last named
    const doer: string | null = (roles.perpetrator?.strength ?? 0) >= 3 ? roles.perpetrator!.actor : null;
    lastGroup =
      mentions.find((m) => doer && m.actor === doer && m.kind !== 'state_forces') ??
      actingGroup(sentence.text, mentions, local) ??
      lastGroup;
    if (sentence.start === whole.start)
      opening = nextParagraphSubject(opening, paragraph, sentence.text, local, subject);
    // "The branch opened its campaign … A bomber killed …": an act nobody is named for, in a paragraph
    // about a group, is that group's, unless the sentence names another group (its victims, say).
    if (
      opening.paragraph === paragraph &&
      opening.reading &&
      triggers.length > 0 &&
      (roles.perpetrator?.strength ?? 0) < 2 &&
      !mentions.some((m) => m.kind !== 'state_forces')
    )
      roles.perpetrator = opening.reading;
    frames.push({
      index: frames.length,
      paragraph,
      sentence,
      whole: { start: whole.start, end: whole.end },
      places: within(places, sentence),
      nearbyPlaces: within(places, whole),
      triggers,
      dates: within(dates, sentence),
      actors: mentions,
      casualties,
      claim: { claimed: claim.claimed, at: claim.at === null ? null : claim.at + sentence.start },
      roles,
      heading: isHeading(text, whole),
      datelines,
      cues: readCues(
        sentence.text,
        triggers.map((t) => ({
          start: t.start - sentence.start,
          end: t.end - sentence.start,
          type: t.type,
        })),
        // ", two days after a bombing that killed …": a clause cut off at a clause of time tells of another incident
        opensInterval(sentence.text),
      ),
    });
  }
  const leadParagraph = frames.find((f) => !f.heading)?.paragraph ?? 0;
  return {
    frames,
    context: { text, published, dateContext, countries, subject, actors, places, leadParagraph },
  };
}
