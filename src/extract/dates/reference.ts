import { addMonths, dayIndex, fromDayIndex, parseIsoDay, weekdayOf, type PartialDate } from './calendar.js';
import type { DateContext } from './types.js';

/** The date relative expressions count from: a full day when published, else a year and maybe a month. */
export type Reference = PartialDate;

/** The reference date of a context: the publication date, else the inferred year (and month), else null. */
export function referenceOf(context: DateContext): Reference | null {
  const published = parseIsoDay(context.published);
  if (published) return published;
  if (!context.inferredYear) return null;
  const month = context.inferredMonth ?? undefined;
  return month ? { year: context.inferredYear, month } : { year: context.inferredYear };
}

/** The reference with its day dropped: what a shifted date still reliably shares with it. */
function coarse(ref: Reference): PartialDate {
  return ref.month === undefined ? { year: ref.year } : { year: ref.year, month: ref.month };
}

/** The day `days` away from the reference; only the month or year when the reference has no day. */
export function shiftDays(ref: Reference, days: number): PartialDate {
  if (ref.day === undefined || ref.month === undefined) return coarse(ref);
  return fromDayIndex(dayIndex(ref.year, ref.month, ref.day) + days);
}

/**
 * The most recent given weekday on or before the reference day (the same day counts: a story
 * published on a Friday that says "on Friday" means that day).
 */
export function recentWeekday(ref: Reference, weekday: number): PartialDate {
  if (ref.day === undefined || ref.month === undefined) return coarse(ref);
  const today = dayIndex(ref.year, ref.month, ref.day);
  return fromDayIndex(today - ((weekdayOf(today) - weekday + 7) % 7));
}

/** Monday of the calendar week (Monday to Sunday) holding the reference day, shifted by `weeks`. */
function mondayOf(ref: Required<PartialDate>, weeks: number): number {
  const today = dayIndex(ref.year, ref.month, ref.day);
  return today - ((weekdayOf(today) + 6) % 7) + weeks * 7;
}

/**
 * A weekday in the calendar week `weeks` away from the reference's week (Monday to Sunday):
 * -1 for "last Friday" (the Friday of the previous week), 0 for "this Friday", 1 for "next Friday".
 */
export function weekdayInWeek(ref: Reference, weekday: number, weeks: number): PartialDate {
  if (ref.day === undefined || ref.month === undefined) return coarse(ref);
  return fromDayIndex(mondayOf(ref as Required<PartialDate>, weeks) + ((weekday + 6) % 7));
}

/** The month holding most days of the calendar week `weeks` away ("last week", "this week"). */
export function monthOfWeek(ref: Reference, weeks: number): PartialDate {
  if (ref.day === undefined || ref.month === undefined) return coarse(ref);
  const thursday = fromDayIndex(mondayOf(ref as Required<PartialDate>, weeks) + 3);
  return { year: thursday.year, month: thursday.month };
}

/** The month `months` away from the reference month; null when the reference has no month. */
export function shiftMonths(ref: Reference, months: number): PartialDate | null {
  if (ref.month === undefined) return null;
  return addMonths(ref.year, ref.month, months);
}

/** How a month named without a year relates to the reference. */
export type MonthRelation = 'latest' | 'last' | 'this' | 'next';

/**
 * The year of a month named without one: `latest` is the most recent such month up to and including
 * the reference month ("in March"), `last` the most recent strictly before it ("last March"),
 * `this` the reference year's ("earlier this March"), `next` the first after it.
 */
export function yearOfMonth(ref: Reference, month: number, relation: MonthRelation): number | null {
  if (relation === 'this') return ref.year;
  if (ref.month === undefined) return relation === 'latest' ? ref.year : null;
  if (relation === 'latest') return month <= ref.month ? ref.year : ref.year - 1;
  if (relation === 'last') return month < ref.month ? ref.year : ref.year - 1;
  return month > ref.month ? ref.year : ref.year + 1;
}

/**
 * The year of a day and month named without one: the latest such day on or before the reference
 * (a story does not report a past event dated after its own publication), or the next one after it.
 */
export function yearOfDay(ref: Reference, month: number, day: number, future = false): number {
  if (ref.month === undefined) return ref.year;
  const refDay = ref.day ?? 31;
  const after = month > ref.month || (month === ref.month && day > refDay);
  if (future) return after ? ref.year : ref.year + 1;
  return after ? ref.year - 1 : ref.year;
}
