import { formatDate, precisionOf, type PartialDate } from './calendar.js';
import { ABSOLUTE_RULES } from './absolute-rules.js';
import { referenceOf } from './reference.js';
import { RELATIVE_RULES } from './relative-rules.js';
import { NAMED_DAY_RULES } from './named-days.js';
import type { DateRule } from './rule.js';
import type { DateContext, DateMention } from './types.js';

/** Every date rule, absolute first; where two match overlapping text the longer mention wins. */
export const DATE_RULES: DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...NAMED_DAY_RULES];

interface Candidate {
  rule: DateRule;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of DATE_RULES) {
    if (rule.requires && !rule.requires.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const [start, end] = m.indices?.groups?.m ?? m.indices![0]!;
      out.push({ rule, start, end, groups: { ...m.groups } });
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  return out;
}

/** Keeps the longest of overlapping candidates (the earlier rule on a tie), in text order. */
function longestFirst(all: Candidate[]): Candidate[] {
  const order = all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i)
    .map(({ c }) => c);
  const kept: Candidate[] = [];
  for (const c of order) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function parseAnchor(value: string | null | undefined): PartialDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return null;
  const date: PartialDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return date;
}

/** Whether what lies between a year and a later date keeps them in one frame: at most one sentence break, no paragraph break, short. */
const framesNext = (between: string) =>
  between.length <= 200 && !/\n\s*\n/.test(between) && (between.match(/[.!?]\s/g) ?? []).length <= 1;

/**
 * Finds every date expression in a text (a sentence or a whole document) and resolves it, relative
 * ones against the publication date or, without one, the inferred year and month. Never reads the
 * clock: with no reference, "on Friday" and "4 March" give nothing. See docs/extraction.md "Dates".
 *
 * @example
 *   findDates('Gunmen struck on Friday.', { published: '2024-03-23' });
 *   // [{ text: 'Friday', value: '2024-03-22', precision: 'day', relative: true, ... }]
 */
export function findDates(text: string, context: DateContext): DateMention[] {
  const reference = referenceOf(context);
  const given = parseAnchor(context.anchor);
  let lastDay = given?.day !== undefined ? given : null;
  let lastAny = given;
  let lastAnyEnd = -1;
  let lastYear: { year: number; end: number } | null = null;
  const out: DateMention[] = [];
  for (const c of longestFirst(candidates(text))) {
    // "In March, gunmen … the same day": within one sentence the date just told is the anchor.
    const sameSentence = lastAnyEnd >= 0 && !/[.!?]\s/.test(text.slice(lastAnyEnd, c.start));
    const anchor = sameSentence ? lastAny : (lastDay ?? lastAny);
    const yearFrame = lastYear && framesNext(text.slice(lastYear.end, c.start)) ? lastYear.year : undefined;
    const sentenceDay = sameSentence && lastAny?.day !== undefined ? lastAny : undefined;
    const date = c.rule.resolve(c.groups, {
      text,
      start: c.start,
      end: c.end,
      reference,
      anchor,
      yearFrame,
      sentenceDay,
    });
    if (!date) continue;
    // Only a year the text sets events in ("in 2024", "during 2023"), not a yardstick ("since 2022").
    const setIn = /\b(?:in|during|throughout)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start));
    lastYear = date.month === undefined && setIn ? { year: date.year, end: c.end } : null;
    lastAny = date;
    lastAnyEnd = c.end;
    if (date.day !== undefined) lastDay = date;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: formatDate(date),
      precision: precisionOf(date),
      relative: c.rule.relative,
    });
  }
  return out;
}
