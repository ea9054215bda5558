import type { DateMention } from '../dates/index.js';
import { distanceKm } from '../text/spans.js';
import { isDateline } from './dateline.js';
import { compatibleDates, incidentDates, mostPrecise } from './event-dates.js';
import type { Frame } from './frames.js';
import { groundActAfterStrike, sameKind } from './incident-kinds.js';
import type { PlaceMention } from '../places/place.js';

/** Sentences judged to tell of one incident. */
export interface Incident {
  frames: Frame[];
  /** The incident's own date, from the sentences that date it. */
  date: DateMention | null;
  /** Countries its sentences place it in. */
  countries: Set<string>;
  /** The last day of an incident told to have lasted several days (a siege that began on Friday). */
  through?: string;
}

/** Whether a date can be the day, or one of the days, of an incident. */
function fits(date: DateMention, incident: Incident): boolean {
  const own = incident.date;
  if (!own) return true;
  if (compatibleDates(date.value, own.value)) return true;
  return (
    incident.through !== undefined &&
    date.precision === 'day' &&
    date.value >= own.value &&
    date.value <= incident.through
  );
}

const CASUALTY_ROLES = new Set(['killed', 'injured', 'attackers_killed', 'abducted']);

/** Nouns for the doers of an act, which name no act of their own ("the gunman had been jailed in 2019"). */
const DOER = /^(?:(?:suicide\s+)?(?:gunm[ae]n|bombers?|attackers?|assailants?|shooters?))$/i;

/** What befell a doer before or after the act: "the gunman had been jailed in 2019 for trying to travel". */
const DOER_HISTORY =
  /\b(?:jailed|imprisoned|sentenced|convicted|released|paroled|born|raised|radicali[sz]ed|deported|charged|tried|acquitted|buried)\b/i;

/** Whether a sentence's only acts are its doers named in what befell them, not in an act. */
const doerHistory = (f: Frame) =>
  f.triggers.every((t) => DOER.test(t.text)) && DOER_HISTORY.test(f.sentence.text);

/** A sentence tells of an incident when it names an act and is not about a count, a trend or a plan. */
const isEventful = (f: Frame) =>
  f.triggers.length > 0 && !f.cues.aggregate && !f.cues.hypothetical && !doerHistory(f);

const hasCasualties = (f: Frame) => f.casualties.some((c) => CASUALTY_ROLES.has(c.role) && !c.part);

/** The date a sentence gives its own incident, if any. */
function frameDate(f: Frame): DateMention | null {
  return mostPrecise(incidentDates(f.sentence.text, f.sentence.start, f.dates, f.datelines ?? true));
}

/** Words before a place that make it where people came from or went to, not where the incident was. */
export const MOVED_WORDS = String.raw`from|fled|flee|fleeing|towards?|evacuated|rushed|taken|hospitals?`;
const ELSEWHERE = new RegExp(String.raw`\b(?:${MOVED_WORDS})\b[^.,;]{0,30}$`, 'i');

const told = new WeakMap<Frame, PlaceMention[]>();

/** The places a sentence tells its incident at: not "two from Japan", "fled towards the border town". */
function placesAt(f: Frame): PlaceMention[] {
  let places = told.get(f);
  if (!places) {
    const before = (p: PlaceMention) =>
      f.sentence.text.slice(Math.max(0, p.start - f.sentence.start - 60), p.start - f.sentence.start);
    told.set(f, (places = f.places.filter((p) => !ELSEWHERE.test(before(p)))));
  }
  return places;
}

const frameCountries = (f: Frame) => new Set(placesAt(f).map((p) => p.place.country));

function compatible(incident: Incident, date: DateMention | null, countries: Set<string>): boolean {
  if (date && !fits(date, incident)) return false;
  if (countries.size && incident.countries.size && ![...countries].some((c) => incident.countries.has(c)))
    return false;
  return true;
}

function add(incident: Incident, frame: Frame, date: DateMention | null) {
  incident.frames.push(frame);
  for (const c of frameCountries(frame)) incident.countries.add(c);
  if (date && (!incident.date || (date.precision === 'day' && incident.date.precision !== 'day')))
    incident.date = date;
}

const SETTLEMENT = new Set(['site', 'city']);

/** The places a frame tells its incident at, without a dateline's ("NIAMEY (AFP) —"), which is where the story was filed. */
const placedAt = (f: Frame) =>
  placesAt(f).filter(
    (p) => !isDateline(f.sentence.text, { start: p.start - f.sentence.start, end: p.end - f.sentence.start }),
  );

/** The first town or site a frame names, where it places its incident. */
const firstTown = (f: Frame) =>
  placedAt(f).find((p) => SETTLEMENT.has(p.place.kind) && p.place.lat !== null)?.place;

/** The first town or site a frame names, with coordinates or not. */
const namedTown = (f: Frame) => placedAt(f).find((p) => SETTLEMENT.has(p.place.kind))?.place;

/** The first region (of a town, a site or a region itself) a frame places its incident in. */
const firstRegion = (f: Frame) =>
  placedAt(f).find((p) => p.place.kind !== 'country' && p.place.admin1 !== null)?.place;

/**
 * False when the frame and the incident each name a town and the two lie more than 50 km apart,
 * or, short of two towns with coordinates, each name a region of one country and the regions differ.
 */
function samePlace(incident: Incident, frame: Frame): boolean {
  const here = firstTown(frame);
  const there = incident.frames.map(firstTown).find(Boolean);
  if (here && there)
    return distanceKm({ lat: here.lat!, lon: here.lon! }, { lat: there.lat!, lon: there.lon! }) <= 50;
  // A town the gazetteer lacks is told apart from another town by its name.
  const [mine, theirs] = [namedTown(frame), incident.frames.map(namedTown).find(Boolean)];
  if (mine && theirs && (mine.lat === null || theirs.lat === null)) return mine.name === theirs.name;
  const [region, theirRegion] = [firstRegion(frame), incident.frames.map(firstRegion).find(Boolean)];
  return (
    !region || !theirRegion || region.country !== theirRegion.country || region.admin1 === theirRegion.admin1
  );
}

const dateOf = (incident: Incident | null): DateMention | null => incident?.date ?? null;

/** Days before publication within which a date can belong to an undated incident already in focus. */
const RECENT_DAYS = 45;

/** Whether a date is recent enough, given the publication date, to date the story's undated incident. */
function recentEnough(date: DateMention, published: string | null): boolean {
  if (!published) return true;
  const end = Date.parse(published);
  const start = Date.parse(
    date.value.length === 4
      ? `${date.value}-12-31`
      : date.value.length === 7
        ? `${date.value}-28`
        : date.value,
  );
  return end - start <= RECENT_DAYS * 86_400_000;
}

/**
 * The day a sentence that names no act gives the undated incident just told, `lead` (the section's
 * main one), in its paragraph or the next: "… after a bomber drove an ambulance into a crowded
 * street. The ambulance passed the first checkpoint on Saturday." Null when it gives none.
 */
function dayOfUndatedLead(
  frame: Frame,
  lead: Incident | null,
  lastParagraph: number,
  published: string | null,
): DateMention | null {
  if (!lead || lead.date || frame.paragraph > lastParagraph + 1) return null;
  if (frame.cues.another || frame.cues.comparison) return null;
  const own = frameDate(frame);
  return own?.precision === 'day' && recentEnough(own, published) ? own : null;
}

/** "The siege began on Friday evening": the start of the incident just told. */
const BEGAN =
  /^(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|siege|assault|raid|fighting|battle|offensive|standoff|stand-off|violence|operation)\s+(?:had\s+)?(?:began|begun|started)\b/i;

/** Days an incident may have begun before the day its lead gives it (a siege ended "late on Saturday"). */
const START_DAYS = 3;

/** Whether the frame tells when the incident in focus began, a few days before the date it has. */
function beganEarlier(frame: Frame, own: DateMention, focusDate: DateMention): boolean {
  if (!BEGAN.test(frame.sentence.text) || own.precision !== 'day' || focusDate.precision !== 'day')
    return false;
  const days = (Date.parse(focusDate.value) - Date.parse(own.value)) / 86_400_000;
  return days > 0 && days <= START_DAYS;
}

/** Days after an incident within which a claim of it, or what followed it, is told. */
const AFTERMATH_DAYS = 7;

/** "a day after the attack", "two days after the bombing": a sentence dated by the incident it follows. */
const AFTER_THE_ACT =
  /\b(?:a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|bombings?|blasts?|raid|assault|massacre|ambush|explosions?|killings?|shooting)\b/i;

/**
 * Whether the frame tells of what followed the incident in focus, a few days after its date: a claim
 * of it ("the group claimed the raid the next morning"), or a sentence dated by it ("a day after the
 * attack, the group named the bombers").
 */
function followsFocus(frame: Frame, own: DateMention, focusDate: DateMention): boolean {
  if (own.precision !== 'day' || focusDate.precision !== 'day') return false;
  const days = (Date.parse(own.value) - Date.parse(focusDate.value)) / 86_400_000;
  if (days <= 0 || days > AFTERMATH_DAYS) return false;
  return frame.claim.claimed === true || AFTER_THE_ACT.test(frame.sentence.text);
}

/** The day a lead sentence gives its own incident, when it is recent enough to be the story's. */
function leadDay(f: Frame, published: string | null): DateMention | null {
  const own = frameDate(f);
  return own && own.precision === 'day' && recentEnough(own, published) ? own : null;
}

/** A record's line of fields, "Date: 2 May 2021. Location: Mosul, Iraq.", set apart from the summary it heads. */
const isFieldLine = (f: Frame | undefined): boolean =>
  f !== undefined && /^(?:(?:incident|event)\s+)?(?:date|location|place)\s*:/i.test(f.sentence.text);

/** A dataset entry opened by its date ("11/02/2019: …", as the GTD writes its summaries) tells of one incident of its own. */
const DATASET_ENTRY = /^\d{1,2}\/\d{1,2}\/\d{4}:\s/;

/** Armed people named by what they are, not by a group: "two assailants arrived at the gate". */
const ARMED_PEOPLE = /\b(?:gunm[ae]n|assailants|attackers|militants|insurgents|jihadists|bombers)\b/i;

/** A sentence that sets the scene of an act told next: its date and place, but no act of its own. */
interface Scene {
  frame: Frame;
  date: DateMention;
}

/**
 * "On 3 May 2021, gunmen on motorbikes stopped a lorry near X. Nine passengers were killed.": the
 * first sentence names no act, yet its date and place are those of the killing told next in its
 * paragraph. Null for a sentence that cannot set such a scene.
 */
function sceneOf(frame: Frame): Scene | null {
  // the cheap tests first: most sentences name no day, and the cues are read only when asked for
  if (frame.dates.length === 0) return null;
  const date = frameDate(frame);
  if (!date || date.precision !== 'day' || placesAt(frame).length === 0) return null;
  if (
    frame.actors.length === 0 &&
    !isEntryHeader(frame) &&
    !isFieldLine(frame) &&
    !ARMED_PEOPLE.test(frame.sentence.text)
  )
    return null;
  const { cues } = frame;
  if (cues.aggregate || cues.hypothetical || cues.another || cues.comparison) return null;
  return { frame, date };
}

/** "Mansila, Burkina Faso (11 June).": a numbered item's or a log entry's place and day, before its act. */
const ENTRY_HEADER = /^(?:\d{1,2}[.)]\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+[A-Z][^.;]{0,60}$/;

/** Whether a short sentence without an act names only a place and a day, heading the entry told next. */
const isEntryHeader = (frame: Frame): boolean =>
  frame.triggers.length === 0 &&
  frame.casualties.length === 0 &&
  frame.sentence.text.length <= 80 &&
  ENTRY_HEADER.test(frame.sentence.text.replace(/\.\s*$/, ''));

/**
 * Groups a document's frames into incidents. A dated sentence joins the incident with a compatible
 * date and place, or starts a new one; an undated sentence elaborates the incident in focus (the
 * last one told, falling back to the document's main incident after a comparison), unless it says
 * it tells of another. Claims and casualty counts without an act of their own join the focus.
 */
export function groupIncidents(frames: Frame[], published: string | null = null): Incident[] {
  const incidents: Incident[] = [];
  let sectionMain: Incident | null = null;
  let last: Incident | null = null;
  let lastParagraph = -1;
  let sectionOpen = true;
  let scene: Scene | null = null;
  const ahead: Frame[] = [];
  for (const frame of frames) {
    if (frame.heading) {
      sectionOpen = true;
      lastParagraph = -1;
      continue;
    }
    const eventful = isEventful(frame);
    const blames = (frame.roles.perpetrator?.strength ?? 0) >= 4;
    if (!eventful && !hasCasualties(frame) && frame.claim.claimed === null && !blames) {
      const day = isEntryHeader(frame)
        ? null
        : dayOfUndatedLead(frame, last === sectionMain ? last : null, lastParagraph, published);
      if (day) add(last!, frame, day);
      else scene = sceneOf(frame);
      continue;
    }
    if (frame.cues.aggregate || frame.cues.hypothetical) continue;
    // "…, the worst attack since the war began in 2011": a yardstick, not an incident of its own.
    if (
      frame.cues.comparison &&
      frame.cues.referring &&
      !hasCasualties(frame) &&
      frame.claim.claimed === null &&
      (frame.roles.perpetrator?.strength ?? 0) < 3
    )
      continue;
    // a later paragraph goes back to the section's main incident, unless it refers to a kind of act
    // the main one cannot be and the last one can ("the attack" after an air strike and a bombing)
    const main: Incident | null =
      frame.cues.referring && sectionMain && last && !sameKind(sectionMain, frame) && sameKind(last, frame)
        ? last
        : sectionMain;
    const focus: Incident | null = sectionOpen
      ? null
      : frame.cues.pointsBack || frame.paragraph === lastParagraph
        ? last
        : (main ?? last);
    const countries = frameCountries(frame);
    const own = frameDate(frame);
    // A sentence naming an act at a date of its own that cannot be the focus's tells of another
    // incident, whatever its wording ("In June, its fighters raided a market"); a toll
    // with a later date ("284 were wounded, and scores were in hospital on Friday") does not.
    const focusDate = dateOf(focus);
    // A dated, placed header with figures but no act, at a day the focus cannot have, sets the scene
    // of the act told next rather than adding to the focus.
    const header = !eventful && own !== null && focus !== null && !fits(own, focus) ? sceneOf(frame) : null;
    if (header) {
      scene = header;
      continue;
    }
    const begins = own !== null && focusDate !== null && beganEarlier(frame, own, focusDate);
    const follows =
      own !== null && focusDate !== null && !frame.cues.another && followsFocus(frame, own, focusDate);
    const clashes = eventful && own !== null && focus !== null && !fits(own, focus) && !begins && !follows;
    const refers =
      (frame.cues.referring || !eventful || begins || follows) &&
      !frame.cues.another &&
      !frame.cues.comparison &&
      !clashes;
    // An act right after a sentence that set its scene, in a paragraph of its own, is the scene's.
    const scened =
      !own &&
      scene !== null &&
      (scene.frame.paragraph === frame.paragraph ||
        (isFieldLine(scene.frame) && frame.paragraph - scene.frame.paragraph === 1)) &&
      frame.paragraph !== lastParagraph;
    // An act with an old date of its own cannot be an undated focus, which that date could not date:
    // "… including the drone strike on the base in January" tells of an incident of its own.
    const datedApart =
      eventful && own !== null && focus !== null && !focusDate && !recentEnough(own, published);
    let date: DateMention | null = own;
    let home: Incident | null = null;
    if (refers && focus && !scened && !datedApart) {
      home = focus;
      date = !dateOf(focus) && own && recentEnough(own, published) ? own : null;
      if (begins) [focus.through, focus.date] = [focusDate!.value, own];
      if (frame.cues.pointsBack === 'both') {
        const previous = incidents[incidents.indexOf(focus) - 1];
        if (previous) add(previous, frame, null);
      }
    } else if (own) {
      home =
        incidents.find(
          (i) =>
            !DATASET_ENTRY.test(frame.sentence.text) &&
            i.date &&
            compatible(i, own, countries) &&
            samePlace(i, frame) &&
            sameKind(i, frame) &&
            !frame.cues.another,
        ) ?? null;
      const undated: Incident | null = focus && !dateOf(focus) ? focus : null;
      if (
        !home &&
        undated &&
        !frame.cues.another &&
        !frame.cues.comparison &&
        compatible(undated, own, countries) &&
        !groundActAfterStrike(undated, frame)
      ) {
        if (recentEnough(own, published)) home = undated;
      }
    } else if (
      focus &&
      !scened &&
      !frame.cues.another &&
      compatible(focus, null, countries) &&
      samePlace(focus, frame)
    ) {
      home = focus;
    }
    if (!home) {
      if (!eventful) {
        // "Officials now put the toll at 32.": a count before any act, as a live page's newest entry
        // stands above the ones that tell the act, belongs to the act told next
        if (sectionOpen && incidents.length === 0 && hasCasualties(frame)) ahead.push(frame);
        continue;
      }
      const lastDate = dateOf(last);
      home = { frames: [], date: !own && frame.cues.sameDay ? lastDate : null, countries: new Set() };
      // a lead that sets the scene ("… were martyred on Friday when terrorists of X targeted them")
      // dates the first act told, in its own paragraph or the next
      const reach = incidents.length === 0 || isFieldLine(scene?.frame) ? 1 : 0;
      incidents.push(home);
      if (!own && !home.date && scene && frame.paragraph - scene.frame.paragraph <= reach)
        add(home, scene.frame, scene.date);
      // a count told before the act, in a lead that gives its day, dates an act told without one
      for (const early of ahead.splice(0))
        if (frame.paragraph - early.paragraph <= 2)
          add(home, early, !own && !home.date && !dateOf(home) ? leadDay(early, published) : null);
    }
    scene = null;
    add(home, frame, date);
    if (sectionOpen) sectionMain = home;
    sectionOpen = false;
    last = frame.cues.comparison && home !== sectionMain ? (sectionMain ?? home) : home;
    lastParagraph = frame.paragraph;
  }
  return incidents;
}
