import type { PartialDate } from './calendar.js';
import { yearOfDay } from './reference.js';
import { rulePattern, type DateRule } from './rule.js';

/** Days known by name that fall on the same date every year, as [month, day]. */
const FIXED: Record<string, [number, number]> = {
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
};

/** Days counted from Easter Sunday. */
const FROM_EASTER: Record<string, number> = {
  'palm sunday': -7,
  'good friday': -2,
  'holy saturday': -1,
  'easter sunday': 0,
  'easter day': 0,
  'easter monday': 1,
};

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function dayOf(name: string, year: number): PartialDate {
  const fixed = FIXED[name];
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  const easter = easterSunday(year);
  const date = new Date(Date.UTC(year, easter.month - 1, easter.day + FROM_EASTER[name]!));
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const key = (name: string) => name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

const NAMES =
  "New\\s+Year['’]s\\s+(?:Eve|Day)|Christmas\\s+(?:Eve|Day)|Boxing\\s+Day|Valentine['’]s\\s+Day|Palm\\s+Sunday|Good\\s+Friday|Holy\\s+Saturday|Easter\\s+(?:Sunday|Day|Monday)";

/**
 * "New Year's Eve", "Christmas Day", "Easter Sunday": named days, with a year when one follows
 * ("on Christmas Day 2016"), else the latest such day on or before the reference date; "Christmas
 * 2023" and "Easter 2016", seasons with their year, are that month.
 */
export const NAMED_DAY_RULES: DateRule[] = [
  {
    name: 'named-day-year',
    requires: /\b(?:Year|Christmas|Boxing|Valentine|Palm|Good|Holy|Easter)\b/,
    pattern: rulePattern(`\\b(?<m>(?<name>${NAMES}),?\\s+(?<year>(?:19|20)\\d\\d))\\b`),
    relative: false,
    resolve: (g) => dayOf(key(g.name!), Number(g.year)),
  },
  {
    // "at Christmas 2023", "over Easter 2016": the season of that year, to the month
    name: 'named-season-year',
    requires: /\b(?:Christmas|Easter)\b/,
    pattern: rulePattern(`\\b(?<m>(?<name>Christmas|Easter)\\s+(?<year>(?:19|20)\\d\\d))\\b`),
    relative: false,
    resolve: (g) => {
      const year = Number(g.year);
      return { year, month: g.name === 'Christmas' ? 12 : dayOf('easter sunday', year).month };
    },
  },
  {
    name: 'named-day',
    requires: /\b(?:Year|Christmas|Boxing|Valentine|Palm|Good|Holy|Easter)\b/,
    pattern: rulePattern(`\\b(?<m>(?<name>${NAMES}))(?:['’]s)?\\b`),
    relative: true,
    resolve: (g, ctx) => {
      const ref = ctx.reference;
      if (!ref) return null;
      const name = key(g.name!);
      const thisYear = dayOf(name, ref.year);
      const year = yearOfDay(ref, thisYear.month!, thisYear.day!);
      return year === ref.year ? thisYear : dayOf(name, year);
    },
  },
];
