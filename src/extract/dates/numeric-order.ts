import { dayIndex, isValidDay, type PartialDate } from './calendar.js';
import { allMatches } from '../text/words.js';
import type { MatchContext } from './rule.js';

/** Which number of an all-numeric date is the day: `dm` for 11/02/2019 as 11 February, `md` as 2 November. */
export type NumericOrder = 'dm' | 'md';

const SLASH_DATE = /\b([0-3]?\d)\/([0-3]?\d)\/(?:19|20)\d\d\b/g;
/** "MM/DD/YYYY: Assailants attacked …": the line-leading date of the Global Terrorism Database's summaries. */
const LEADING_DATE = /(?:^|\n)[ \t]*$/;

/** The order the text's unambiguous slash dates use (13/05/2024 is day first), when they agree. */
function orderInText(text: string): NumericOrder | null {
  const seen = new Set<NumericOrder>();
  for (const m of allMatches(SLASH_DATE, text)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) seen.add('dm');
    if (b > 12 && a <= 12) seen.add('md');
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/** The one reading that falls within the year up to the reference day, when only one does. */
function orderByReference(readings: Record<NumericOrder, PartialDate | null>, ref: PartialDate | null) {
  if (!ref?.month || !ref.day) return null;
  const at = dayIndex(ref.year, ref.month, ref.day);
  const fits = (d: PartialDate | null) => {
    if (!d?.month || !d.day) return false;
    const days = at - dayIndex(d.year, d.month, d.day);
    return days >= 0 && days <= 366;
  };
  const [dm, md] = [fits(readings.dm), fits(readings.md)];
  return dm === md ? null : dm ? 'dm' : 'md';
}

/**
 * Reads an all-numeric date such as 11/02/2019, which is 11 February day first or 2 November month
 * first. A number over 12 settles it; otherwise, in order: dotted dates are day first (European use);
 * the text's other slash dates when they settle it; the one reading that falls in the year before the
 * publication date; a date opening a line and followed by a colon is month first (the form of the
 * Global Terrorism Database's summaries). Failing all that, only the year is sure.
 */
export function readNumericDate(
  a: number,
  b: number,
  year: number,
  separator: string,
  context: MatchContext,
) {
  const make = (month: number, dayOfMonth: number): PartialDate | null =>
    isValidDay(year, month, dayOfMonth) ? { year, month, day: dayOfMonth } : null;
  const readings = { dm: make(b, a), md: make(a, b) };
  if (!readings.dm || !readings.md || a === b) return readings.dm ?? readings.md;
  const order =
    (separator === '.' ? 'dm' : null) ??
    orderInText(context.text) ??
    orderByReference(readings, context.reference) ??
    (LEADING_DATE.test(context.text.slice(Math.max(0, context.start - 40), context.start)) &&
    /^\s*:/.test(context.text.slice(context.end, context.end + 3))
      ? 'md'
      : null);
  return order ? readings[order] : { year };
}
