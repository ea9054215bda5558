import { parseCardinal } from '../numbers/number-words.js';
import { splitSentences } from '../text/sentences.js';
import { dayIndex, isValidDay, monthNumber, weekdayNumber, weekdayOf } from './calendar.js';
import { findDates } from './find-dates.js';
import { COUNT, DAY, MONTH, WEEKDAY } from './patterns.js';
import type { DateMention } from './types.js';

/** The year (and month when sound) a document without a publication date was written in. */
export interface YearInference {
  year: number;
  month?: number;
  /** Offsets of the phrases the inference rests on. */
  evidence: { start: number; end: number }[];
}

interface Estimate {
  year: number;
  evidence: { start: number; end: number }[];
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fifteenth: 15,
  twentieth: 20,
  'twenty-fifth': 25,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
};

/** "five years ago", "in 24 years", "ten years after": an elapsed span, how it is phrased, and its offsets. */
const SPAN = new RegExp(
  `\\b(?:(?<lead>for|in|after)\\s+(?:the\\s+first\\s+time\\s+in\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+)?)?` +
    `(?:just\\s+|only\\s+|some\\s+)?${COUNT}\\s+years?(?:\\s+(?<tail>ago|after|since|on\\s+from|later))?\\b`,
  'gid',
);
const ANNIVERSARY = new RegExp(
  `\\b(?<ordinal>\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\\s+anniversary\\b`,
  'gi',
);
const WEEKDAY_DAY_MONTH = new RegExp(
  `\\b(?<weekday>${WEEKDAY}),?\\s+(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(?<month>${MONTH})(?!,?\\s*\\d)`,
  'gu',
);
const WEEKDAY_MONTH_DAY = new RegExp(
  `\\b(?<weekday>${WEEKDAY}),?\\s+(?<month>${MONTH})\\s+${DAY}(?!,?\\s*\\d)`,
  'gu',
);
const THIS_MONTH = new RegExp(`\\b(?:earlier|later)?\\s*this\\s+(?<month>${MONTH})`, 'gu');

function yearsIn(mentions: DateMention[], start: number, end: number): DateMention[] {
  return mentions.filter((d) => d.start >= start && d.end <= end);
}

function nearest(mentions: DateMention[], at: number): DateMention | undefined {
  return [...mentions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function arithmeticEstimates(text: string, absolute: DateMention[]): Estimate[] {
  const out: Estimate[] = [];
  for (const sentence of splitSentences(text)) {
    const years = yearsIn(absolute, sentence.start, sentence.end);
    if (!years.length) continue;
    const base = sentence.start;
    SPAN.lastIndex = 0;
    for (let m = SPAN.exec(sentence.text); m; m = SPAN.exec(sentence.text)) {
      const n = parseCardinal(m.groups!.count!.toLowerCase().replace(/^an?$/, 'one'));
      const tail = m.groups!.tail?.toLowerCase();
      const lead = m.groups!.lead?.toLowerCase();
      if (!n || (!tail && !lead) || tail === 'later') continue;
      const at = base + m.index;
      let year: DateMention | undefined;
      if (tail === 'after' || tail === 'since' || tail?.startsWith('on')) {
        year = years.find((y) => y.start >= at + m![0].length && y.start - (at + m![0].length) < 16);
      } else if (tail === 'ago') {
        year = nearest(years, at);
      } else {
        const since = /\bsince\s+(?:\p{L}+\s+)?$/u;
        year = years.find((y) => since.test(text.slice(Math.max(base, y.start - 20), y.start)));
      }
      if (!year) continue;
      const evidence = [
        { start: at, end: at + m[0].length },
        { start: year.start, end: year.end },
      ];
      out.push({ year: Number(year.value.slice(0, 4)) + n, evidence });
    }
    ANNIVERSARY.lastIndex = 0;
    for (let m = ANNIVERSARY.exec(sentence.text); m; m = ANNIVERSARY.exec(sentence.text)) {
      const word = m.groups!.ordinal!.toLowerCase();
      const n = ORDINALS[word] ?? parseInt(word, 10);
      const year = nearest(years, base + m.index);
      if (!year || !n) continue;
      const at = base + m.index;
      out.push({
        year: Number(year.value.slice(0, 4)) + n,
        evidence: [
          { start: at, end: at + m[0].length },
          { start: year.start, end: year.end },
        ],
      });
    }
  }
  return out;
}

interface WeekdayConstraint {
  years: Set<number>;
  span: { start: number; end: number };
}

function weekdayConstraints(text: string): WeekdayConstraint[] {
  const out: WeekdayConstraint[] = [];
  for (const re of [WEEKDAY_DAY_MONTH, WEEKDAY_MONTH_DAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const weekday = weekdayNumber(m.groups!.weekday!)!;
      const month = monthNumber(m.groups!.month!)!;
      const day = Number(m.groups!.day);
      const years = new Set<number>();
      for (let y = 1900; y <= 2099; y++) {
        if (isValidDay(y, month, day) && weekdayOf(dayIndex(y, month, day)) === weekday) years.add(y);
      }
      out.push({ years, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  return out;
}

function monthEvidence(text: string): { month: number; span: { start: number; end: number } } | null {
  const found = [...text.matchAll(THIS_MONTH)].map((m) => ({
    month: monthNumber(m.groups!.month!)!,
    span: { start: m.index!, end: m.index! + m[0].length },
  }));
  const months = new Set(found.map((f) => f.month));
  return months.size === 1 ? found[0]! : null;
}

/**
 * Infers the year a document was written in when it gives no publication date, from evidence in
 * the text itself: elapsed spans tied to a year in one sentence ("five years after March 2019",
 * "for the first time in 24 years … since 1998", "the tenth anniversary of … 2014"), checked against
 * every weekday-and-date pair without a year ("Friday, 4 March" fits only some years) and against the
 * latest year the text names. With no elapsed span, the latest named year is accepted only when
 * every weekday-and-date pair fits it. "earlier this March" gives the month. Returns null whenever
 * the evidence is missing or contradicts itself. See docs/extraction.md "Dates".
 *
 * @example
 *   inferDocumentYear('The side toured for the first time in 12 years, having last come in 2010.');
 *   // { year: 2022, evidence: [...] }
 */
export function inferDocumentYear(text: string): YearInference | null {
  const absolute = findDates(text, { published: null });
  const latest = Math.max(...absolute.map((d) => Number(d.value.slice(0, 4))), -Infinity);
  const constraints = weekdayConstraints(text);
  const fits = (year: number) => year >= latest && constraints.every((c) => c.years.has(year));
  const estimates = arithmeticEstimates(text, absolute).filter((e) => fits(e.year));
  let result: Estimate | null = null;
  if (estimates.length) {
    const years = new Set(estimates.map((e) => e.year));
    if (years.size !== 1) return null;
    result = { year: estimates[0]!.year, evidence: estimates.flatMap((e) => e.evidence) };
  } else if (constraints.length && Number.isFinite(latest) && fits(latest)) {
    const named = absolute.filter((d) => d.value.startsWith(String(latest)));
    result = { year: latest, evidence: named.map((d) => ({ start: d.start, end: d.end })) };
  }
  if (!result) return null;
  result.evidence.push(...constraints.map((c) => c.span));
  const month = monthEvidence(text);
  const inference: YearInference = { year: result.year, evidence: result.evidence };
  if (month) {
    inference.month = month.month;
    inference.evidence.push(month.span);
  }
  inference.evidence.sort((a, b) => a.start - b.start);
  return inference;
}
