const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  janv: 1,
  fevr: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  aout: 8,
};

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\.?';

const monthNumber = (name: string): number | undefined => {
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f.]/g, '');
  return MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)];
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the parts make a real calendar day between 1900 and 2100, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

interface DatePattern {
  re: RegExp;
  toDay: (m: RegExpMatchArray) => string | null;
}

const num = (s: string | undefined) => Number(s);

/** The written forms of a full date, most specific first. Each yields the date as written (local). */
const DATE_PATTERNS: DatePattern[] = [
  {
    // 2024-05-15, 2024-05-15T08:10:00Z, 2025/05/06, 2024.05.15
    re: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/,
    toDay: (m) => isoDay(num(m[1]), num(m[3]), num(m[4])),
  },
  {
    // 18 February 2023, 18th Feb. 2023, Saturday 18 February 2023, 22 Jan 2019 (RFC 2822)
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})[\\s,]+(\\d{4})\\b`, 'i'),
    toDay: (m) => isoDay(num(m[3]), monthNumber(m[2] ?? '') ?? 0, num(m[1])),
  },
  {
    // February 18, 2023 / Feb. 18 2023 / Jul 18th, 2023
    re: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    toDay: (m) => isoDay(num(m[3]), monthNumber(m[1] ?? '') ?? 0, num(m[2])),
  },
  {
    // 20/07/2021, 07-20-2021: day and month told apart only when one of them exceeds 12; with dots
    // (04.07.2020) the day comes first, as everywhere that writes dates so
    re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/,
    toDay: (m) => {
      const [a, b, year] = [num(m[1]), num(m[3]), num(m[4])];
      if ((a > 12 || m[2] === '.') && b <= 12) return isoDay(year, b, a);
      if (b > 12 && a <= 12) return isoDay(year, a, b);
      return a === b ? isoDay(year, a, b) : null;
    },
  },
];

/** A full date found in `text`, with where it starts and ends. */
export interface FoundDate {
  date: string;
  start: number;
  end: number;
}

/** The first full calendar date written in `text` (ISO, "18 February 2023", "Feb. 18, 2023", ...). */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, toDay } of DATE_PATTERNS) {
    const m = text.match(re);
    if (!m || m.index === undefined) continue;
    const date = toDay(m);
    if (date && (!best || m.index < best.start)) {
      best = { date, start: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}

/**
 * Parses a date as a page or a text writes it into `YYYY-MM-DD`: ISO 8601 (the date as written,
 * whatever the offset), "18 February 2023", "Feb. 18, 2023", "Saturday 18 February 2023 · 09:12 GMT",
 * RFC 2822 ("Tue, 22 Jan 2019 10:00:00 +0000"), "2025/05/06", "20/07/2021". Returns null when no full
 * date (day, month and year) is written; never falls back on the clock.
 *
 * @example
 *   parseDate('Feb. 18, 2023'); // '2023-02-18'
 *   parseDate('2 hours ago');   // null
 */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  return findDate(text)?.date ?? null;
}

/** A date spelled by the folders of a URL path (`/2024/05/15/`, `/2024-05-15-slug`), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, 'https://example.invalid').pathname;
  } catch {
    return null;
  }
  const m =
    path.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/) ??
    path.match(/\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[-/]|$)/);
  return m ? isoDay(num(m[1]), num(m[2]), num(m[3])) : null;
}
