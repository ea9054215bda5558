import type { DatasetDelimiter } from './read-header.js';

/** Which way a file writes dates with slashes or dots: `22/03/2024` or `3/22/2024`. */
export type SlashDateOrder = 'day-first' | 'month-first';

const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/;

/**
 * How a file writes numeric dates, from sample values of its date columns: day first when a first
 * number is over 12 (`22/03/2024`), month first when a second one is (`3/22/2024`, a CSV saved
 * by Excel in the United States); without such a value, day first in semicolon- or tab-separated
 * files (continental Excel) and month first in comma-separated ones. Null when no value is
 * written that way.
 *
 * @example
 *   slashDateOrder(['3/9/2023', '3/22/2024'], ','); // 'month-first'
 */
export function slashDateOrder(values: string[], delimiter: DatasetDelimiter): SlashDateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  let seen = false;
  for (const value of values) {
    const m = SLASH_DATE.exec(value.trim());
    if (!m) continue;
    seen = true;
    if (Number(m[1]) > 12) dayFirst++;
    if (Number(m[2]) > 12) monthFirst++;
  }
  if (!seen) return null;
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  return delimiter === ',' ? 'month-first' : 'day-first';
}

/** The strptime formats of numeric dates in that order, two-digit years tried first. */
export function slashDateFormats(order: SlashDateOrder | null): string[] {
  if (!order) return [];
  const [a, b] = order === 'day-first' ? ['%d', '%m'] : ['%m', '%d'];
  return ['/', '.', '-'].flatMap((s) => [`${a}${s}${b}${s}%y`, `${a}${s}${b}${s}%Y`]);
}
