import { MONTHS, monthNumber } from '../dates/calendar.js';

const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const YEAR = '((?:19|20)\\d{2})';

const month = (name: string) => String(monthNumber(name) ?? 1).padStart(2, '0');
const day = (d: string) => d.padStart(2, '0');

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until)\\s+${YEAR}\\b`, 'i'),
    (m) => `${m[1]}/${m[2]}`,
  ],
  [new RegExp(`\\b${YEAR}\\s*[-–]\\s*${YEAR}\\b`, 'i'), (m) => `${m[1]}/${m[2]}`],
  [new RegExp(`\\bsince\\s+(?:${MONTH}\\s+)?${YEAR}\\b`, 'i'), (m) => `since ${m[2]}`],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, 'i'),
    (m) => `${m[3]}-${month(m[1]!)}-${day(m[2]!)}`,
  ],
  [
    new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+${YEAR}\\b`, 'i'),
    (m) => `${m[3]}-${month(m[2]!)}-${day(m[1]!)}`,
  ],
  [new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'i'), (m) => `${m[2]}-${month(m[1]!)}`],
  [new RegExp(`\\b${YEAR}\\b`), (m) => m[1]!],
];

/**
 * The period a statement speaks of, when it names one: `2019`, `2019-03`, `2019-03-23`,
 * `2017/2019` for a range, `since 2020`; null otherwise. The most specific pattern wins.
 *
 * @example
 *   periodOf('restructured since 2020'); // 'since 2020'
 */
export function periodOf(text: string): string | null {
  for (const [re, format] of PATTERNS) {
    const m = re.exec(text);
    if (m) return format(m);
  }
  return null;
}
