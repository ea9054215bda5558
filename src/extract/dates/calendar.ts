/** A calendar date that may be known only to the year or the month. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Precision of a resolved date. */
export type Precision = 'day' | 'month' | 'year';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Month number (1-12) of an English month name or its usual abbreviation, or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key === 'sept') return 9;
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.slice(0, 3) === key));
  return index < 0 ? null : index + 1;
}

/** Weekday number (0 = Sunday) of an English weekday name, or null. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  return index < 0 ? null : index;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a calendar day (UTC, no clock involved). */
export function dayIndex(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The calendar day of a day index. */
export function fromDayIndex(index: number): Required<PartialDate> {
  const d = new Date(index * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Weekday (0 = Sunday) of a day index. */
export function weekdayOf(index: number): number {
  return (((index + 4) % 7) + 7) % 7;
}

/** Parses YYYY-MM-DD into a full date, or null when it is not one. */
export function parseIsoDay(value: string | null | undefined): Required<PartialDate> | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Adds months to a year and month, carrying into years. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const zero = year * 12 + (month - 1) + delta;
  return { year: Math.floor(zero / 12), month: (zero % 12) + 1 };
}

export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  return date.month !== undefined ? 'month' : 'year';
}

/** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the date is. */
export function formatDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
