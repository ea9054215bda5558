import type { Claim, Direction } from '../../model/claim.js';
import { attributionOf } from './attribution.js';
import { claimDirection, closeMarker, directionOf, type CueHit } from './direction.js';
import type { FactorCue, FactorDefinition } from './framework.js';
import { findMarkers, negatedAt, wordAt, wordStarts, type Marker } from './markers.js';
import { periodOf } from './period.js';
import { defaultClaimRules, type ClaimRules } from './rules.js';
import { splitClauses, splitSentences, type TextSpan } from './sentences.js';
import { within } from '../text/spans.js';
import { allMatches } from '../text/words.js';
import { TextIndex, type Range } from './text-index.js';

/** Options for {@link findClaims}. */
export interface ClaimOptions {
  /** The factor framework and language to read with (default: the shipped data files). */
  rules?: ClaimRules;
  /** The text's cues, found once (built from `rules` when absent); share it with {@link readStance}. */
  index?: TextIndex;
}

const TAKEN_FROM_GROUP =
  /^\W+(?:[\p{L}-]+\s+){0,3}from\s+(?:the\s+)?(?:group|organi[sz]ation|ISIS|ISIL|IS|Islamic State|Daesh|jihadists|militants)\b(?!['’]s)/u;

/** Prepositions a polarity word before a cue does not reach across; "to" right before the cue is its infinitive ("failed to recruit"). */
const LINKS = /\b(?:to|against|toward|towards|with|from)\b/giu;

interface ClauseClaim {
  factor: FactorDefinition;
  /** Null when no word in the clause says which way: the paragraph's argument decides. */
  direction: Direction | null;
  clause: TextSpan;
  /**
   * The direction is what a cue says by itself ("turmoil" is there), with no polarity word close to
   * it: a presupposition, which a sentence rejecting a view does not turn round.
   */
  presupposed: boolean;
}

function cueHits(text: string, cues: (Range & { cue: FactorCue })[], starts: number[]): CueHit[] {
  return cues.map((h) => {
    const word = wordAt(starts, h.start);
    return {
      cue: h.cue,
      start: h.start,
      end: h.end,
      word,
      lastWord: Math.max(word, wordAt(starts, h.end) - 1),
      prepositionAfter: PREPOSITION_AFTER.test(text.slice(h.end, h.end + 6)),
    };
  });
}

/**
 * Words before a cue saying that what it names is missing ("without a leader able to hold it
 * together", "for lack of a territorial base"): whatever follows describes the missing thing.
 */
const ABSENT_BEFORE =
  /\b(?:without|lack(?:s|ed|ing)?(?:\s+of)?|absence\s+of|devoid\s+of|bereft\s+of)\s+(?:(?:a|an|any|the|its|their|single|real|clear|credible|obvious|reliable|functioning)\s+){0,2}$/iu;

/** Whether the first cue of a factor in a clause names something missing (a cue reading by itself is negated instead). */
const absentCue = (text: string, clause: TextSpan, hits: CueHit[]) => {
  const first = hits.reduce((a, b) => (b.start < a.start ? b : a));
  return !first.cue.reads && ABSENT_BEFORE.test(text.slice(clause.start, first.start));
};

/** The other direction: what a claim says once turned round. */
const reversed = (direction: Direction): Direction => (direction === 'for' ? 'against' : 'for');

/** A preposition right after a cue ("distracted by", "preoccupied with"). */
const PREPOSITION_AFTER = /^\s+(?:by|with|over)\b/i;

/** Nouns that name a level without telling it ("capacity", "presence"). */
const LEVEL_NOUN = /^(?:capacit|capabilit|presence|strength)/iu;

/**
 * A level noun right after a cue names what the cue measures when a later polarity word tells the
 * level: in "the state's presence has collapsed" or "its counter-terrorism capability has not
 * produced", "presence" and "capability" are not themselves a rise.
 */
function withoutNamedLevels(text: string, markers: Marker[], found: { hits: CueHit[] }[]): Marker[] {
  return markers.filter(
    (m) =>
      !LEVEL_NOUN.test(text.slice(m.start, m.end)) ||
      !markers.some((o) => o.word > m.word) ||
      !found.some((f) => f.hits.some((h) => m.word === h.lastWord + 1)),
  );
}

/**
 * Whether what a cue names is gained by the state: a cue the clause's subject gains ("retook the
 * towns") after a cue of a factor whose growth hinders the group ("the army retook the towns").
 */
const gainedByState = (hits: CueHit[], found: { factor: FactorDefinition; hits: CueHit[] }[]) =>
  hits.some(
    (h) =>
      h.cue.subject &&
      found.some((f) => f.factor.polarity === 'negative' && f.hits.some((s) => s.end <= h.start)),
  );

function clauseClaims(index: TextIndex, clause: TextSpan, rules: ClaimRules): ClauseClaim[] {
  const cued = rules.framework.factors
    .map((factor) => ({ factor, cues: within(index.factors.get(factor.id) ?? [], clause) }))
    .filter((f) => f.cues.length);
  if (!cued.length) return [];
  const { text } = index;
  const starts = wordStarts(text, clause);
  const found = cued.map(({ factor, cues }) => ({ factor, hits: cueHits(text, cues, starts) }));
  const markers = withoutNamedLevels(text, findMarkers(index, clause, starts), found);
  const cueWords = new Set(found.flatMap((f) => f.hits.map((h) => h.word)));
  const links = new Set<number>();
  for (const m of allMatches(LINKS, clause.text)) {
    const w = wordAt(starts, clause.start + m.index);
    if (!(m[0].toLowerCase() === 'to' && cueWords.has(w + 1))) links.add(w);
  }
  const taken = new Set(
    found.map((f) => closeMarker(f.hits, markers, f.factor, links)).filter((m): m is Marker => m !== null),
  );
  const out: ClauseClaim[] = [];
  for (const { factor, hits } of found) {
    const negated = (hit: CueHit) => negatedAt(index, clause, hit.start, starts);
    let direction = claimDirection(hits, markers, factor, { taken, links, negated });
    if (absentCue(text, clause, hits)) {
      out.push({ factor, direction: directionOf('down', factor), clause, presupposed: false });
      continue;
    }
    const takenFromGroup = hits.some((h) => TAKEN_FROM_GROUP.test(text.slice(h.end, h.end + 60)));
    if (direction && takenFromGroup && factor.polarity === 'positive') direction = reversed(direction);
    if (direction && factor.polarity === 'positive' && gainedByState(hits, found))
      direction = reversed(direction);
    const presupposed =
      hits.some((h) => h.cue.reads === 'up' || h.cue.reads === 'down') &&
      !closeMarker(hits, markers, factor, links);
    out.push({ factor, direction, clause, presupposed });
  }
  return out;
}

/**
 * Finds the claims a cleaned text makes about the factors of the framework: for each clause, the
 * factors whose cues it carries and, from the polarity words near them, whether it says the factor
 * favours (`for`) or hinders (`against`) the group's resurgence. Neighbouring clauses of one
 * sentence that say the same about the same factor become one claim. Each claim carries its
 * firmness (hedged when a hedge such as "may" or "could" governs it), its attribution ("according
 * to ...", "UN reports confirm ..."; else `author`), the period it names, and its offsets.
 *
 * @example
 *   findClaims('The group has failed to attract new recruits.')[0];
 *   // { factor: 'manpower', direction: 'against', firmness: 'asserted', attribution: 'author', ... }
 */
export function findClaims(text: string, options: ClaimOptions = {}): Claim[] {
  const rules = options.rules ?? defaultClaimRules();
  const index = options.index ?? new TextIndex(text, rules);
  const claims: Pending[] = [];
  const cued = [...index.factors.values()].flat().sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text);
  for (const [at, sentence] of sentences.entries()) {
    // A sentence without a factor cue has no clause with one: spare splitting it.
    if (!within(cued, sentence).length) continue;
    const rejectedFrom = rejectionEnd(sentence, rules.rejectedView);
    const found = splitClauses(text, sentence)
      .flatMap((clause) => clauseClaims(index, clause, rules))
      .map((c) =>
        c.direction && c.clause.end > rejectedFrom && !c.presupposed
          ? { ...c, direction: reversed(c.direction) }
          : c,
      );
    const merged: ClauseClaim[] = [];
    for (const c of found) {
      const same = merged.find(
        (m) => m.factor.id === c.factor.id && (m.direction === c.direction || !c.direction || !m.direction),
      );
      if (same) {
        same.clause = { ...same.clause, end: Math.max(same.clause.end, c.clause.end) };
        same.direction ??= c.direction;
      } else merged.push({ ...c });
    }
    if (!merged.length) continue;
    const attribution = attributionOf(sentence.text, rules.attribution);
    const deniedBy = answeredNo(sentence, sentences[at + 1], rules.negativeAnswer);
    for (const { factor, direction: said, clause } of merged) {
      const direction = deniedBy && said ? reversed(said) : said;
      const span = { start: clause.start, end: clause.end, text: text.slice(clause.start, clause.end) };
      claims.push({
        sentence: at,
        factor: factor.id,
        direction,
        firmness: within(index.hedges, span).length ? 'hedged' : 'asserted',
        attribution,
        period: periodOf(span.text) ?? periodOf(sentence.text),
        ...span,
      });
    }
  }
  return settleDirections(text, claims);
}

/**
 * Where the phrase ends that rejects the view the rest of `sentence` states ("It would be naive to
 * assume the army can hold the north", "Nor should we assume that its leaders are divided"): the
 * claims after it read the other way. Infinity when the sentence rejects nothing.
 */
function rejectionEnd(sentence: TextSpan, rejection: RegExp | null): number {
  const m = rejection?.exec(sentence.text);
  return m ? sentence.start + m.index + m[0].length : Infinity;
}

/** The most words a sentence may have to be a bare answer to the question before it. */
const ANSWER_WORDS = 8;

/**
 * Whether `next` answers the question `sentence` asks with a short "no" ("Will it hold territory
 * again? I do not think so."): the question then claims the opposite of what it asks.
 */
function answeredNo(sentence: TextSpan, next: TextSpan | undefined, answer: RegExp | null): boolean {
  if (!answer || !next || !sentence.text.trimEnd().endsWith('?')) return false;
  return next.text.split(/\s+/).length <= ANSWER_WORDS && answer.test(next.text);
}

/**
 * How many claims with a direction of their own the rest of a document must make before its
 * argument gives a direction to a clause that has none: an analysis makes dozens, a news report
 * that mentions troops and militants a handful.
 */
const ARGUMENT = 8;

/**
 * The share of claims `for` (−1 all against … 1 all for) at which a document argues neither way:
 * analysts set out the signs of a revival before they judge them, so even a piece that argues
 * neither way makes more claims `for` (on the tuning analyses the pieces annotated `mixed` averaged
 * +0.06, those annotated `against` −0.18 and `for` +0.43).
 */
export const LEAN_CENTRE = 0.15;

/** A claim found in sentence number `sentence`, whose direction may still be open. */
type Pending = Omit<Claim, 'direction' | 'directionFrom'> & { direction: Direction | null; sentence: number };

/**
 * A clause that speaks of a factor without saying which way ("its fighters answer to commanders in
 * the hills" has no word the lexicon reads) takes the way its paragraph argues: the direction most
 * claims of the paragraph's other sentences take; without a majority there, the way the rest of
 * the document argues, when it argues (makes {@link ARGUMENT} claims or more). Without a majority
 * in either it is no claim. Each claim records where its direction was read.
 */
function settleDirections(text: string, claims: Pending[]): Claim[] {
  const paragraphs = claims.map((c) => text.lastIndexOf('\n\n', c.start));
  const vote = (c: Pending) => (c.direction === 'for' ? 1 : c.direction === 'against' ? -1 : 0);
  // The document's lean and its directed claims, from which each clause takes away its own sentence's.
  const total = { lean: 0, directed: 0 };
  const bySentence = new Map<number, { lean: number; directed: number }>();
  for (const c of claims) {
    const own = bySentence.get(c.sentence) ?? { lean: 0, directed: 0 };
    for (const tally of [total, own]) {
      tally.lean += vote(c);
      tally.directed += c.direction ? 1 : 0;
    }
    bySentence.set(c.sentence, own);
  }
  const out: Claim[] = [];
  claims.forEach(({ sentence, ...c }, i) => {
    if (c.direction) {
      out.push({ ...c, direction: c.direction, directionFrom: 'text' });
      return;
    }
    const own = bySentence.get(sentence)!;
    const paragraph = claims.reduce(
      (sum, o, k) => sum + (paragraphs[k] === paragraphs[i] && o.sentence !== sentence ? vote(o) : 0),
      0,
    );
    const document = total.lean - own.lean;
    const argues = total.directed - own.directed >= ARGUMENT;
    if (paragraph !== 0)
      out.push({ ...c, direction: paragraph > 0 ? 'for' : 'against', directionFrom: 'paragraph' });
    else if (argues) {
      // The document's lean is read from the same centre as its stance (see LEAN_CENTRE).
      const share = document / (total.directed - own.directed);
      out.push({ ...c, direction: share > LEAN_CENTRE ? 'for' : 'against', directionFrom: 'document' });
    }
  });
  return out;
}
