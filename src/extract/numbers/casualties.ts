import {
  ACTIVE_VERBS,
  CASUALTY_NOUNS,
  DEFAULT_ATTACKER_TERMS,
  NEEDS_PERSON,
  NOMINALS,
  PARTICIPLES,
  type CasualtyRole,
} from './casualty-vocabulary.js';
import { findQuantities } from './find-quantities.js';
import type { Quantity } from './quantity.js';
import { attackerFigures } from './attacker-figures.js';
import { codedFigures } from './coded-figures.js';
import { singleVictimFigures } from './single-victims.js';
import { listedSingleFigures, SINGLES_BEFORE } from './listed-singles.js';
import { readVictims, type VictimPhrase } from './victim-phrase.js';

export type { CasualtyRole } from './casualty-vocabulary.js';

/** A count of people killed, injured, abducted, missing or arrested, read from one sentence. */
export interface CasualtyFigure {
  role: CasualtyRole;
  quantity: Quantity;
  /** Span of the whole phrase ("killing at least 57 people"). */
  start: number;
  end: number;
  /** Who was counted, when the text says ("civilians", "IS fighters", "students"). */
  victims?: string;
  /**
   * True when the figure counts part of a group counted elsewhere: a breakdown ("including 27
   * children", "among them 40 soldiers") or a partitive ("four of the wounded"). Do not add it to the total.
   */
  part?: boolean;
  /** Index, in the returned list, of the figure this one is part of, when that figure is in the sentence. */
  partOf?: number;
  /** True for a dataset record's coded death toll ("fatalities: 12"): every death, attackers included. */
  total?: boolean;
  /** True for "all the attackers were killed" without a count: the quantity is then "at least one". */
  all?: boolean;
  /**
   * Index, in the returned list, of the first figure of a list this one belongs to ("five soldiers
   * and two civilians were killed"): figures listed together add up.
   */
  listedWith?: number;
}

/** Options for {@link findCasualtyFigures}. */
export interface CasualtyOptions {
  /** Names or words that make "fighters"/"members" attackers ("IS fighters"); defaults to common group names. */
  attackerTerms?: string[];
}

const words = (table: Record<string, unknown>) =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

const ACTIVE_BEFORE = new RegExp(
  `\\b(?<verb>${words(ACTIVE_VERBS)})\\s+(?:(?:all|both)\\s+(?:of\\s+)?(?:the\\s+)?|another\\s+|a\\s+further\\s+|${SINGLES_BEFORE})?$`,
  'i',
);
const SELF_AND_BEFORE = /\b(?:killed|killing)\s+(?:himself|herself|themselves)\s+and\s+(?:another\s+)?$/i;
const NOMINAL_BEFORE = new RegExp(
  `\\b(?<noun>${words(NOMINALS)})\\s+of\\s+(?:some\\s+|${SINGLES_BEFORE})?$`,
  'i',
);
const TOLL_BEFORE =
  /\b(?:(?<kind>death|injury|casualty|fatality)\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?<counted>dead|deaths|fatalities|victims|martyrs|people\s+killed|killed|injured|wounded|people\s+injured|people\s+wounded))\b[^.;]{0,120}?\b(?<verb>rose|risen|rises|rising|climbed|climbs|reached|reaches|grew|grown|grows|stood\s+at|stands\s+at|passed|passes|topped|tops|exceeded|exceeds|surpassed|surpasses|hit|hits|jumped|increased|is|was|of|at|to)\s+(?:(?:up\s+)?to\s+|at\s+)?$/i;
const DEAD_WERE_BEFORE =
  /\b(?:(?<among>among)\s+(?:the\s+dead|those\s+killed|the\s+victims)\s+(?:were|was|are)|(?:the\s+(?:dead|victims|fatalities)|those\s+killed)\s+(?<verb>were|included|include|are))\s+$/i;
const BREAKDOWN_BEFORE =
  /\b(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them)\s+(?:the\s+|its\s+|their\s+)?$/i;
const CONNECTOR =
  /^\s*(?:,\s*)?(?:(?:and|as\s+well\s+as|plus|while|in\s+addition\s+to|besides)\s+)?(?:another\s+|a\s+further\s+|the\s+)?$/i;
/** "…, in addition to the five attackers": a count added to a finished clause, with no verb of its own. */
const JOINED = /\b(?:as\s+well\s+as|in\s+addition\s+to|besides)\s+(?:the\s+)?$/i;
const AFTER_PHRASE = new RegExp(
  `^\\s*(?:(?:were|was|are|is|remain|remained|remains|have\\s+been|has\\s+been|had\\s+been)\\s+)?(?:also\\s+|reported(?:ly)?\\s+|believed\\s+|feared\\s+)?(?<word>${words(PARTICIPLES)})\\b`,
  'i',
);
const PASSIVE_OR_STOP = new RegExp(
  `\\b(?:(?<aux>were|was|are|is|remain|remained|remains|have\\s+been|has\\s+been|had\\s+been|been|being|have|had)\\s+(?:(?:\\p{L}+ly|also|all|later|then|since|subsequently|among\\s+those)\\s+)*(?<word>${words(PARTICIPLES)})\\b|(?<died>died|perished|lost\\s+their\\s+lives)\\b|(?<stop>where|when|whereas|after|before|while|because|although|but|who|whom|which|that|blew|opened|stormed|attacked|struck|exploded|detonated|fled|said|told|claimed|reported|fired|set|killing|wounding|injuring|kidnapping|abducting|killed|wounded|injured|abducted|kidnapped|arrested|[;:]))`,
  'giu',
);
const MOST_OF_THEM =
  /^,\s*(?:most|many|all|almost\s+all|the\s+majority)\s+of\s+them\s+(?<who>\p{L}[\p{L}-]*)/iu;
const THEMSELVES_AFTER = /^\s+(?:\p{L}+\s+)?(?:blew\s+themselves\s+up|killed\s+themselves)\b/u;

interface Reading {
  role: CasualtyRole;
  start: number;
  end: number;
  open?: boolean;
  part?: boolean;
}

function passiveAfter(sentence: string, from: number, chainEnd: number): Reading | null {
  const re = PASSIVE_OR_STOP;
  re.lastIndex = chainEnd;
  const window = sentence.slice(0, Math.min(sentence.length, chainEnd + 160));
  const m = re.exec(window);
  if (!m || m.groups!.stop) return null;
  const word = (m.groups!.word ?? m.groups!.died ?? '').toLowerCase().replace(/\s+/g, ' ');
  const role = PARTICIPLES[word];
  return role ? { role, start: from, end: m.index + m[0].length } : null;
}

/** "stabbing three people to death", "beat two men to death". */
const TO_DEATH_BEFORE =
  /\b(?:stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:en|ing)?|burn(?:ed|t|ing)|shoot(?:ing)?|shot|club(?:bed|bing)|bludgeon(?:ed|ing)|crush(?:ed|ing)|trampl(?:ed|ing))\s+$/i;

/** How the text before and after one count says what happened to those counted. */
function readRole(sentence: string, q: Quantity, np: VictimPhrase, chainEnd: number): Reading | null {
  const before = sentence.slice(Math.max(0, q.start - 160), q.start);
  const offset = Math.max(0, q.start - 160);
  const near = before.slice(-60);
  const nearOffset = q.start - near.length;
  const active = ACTIVE_BEFORE.exec(near);
  if (active) {
    const verb = active.groups!.verb!.toLowerCase().replace(/\s+/g, ' ');
    if (NEEDS_PERSON.has(verb) && np.kind !== 'person' && np.kind !== 'attacker') return null;
    if (np.kind === 'thing') return null;
    return { role: ACTIVE_VERBS[verb]!, start: nearOffset + active.index, end: np.end };
  }
  if (np.kind === 'thing') return null;
  const toDeath = TO_DEATH_BEFORE.exec(near);
  if (toDeath && /^\s+to\s+death\b/i.test(sentence.slice(np.end)))
    return {
      role: 'killed',
      start: nearOffset + toDeath.index,
      end: np.end + sentence.slice(np.end).indexOf('death') + 5,
    };
  if (np.kind === 'attacker' && THEMSELVES_AFTER.test(sentence.slice(np.end)))
    return {
      role: 'killed',
      start: q.start,
      end: np.end + THEMSELVES_AFTER.exec(sentence.slice(np.end))![0].length,
    };
  const self = SELF_AND_BEFORE.exec(near);
  if (self) return { role: 'killed', start: nearOffset + self.index, end: np.end };
  const nominal = NOMINAL_BEFORE.exec(near);
  if (nominal)
    return {
      role: NOMINALS[nominal.groups!.noun!.toLowerCase()]!,
      start: nearOffset + nominal.index,
      end: np.end,
    };
  const toll = TOLL_BEFORE.exec(before);
  if (toll) {
    const counted = (toll.groups!.kind ?? toll.groups!.counted ?? '').toLowerCase();
    const role: CasualtyRole = /injur|wound/.test(counted) ? 'injured' : 'killed';
    const open = /^(?:pass|top|exceed|surpass)/i.test(toll.groups!.verb!);
    return { role, start: offset + toll.index, end: np.end, open };
  }
  const dead = DEAD_WERE_BEFORE.exec(before);
  if (dead) {
    const part = Boolean(dead.groups!.among) || /^includ/i.test(dead.groups!.verb ?? '');
    return { role: 'killed', start: offset + dead.index, end: np.end, part };
  }
  if (np.casualtyRole) return { role: np.casualtyRole, start: q.start, end: np.end, part: np.partitive };
  if (np.partitive && /^victims$/i.test(np.text ?? ''))
    return { role: 'killed', start: q.start, end: np.end, part: true };
  const after = AFTER_PHRASE.exec(sentence.slice(np.end));
  if (after && np.kind !== 'none') {
    const role = PARTICIPLES[after.groups!.word!.toLowerCase().replace(/\s+/g, ' ')]!;
    return { role, start: q.start, end: np.end + after.index + after[0].length };
  }
  if (
    after &&
    np.kind === 'none' &&
    /^\s*(?:dead|killed|wounded|injured|missing)\b/i.test(sentence.slice(np.end))
  ) {
    const role = PARTICIPLES[after.groups!.word!.toLowerCase()]!;
    return { role, start: q.start, end: np.end + after[0].length };
  }
  return passiveAfter(sentence, q.start, chainEnd);
}

/**
 * Reads the casualty figures of one sentence: who was killed, injured, abducted, missing or arrested,
 * and how many, in active ("killing at least 57"), passive ("four soldiers were wounded"), adjectival
 * ("left 12 dead"), nominal ("the deaths of 12"), toll ("the toll rose to 145") and breakdown
 * ("among them 40 soldiers") phrasings. Attackers' deaths ("IS fighters", "the bomber killed himself")
 * are `attackers_killed`. Counts of things, ages, years, distances and dates are never figures.
 *
 * @example
 *   findCasualtyFigures('Gunmen killed 44 civilians and wounded 13 others.');
 *   // [{ role: 'killed', quantity: { best: 44, ... }, victims: 'civilians' }, { role: 'injured', ... }]
 */
/**
 * A sentence without any word of the casualty vocabulary cannot hold a figure: the first words of
 * every verb, participle and noun phrase the recognizer reads, plus the words of its special cases
 * (tolls, attackers who blew themselves up).
 */
const CASUALTY_WORDS = new RegExp(
  `\\b(?:${[
    ...new Set(
      [
        ...Object.keys(ACTIVE_VERBS),
        ...Object.keys(PARTICIPLES),
        ...Object.keys(NOMINALS),
        ...Object.keys(CASUALTY_NOUNS),
      ]
        .map((phrase) => phrase.split(/\s+/)[0]!)
        .concat(['toll', 'blew', 'blowing', 'dead', 'died', 'survived', 'victims', 'bodies'])
        .concat(['include', 'includes', 'excluding', 'not']),
    ),
  ].join('|')})`,
  'i',
);

export function findCasualtyFigures(sentence: string, options: CasualtyOptions = {}): CasualtyFigure[] {
  if (!CASUALTY_WORDS.test(sentence)) return codedFigures(sentence);
  const terms = options.attackerTerms ?? DEFAULT_ATTACKER_TERMS;
  const quantities = findQuantities(sentence);
  const phrases = quantities.map((q) => readVictims(sentence, q.end, terms));
  shareGappedHeads(sentence, quantities, phrases);
  const figures: CasualtyFigure[] = [];
  const figureOf = new Map<number, number>();
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (i > 0 && q.start < phrases[i - 1]!.end) {
      // a number inside the previous victim phrase ("ten members of one family") is not a count
      phrases[i] = phrases[i - 1]!;
      const enclosing = figureOf.get(i - 1);
      if (enclosing !== undefined) figureOf.set(i, enclosing);
      continue;
    }
    const np = phrases[i]!;
    let chainEnd = np.end;
    for (
      let j = i + 1;
      j < quantities.length && CONNECTOR.test(sentence.slice(chainEnd, quantities[j]!.start));
      j++
    )
      chainEnd = phrases[j]!.end;
    let reading = readRole(sentence, q, np, chainEnd);
    let partOf: number | undefined;
    let listedWith: number | undefined;
    const prev = i > 0 ? figureOf.get(i - 1) : undefined;
    let gap = i > 0 ? sentence.slice(phrases[i - 1]!.end, q.start) : '';
    // a conjunction after the previous figure's whole phrase ("14 people dead, in addition to the …")
    const prevEnd = prev === undefined ? -1 : figures[prev]!.end;
    const addition =
      i > 0 &&
      prevEnd > phrases[i - 1]!.end &&
      prevEnd <= q.start &&
      JOINED.test(sentence.slice(prevEnd, q.start));
    if (addition) gap = sentence.slice(prevEnd, q.start);
    // "three tourists, two from Japan and one from Canada": counts without a noun of their own,
    // set off by a comma after a counted noun, break that count down
    const apposition = /^\s*,\s*$/.test(gap) && np.kind === 'none' && Boolean(phrases[i - 1]?.text);
    const breakdown =
      prev !== undefined &&
      (BREAKDOWN_BEFORE.test(gap) || /^(?:them|whom)$/i.test(np.text ?? '') || apposition);
    if (prev !== undefined && np.kind !== 'thing' && (breakdown || CONNECTOR.test(gap))) {
      const base = figures[prev]!;
      const baseRole = base.role === 'attackers_killed' ? 'killed' : base.role;
      if (breakdown || addition || !reading) reading = { role: baseRole, start: q.start, end: np.end };
      if (breakdown) partOf = base.partOf ?? prev;
      else if (reading.role === baseRole) {
        partOf = base.partOf;
        listedWith = base.listedWith ?? prev;
      }
    }
    if (!reading) continue;
    let quantity = q;
    if (reading.open) quantity = { ...q, low: q.best, high: null, vague: true };
    const role: CasualtyRole =
      reading.role === 'killed' && np.kind === 'attacker' ? 'attackers_killed' : reading.role;
    const figure: CasualtyFigure = {
      role,
      quantity,
      start: Math.min(reading.start, q.start),
      end: Math.max(reading.end, np.end),
    };
    const who = MOST_OF_THEM.exec(sentence.slice(np.end))?.groups?.who;
    if (who && (!np.text || /^(?:people|persons|others)$/i.test(np.text))) figure.victims = who;
    else if (np.text && np.kind !== 'casualty') figure.victims = np.text;
    if (partOf !== undefined || reading.part) figure.part = true;
    if (partOf !== undefined) figure.partOf = partOf;
    if (listedWith !== undefined && figures[listedWith]!.role === role) figure.listedWith = listedWith;
    figureOf.set(i, figures.length);
    figures.push(figure);
  }
  figures.push(...attackerFigures(sentence, figures));
  figures.push(...listedSingleFigures(sentence, figures));
  figures.push(...singleVictimFigures(sentence, figures));
  for (const f of codedFigures(sentence))
    if (!figures.some((o) => o.start < f.end && o.end > f.start)) figures.push(f);
  const ordered = inTextOrder(figures);
  linkAdjacent(sentence, ordered);
  return ordered;
}

/** The figures sorted by where they stand in the sentence, their links to each other kept. */
function inTextOrder(figures: CasualtyFigure[]): CasualtyFigure[] {
  const order = figures.map((_, i) => i).sort((a, b) => figures[a]!.start - figures[b]!.start);
  if (order.every((o, i) => o === i)) return figures;
  const at = new Map(order.map((o, i) => [o, i]));
  const ordered = order.map((o) => {
    const f = { ...figures[o]! };
    if (f.partOf !== undefined) f.partOf = at.get(f.partOf)!;
    if (f.listedWith !== undefined) f.listedWith = at.get(f.listedWith)!;
    return f;
  });
  // a list now starts at its first figure in the text: a link forward becomes a link back
  ordered.forEach((f, i) => {
    const j = f.listedWith;
    if (j === undefined || j < i) return;
    delete f.listedWith;
    for (const o of ordered.slice(i + 1)) if (o.listedWith === j || o === ordered[j]) o.listedWith = i;
  });
  return ordered;
}

const LIST_GAP = /^\s*(?:,|and|,\s*and)\s*$/;

/**
 * Figures of one role with only "and" or a comma between them list victims too, whichever phrasing
 * read each ("12 soldiers were killed, and a policeman"; "killing 5 soldiers and a policeman").
 */
function linkAdjacent(sentence: string, figures: CasualtyFigure[]): void {
  const last = new Map<CasualtyRole, number>();
  figures.forEach((f, i) => {
    if (f.part) return;
    const j = last.get(f.role);
    if (
      j !== undefined &&
      f.listedWith === undefined &&
      LIST_GAP.test(sentence.slice(figures[j]!.end, f.start))
    )
      f.listedWith = figures[j]!.listedWith ?? j;
    // a list joined to an earlier one continues it: every figure points at the first of them all
    else if (f.listedWith !== undefined) f.listedWith = figures[f.listedWith]!.listedWith ?? f.listedWith;
    last.set(f.role, i);
  });
}

const GAPPED_MODIFIERS = /^((?:\s+[\p{L}-]+){1,2}?)\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "Four American and four Nigerien soldiers": a count whose modifiers share the head noun of the next
 * count in the list reads that head too, so that both are read as soldiers.
 */
function shareGappedHeads(sentence: string, quantities: Quantity[], phrases: VictimPhrase[]): void {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const own = phrases[i]!;
    const next = phrases[i + 1]!;
    if (own.kind !== 'unknown' || !['person', 'attacker', 'casualty'].includes(next.kind)) continue;
    const m = GAPPED_MODIFIERS.exec(sentence.slice(quantities[i]!.end, quantities[i + 1]!.start));
    if (!m || /\b(?:of|in|at|on|from|by)\b/i.test(m[1]!)) continue;
    // "77 killed and 255 injured": a participle is the count's own head, not a modifier to share
    if (
      m[1]!
        .trim()
        .split(/\s+/)
        .some((w) => w.toLowerCase() in PARTICIPLES)
    )
      continue;
    const end = quantities[i]!.end + m[1]!.length;
    phrases[i] = {
      ...next,
      end,
      text: `${sentence.slice(quantities[i]!.end, end).trim()} ${headOf(next.text)}`.trim(),
    };
  }
}

/** The head noun of a victim phrase with its modifiers dropped ("soldiers" of "Nigerien soldiers"). */
const headOf = (text = '') => (/\bof\b/.test(text) ? text : (text.split(/\s+/).pop() ?? ''));
