import type { Claim, StanceReading } from '../../model/claim.js';
import { effectiveKind, findMarkers, negatedAt } from './markers.js';
import { LEAN_CENTRE } from './find-claims.js';
import { defaultClaimRules, type ClaimRules } from './rules.js';
import { splitSentences, type TextSpan } from './sentences.js';
import { within } from '../text/spans.js';
import { TextIndex } from './text-index.js';

/** Options for {@link readStance}. */
export interface StanceOptions {
  rules?: ClaimRules;
  /** The text's cues, found once: pass the one {@link findClaims} used. */
  index?: TextIndex;
  /** Weight of a bottom-line sentence against one asserted claim. Default 4. */
  sentenceWeight?: number;
  /**
   * Below this much (claims by their weight, a bottom-line sentence as two) the document takes no
   * position (a news report). Default 4 with a bottom-line sentence, half as much again without one.
   */
  minimumWeight?: number;
  /** Share of the total weight the balance must reach to be `for` or `against`. Default 0.25. */
  margin?: number;
  /** Where the margin is measured from. Default {@link LEAN_CENTRE}: the share at which a piece argues neither way. */
  centre?: number;
  /** How many times a bottom-line sentence weighs when it is in the headline, the lead or the conclusion. Default 2. */
  framingWeight?: number;
  /** How many closing paragraphs make the conclusion. Default 2. */
  closingParagraphs?: number;
  /**
   * The document's headline when the text does not open with it: it frames the verdict in place
   * of the first paragraph, though it has no offsets in the text to cite.
   */
  title?: string | null;
  /** The text's bottom-line sentences, when already read with {@link bottomLines}. */
  lines?: readonly BottomLine[];
}

/** The headline when the text does not open with it, else null. */
function headlineOutside(text: string, options: StanceOptions): string | null {
  const title = options.title?.trim();
  return title && !text.trimStart().startsWith(title) ? title : null;
}

/**
 * Where a piece frames its verdict: its first paragraph (the headline, or the lead when the text
 * does not open with a headline) and its last `closing` paragraphs.
 */
function framingSpans(text: string, closing: number): { start: number; end: number }[] {
  const breaks = [...text.matchAll(/\n\s*\n/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (breaks.length < closing + 1) return [];
  return [
    { start: 0, end: breaks[0]!.start },
    { start: breaks[breaks.length - closing]!.end, end: text.length },
  ];
}

/** Words that announce the writer's own verdict ("on balance", "our judgement"): such a sentence weighs as a framing one. */
const VERDICT =
  /\b(?:on balance|in sum|in short|all told|bottom line|key judgements?|in conclusion|to conclude|(?:the|my|our) (?:honest )?(?:conclusion|judgement|judgment|assessment|answer|reading|verdict)|we (?:assess|judge|conclude)|I (?:conclude|judge))\b/i;

/** A pronoun that stands for the group in a verdict the writer announces. */
const PRONOUN = /\b(?:it|they)\b/i;

/** What a bottom-line sentence counts towards the minimum a document must say to take a position. */
const LINE_PRESENCE = 2;

/** How far (in characters) a polarity word may sit from a revival word to read it. */
const WITHIN = 60;

/**
 * Whether a reported-view word (`stance.reported`: "critics warn that", "the question is whether")
 * comes before `offset` in its sentence, after the last colon or semicolon: "whether it is back, my
 * answer is no: it is a spent force" gives the verdict after the colon.
 */
const reportedBefore = (index: TextIndex, sentence: TextSpan, offset: number) => {
  const before = index.text.slice(sentence.start, offset);
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), 0);
  // "a familiar argument has returned: the group is about to rise again" states the argument after the colon.
  const from = VIEW_NOUN_BEFORE_COLON.test(before.slice(0, colon)) ? sentence.start : sentence.start + colon;
  return within(index.reported, { start: from, end: offset }).length > 0;
};

/** A view named as a noun before a colon, which the words after the colon state ("the argument runs: ..."). */
const VIEW_NOUN_BEFORE_COLON =
  /\b(?:argument|idea|notion|narrative|claim|thesis)\b(?![^:;]*\b(?:answer|verdict|reply|wrong|mistaken)\b)[^:;]*$/i;

/** An answer the sentence gives to the question it names ("whether it is back, my answer is no"). */
const ANSWER =
  /\b(?:answer|verdict|reply)\s+(?:is|would be|remains)\s+(?:an?\s+)?(?:(?:firm|clear|emphatic|qualified)\s+)?(no|yes)\b/i;

/**
 * Words that cast doubt on the verdict of their sentence, so that it reads the other way: "the
 * evidence does not support the view that the group is back", "premature to write the group off",
 * "talk of a comeback is overstated".
 */
const DOUBTED =
  /\b(?:overstated|overblown|exaggerated|premature|too soon to|(?:does|do) not support|no evidence|little evidence|nothing to suggest|nothing\b[^,;:]*\bsuggests|misread\w*|(?:has )?had its day|misled|misleading|not evidence)\b/i;

/** Where a clause ends: a comma, semicolon, colon or dash, or "but". */
const CLAUSE_BREAK = /[,;:\u2013\u2014]|\s-\s|\bbut\b/gi;

/** The clause of a sentence around `offset`. */
function clauseAt(text: string, sentence: TextSpan, offset: number): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at < offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** A doubt that carries its own negator ("no evidence", "does not support", "not evidence"). */
const NEGATING_DOUBT = /\b(?:no evidence|not evidence|(?:does|do) not support)\b/i;

/** The text of the clause around `offset`. */
const clauseText = (text: string, sentence: TextSpan, offset: number) => {
  const clause = clauseAt(text, sentence, offset);
  return text.slice(clause.start, clause.end);
};

/** A main clause saying that whoever holds the sentence's view is wrong ("readers who believe it have been misled"). */
const MISLED = /\b(?:(?:have|has) been|are being|were|will have been|would be) (?:misled|mistaken|wrong)\b/i;

/** Whether the clause around `offset` casts doubt on its verdict ({@link DOUBTED}), or the sentence calls its holders misled. */
function doubtedAt(text: string, sentence: TextSpan, offset: number): boolean {
  const clause = clauseAt(text, sentence, offset);
  return DOUBTED.test(text.slice(clause.start, clause.end)) || MISLED.test(sentence.text);
}

/** Words after a revival word that say where it came from ("rebuilt after its defeat"), not how it fares. */
const SOURCE_BETWEEN = /\b(?:after|from|since)\b/i;

/** Words before a revival or decline word that make it the alternative the sentence rejects ("a nuisance rather than an army"). */
const REJECTED_BEFORE = /\b(?:rather than|instead of)\s+(?:[^\s,;:]+\s+){0,4}$/i;

/**
 * A decline word used as an adjective before a noun ("a shrinking foreign presence"): it describes
 * that noun, which is the group's only when a group word or one of these follows within three words.
 */
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the)\s+$/i;
const NOUN_AFTER = /^\s+\p{L}/u;
const GROUP_NOUN =
  /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:network|enemy|organi[sz]ation|movement|group|branch|affiliate|insurgen\w*|militan\w*|jihadis\w*)\b/iu;

/** Whether the revival or decline word at `hit` describes a noun that is not the group ("a shrinking presence"). */
function describesOther(index: TextIndex, sentence: TextSpan, hit: { start: number; end: number }): boolean {
  const { text } = index;
  // A phrase ("a spent force") is a verdict of its own.
  if (/\s/.test(text.slice(hit.start, hit.end))) return false;
  if (!ATTRIBUTIVE_BEFORE.test(text.slice(sentence.start, hit.start))) return false;
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  if (!NOUN_AFTER.test(after) || GROUP_NOUN.test(after)) return false;
  const words = /^(?:\s+[\p{L}'’-]+){1,3}/u.exec(after)?.[0].length ?? 0;
  return !within(index.group, sentence).some((g) => g.start >= hit.end && g.start < hit.end + words);
}

/** Words before a revival word that make it advice to someone else ("Nigeria should rebuild"). */
const ADVICE = /\b(?:should|must|needs? to|ought to)\s+(?:[^.;:]*(?:,|\band|\bor)\s+)?$/i;
/** A clause about a past moment ("when a weakened branch was written off and then re-emerged"): history, not a verdict. */
const PAST_WHEN = /^\W*when\b.*\b(?:was|were|had)\b/i;
const inPastWhen = (text: string, sentence: TextSpan, offset: number) => {
  const clause = clauseAt(text, sentence, offset);
  return PAST_WHEN.test(text.slice(clause.start, clause.end));
};

/** A decline in the past ("the coalition that once kept it on the defensive"). */
const ONCE_BEFORE = /\bonce\s+(?:\S+\s+){0,3}$/i;

/** What opens a sentence that concedes a point before the verdict. */
const CONCEDED = /^\W*(?:to be sure|admittedly|granted|of course|it is true that|true enough)\b/i;

/** A sentence about the group's revival as a whole, and which way it reads. */
export interface BottomLine extends TextSpan {
  direction: 'for' | 'against' | 'mixed';
}

/**
 * Sentences about the group's revival as a whole ("cannot make a comeback", "is recovering", "a
 * spent force"): a revival or decline word and a mention of the group. A negator just before the
 * revival word reads `against` ("cannot make a comeback"); otherwise the polarity word nearest to it
 * decides ("stymied its revival"), and a revival word with none reads `for` ("the group is
 * recovering"). A decline word reads `against`, or `for` under a negator ("far from defeated"). A
 * sentence that reads both ways ("contained, not defeated") or that calls the course even ("a
 * stalemate") reads `mixed`.
 */
export function bottomLines(
  text: string,
  index: TextIndex = new TextIndex(text, defaultClaimRules()),
): BottomLine[] {
  const out: BottomLine[] = [];
  for (const sentence of splitSentences(text)) {
    // A question asks, it does not judge ("is the group on the rise?"); a concession grants a point
    // before the verdict ("To be sure, the group is smaller than at its peak").
    if (sentence.text.trimEnd().endsWith('?') || CONCEDED.test(sentence.text)) continue;
    const revival = within(index.revival, sentence);
    const decline = within(index.decline, sentence);
    const balanced = within(index.balanced, sentence);
    // A verdict that the course runs both ways needs no name of the group ("so the picture is mixed"),
    // nor does one the writer announces about "it" ("on balance, it is stronger").
    const named =
      within(index.group, sentence).length > 0 ||
      (VERDICT.test(sentence.text) && PRONOUN.test(sentence.text));
    if ((!revival.length && !decline.length && !balanced.length) || (!balanced.length && !named)) continue;
    const markers = findMarkers(index, sentence);
    let up = 0;
    let down = 0;
    for (const hit of revival) {
      const before = text.slice(sentence.start, hit.start);
      // "whether it is back" asks; the sentence's answer, if it gives one, is the verdict.
      const answer = /\bwhether\b/i.test(before) ? ANSWER.exec(sentence.text)?.[1]?.toLowerCase() : undefined;
      if (answer) {
        if (answer === 'yes') up++;
        else down++;
        continue;
      }
      if (reportedBefore(index, sentence, hit.start) || ADVICE.test(before)) continue;
      // "the revived task force": a participle before a noun that is not the group ("a comeback in" is no participle).
      if (/(?:ed|ing)$/i.test(text.slice(hit.start, hit.end)) && describesOther(index, sentence, hit))
        continue;
      if (inPastWhen(text, sentence, hit.start)) continue;
      const at = { start: hit.start, end: hit.end };
      const clause = clauseAt(text, sentence, at.start);
      if (/\bwhether\b/i.test(text.slice(clause.start, hit.start))) continue;
      const self = markers.find((m) => m.start < at.end && at.start < m.end);
      // A verb in the past ("has recovered much of what it lost") is told by what comes before it.
      const past = /ed$/i.test(text.slice(hit.start, hit.end));
      const others = markers.filter(
        (m) =>
          m !== self &&
          // "stronger than ... and weaker than ...": a word that is itself a verdict reads nothing else.
          ![...revival, ...decline].some((v) => m.start < v.end && v.start < m.end) &&
          Math.abs(m.start - at.start) < WITHIN &&
          (!past || m.start < at.start) &&
          m.start >= clause.start &&
          m.start < clause.end &&
          !(m.start > at.end && SOURCE_BETWEEN.test(text.slice(at.end, m.start))),
      );
      const nearest = others.sort((a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start))[0];
      // "defending a shrinking pocket rather than expanding": the rejected alternative reads as it is
      // named, and the "rather than" that rejects it is no negator of it.
      const rejected = REJECTED_BEFORE.test(before);
      // A doubted clause reads the revival as it names it, not by polarity words in other clauses, and
      // the negator inside the doubt ("no evidence that it is back") is the doubt, not a second negation.
      const doubted = doubtedAt(text, sentence, hit.start);
      const negated =
        !rejected &&
        !(doubted && NEGATING_DOUBT.test(clauseText(text, sentence, hit.start))) &&
        (self?.negated || negatedAt(index, sentence, at.start));
      const kind = negated ? 'down' : nearest && !doubted && !rejected ? effectiveKind(nearest) : 'up';
      const turned = rejected !== doubted;
      if ((kind === 'up' || kind === 'favours') !== turned) up++;
      else down++;
    }
    for (const hit of decline) {
      if (describesOther(index, sentence, hit) || inPastWhen(text, sentence, hit.start)) continue;
      // "officials describe the group as defeated": a view the document reports, often to rebut it.
      const before = text.slice(sentence.start, hit.start);
      const rejected = REJECTED_BEFORE.test(before);
      const turned = rejected !== doubtedAt(text, sentence, hit.start);
      if ((!rejected && negatedAt(index, sentence, hit.start)) !== turned) up++;
      else if (!reportedBefore(index, sentence, hit.start) && !ONCE_BEFORE.test(before)) down++;
    }
    const direction = balanced.length || (up && down) ? 'mixed' : up ? 'for' : down ? 'against' : null;
    if (direction) out.push({ ...sentence, direction });
  }
  return out;
}

/**
 * A document's bottom line on the group's resurgence, weighing its bottom-line sentences and its
 * claims (an asserted claim counts 1, a hedged one 0.5, a bottom-line sentence `sentenceWeight`):
 * `for` or `against` when the balance reaches `margin` of the total weight, `mixed` otherwise, and
 * null when the document says too little (less than `minimumWeight`) to take a position. The evidence is the bottom-line
 * sentences that agree with the verdict (all of them when it is mixed).
 */
export function readStance(text: string, claims: Claim[], options: StanceOptions = {}): StanceReading | null {
  const index = options.index ?? new TextIndex(text, options.rules ?? defaultClaimRules());
  const weight = options.sentenceWeight ?? 4;
  const lines = options.lines ?? bottomLines(text, index);
  let balance = 0;
  let total = 0;
  // How much the document says, counting a bottom-line sentence as two claims whatever it weighs.
  let said = 0;
  // A headline outside the text frames the verdict in place of the first paragraph.
  const title = headlineOutside(text, options);
  const headline = title
    ? bottomLines(title, new TextIndex(title, options.rules ?? defaultClaimRules()))
    : [];
  const ends = framingSpans(text, options.closingParagraphs ?? 2).slice(title ? 1 : 0);
  const centre = options.centre ?? LEAN_CENTRE;
  for (const line of [...headline, ...lines]) {
    const framing =
      headline.includes(line) ||
      ends.some((e) => line.start >= e.start && line.start < e.end) ||
      VERDICT.test(line.text)
        ? (options.framingWeight ?? 2)
        : 1;
    const w = weight * framing;
    said += LINE_PRESENCE * framing;
    // A verdict that reads both ways sits where a piece argues neither way (the centre).
    balance += line.direction === 'for' ? w : line.direction === 'against' ? -w : centre * w;
    total += w;
  }
  for (const claim of claims) {
    // A direction taken from the claim's paragraph or the document's argument would only echo the
    // claims it was taken from.
    if (claim.directionFrom !== 'text') continue;
    const w = claim.firmness === 'hedged' ? 0.5 : 1;
    balance += claim.direction === 'for' ? w : -w;
    total += w;
    said += w;
  }
  if (said < (options.minimumWeight ?? 4) * (lines.length || headline.length ? 1 : 1.5)) return null;
  const share = balance / total;
  const margin = options.margin ?? 0.25;
  const stance = share >= centre + margin ? 'for' : share <= centre - margin ? 'against' : 'mixed';
  const evidence = lines
    .filter((l) => stance === 'mixed' || l.direction === stance)
    .map(({ start, end }) => ({ start, end }));
  return { stance, balance: Math.round(share * 100) / 100, evidence };
}
