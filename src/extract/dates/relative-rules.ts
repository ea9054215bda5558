import { parseCardinal } from '../numbers/number-words.js';
import { dayIndex, isValidDay, monthNumber, weekdayNumber, weekdayOf, type PartialDate } from './calendar.js';
import { COUNT, DAY, MONTH, PART_OF_DAY, WEEKDAY, WEEKDAY_PREFIX } from './patterns.js';
import {
  monthOfWeek,
  recentWeekday,
  shiftDays,
  shiftMonths,
  weekdayInWeek,
  yearOfDay,
  yearOfMonth,
  type MonthRelation,
} from './reference.js';
import { anyCase, rulePattern, type DateRule, type MatchContext } from './rule.js';

/** Words that may follow a bare weekday that is a date ("attacked Friday when ..."), not a noun it modifies. */
const AFTER_BARE_WEEKDAY = new Set(
  'and or when as after before in at near on that but while during into to the a an by with from for said says'.split(
    ' ',
  ),
);

function count(text: string | undefined): number | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  return lower === 'a' || lower === 'an' ? 1 : parseCardinal(lower);
}

/** "during Friday prayers", "at Sunday mass": the service of that one day, not every week's. */
const atWorship = (ctx: MatchContext, before: string | undefined) =>
  before !== undefined &&
  /^(?:during|at|after|before)$/.test(before) &&
  /^\s+(?:prayers?|services?|mass|worship)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 12));

function bareWeekdayIsDate(ctx: MatchContext): boolean {
  const before = /(\p{L}+)\s*$/u.exec(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
  if (before && /^(?:every|each)$/i.test(before[1]!)) return false;
  const after = /^\s+(\p{L}+)/u.exec(ctx.text.slice(ctx.end, ctx.end + 20));
  if (!after || /^\p{Lu}/u.test(after[1]!)) return true;
  return AFTER_BARE_WEEKDAY.has(after[1]!);
}

function monthRelation(word: string | undefined): MonthRelation {
  const w = (word ?? '').toLowerCase();
  if (w === 'last') return 'last';
  if (w === 'next') return 'next';
  return w.endsWith('this') ? 'this' : 'latest';
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

const PREPOSITION = `(?<prep>${anyCase('in', 'since', 'by', 'until', 'till', 'from', 'during', 'throughout', 'through', 'before', 'after', 'of', 'for')})\\s+`;
/** What a month before it dates: "the March assault", "the August attacks". */
const INCIDENT_NOUN = `(?:attacks?|assaults?|raids?|bombings?|blasts?|massacres?|offensives?|ambush(?:es)?|sieges?|killings?|strikes?|abductions?|kidnappings?|jailbreaks?|prison\\s+breaks?)\\b`;
const QUALIFIER = `(?<qual>(?:${anyCase('early', 'late', 'mid')})[-\\s]+|(?:${anyCase('the')}\\s+)?(?:end|start|beginning|middle) of\\s+)`;

/** "26 October last year", "3 May of this year": a day whose year is said relative to the reference. */
const YEAR_SAID = `(?:,?\\s+(?:of\\s+)?(?<yrel>${anyCase('last', 'this', 'next')})\\s+year)?`;

/** Expressions resolved against the reference date: "on Friday", "yesterday", "last month", "4 March". */
export const RELATIVE_RULES: DateRule[] = [
  {
    name: 'day-month',
    pattern: rulePattern(
      `\\b(?<m>${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(?<month>${MONTH})${YEAR_SAID})`,
    ),
    relative: true,
    resolve: (g, ctx) => dayWithoutYear(g, ctx),
  },
  {
    name: 'month-day',
    pattern: rulePattern(`\\b(?<m>${WEEKDAY_PREFIX}(?<month>${MONTH})\\s+${DAY}${YEAR_SAID})`),
    relative: true,
    resolve: (g, ctx) => dayWithoutYear(g, ctx),
  },
  {
    name: 'month',
    pattern: rulePattern(
      `\\b(?:${PREPOSITION}|(?<the>${anyCase('the')})\\s+(?=\\p{Lu}\\p{L}+\\s+${INCIDENT_NOUN}))?(?<m>(?:(?<rel>${anyCase('earlier this', 'later this', 'this', 'last', 'next')})\\s+)?${QUALIFIER}?(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?(?<yrel>${anyCase('last', 'this', 'next')})\\s+year|\\s+(?<prev>${anyCase('the previous', 'the preceding', 'the following')})\\s+year)?)(?!\\s*\\d)`,
    ),
    relative: true,
    resolve: (g, ctx) => {
      if (!ctx.reference || !(g.prep || g.rel || g.qual || g.the || g.yrel)) return null;
      const month = monthNumber(g.month!)!;
      const yrel = g.yrel?.toLowerCase();
      // "in August last year", "in March of this year": the year is said, not guessed
      if (yrel) return { year: ctx.reference.year + (yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0), month };
      if (g.prev) return null;
      const year = yearOfMonth(ctx.reference, month, monthRelation(g.rel));
      return year === null ? null : { year, month };
    },
  },
  {
    name: 'weekday',
    pattern: rulePattern(
      `\\b(?:(?:${anyCase('on', 'late on', 'early on', 'overnight on', 'overnight', 'since', 'by', 'until', 'from', 'of')})\\s+)?` +
        `(?<m>(?:(?<rel>${anyCase('last', 'this', 'next')})\\s+)?(?:(?:late|early)\\s+)?(?<weekday>${WEEKDAY})(?<poss>['’]s)?(?:\\s+(?<part>${PART_OF_DAY}))?)\\b`,
    ),
    relative: true,
    resolve: (g, ctx) => {
      if (!ctx.reference) return null;
      const wide = ctx.text
        .slice(Math.max(0, ctx.start - 16), ctx.start)
        .match(/(\p{L}+)\s+$/u)?.[1]
        ?.toLowerCase();
      const led = wide !== undefined && /^(?:on|of|since|by|until|from|overnight)$/.test(wide);
      if (!g.rel && !g.poss && !g.part && !led && !bareWeekdayIsDate(ctx) && !atWorship(ctx, wide))
        return null;
      const weekday = weekdayNumber(g.weekday!)!;
      const rel = g.rel?.toLowerCase();
      // "On 22 June 2025, a bomber struck during Sunday mass": the weekday of the day just told is that day
      const told = ctx.sentenceDay;
      if (!rel && told && weekdayOf(dayIndex(told.year, told.month!, told.day!)) === weekday) return told;
      if (rel === 'last') return weekdayInWeek(ctx.reference, weekday, -1);
      if (rel === 'this') return weekdayInWeek(ctx.reference, weekday, 0);
      if (rel === 'next') return weekdayInWeek(ctx.reference, weekday, 1);
      return recentWeekday(ctx.reference, weekday);
    },
  },
  {
    name: 'day-word',
    requires: /\b(?:today|tonight|yesterday|tomorrow|this)\b/i,
    pattern: rulePattern(
      `\\b(?<m>(?<word>the day before yesterday|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))(?:['’]s)?)\\b`,
      true,
    ),
    relative: true,
    resolve: (g, ctx) => {
      if (!ctx.reference) return null;
      const word = g.word!.toLowerCase();
      const offset =
        word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word.startsWith('the day') ? -2 : 0;
      return shiftDays(ctx.reference, offset);
    },
  },
  {
    name: 'period',
    requires: /\b(?:week|month|year)\b/i,
    pattern: rulePattern(
      `\\b(?<m>(?<rel>earlier this|later this|this|last|next|earlier in the|later in the)\\s+(?<unit>week|month|year))\\b(?!['’]s\\s+(?:total|figure))`,
      true,
    ),
    relative: true,
    resolve: (g, ctx) => {
      const ref = ctx.reference;
      if (!ref) return null;
      const rel = g.rel!.toLowerCase();
      const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const unit = g.unit!.toLowerCase();
      if (unit === 'year') return { year: ref.year + step };
      if (unit === 'month') return shiftMonths(ref, step);
      return monthOfWeek(ref, step);
    },
  },
  {
    name: 'ago',
    requires: /\bago\b/i,
    // "six years ago today": the same day of the month, that many years back.
    pattern: rulePattern(
      `\\b(?<m>${COUNT}\\s+(?<unit>day|week|month|year)s?\\s+ago(?<today>\\s+today|\\s+to\\s+the\\s+day)?)\\b`,
      true,
    ),
    relative: true,
    resolve: (g, ctx) => {
      const n = count(g.count);
      const ref = ctx.reference;
      if (!ref || n === null) return null;
      const unit = g.unit!.toLowerCase();
      if (unit === 'year' && g.today && !(ref.month === 2 && ref.day === 29))
        return { ...ref, year: ref.year - n };
      if (unit === 'year') return { year: ref.year - n };
      if (unit === 'month') return shiftMonths(ref, -n);
      const shifted = shiftDays(ref, unit === 'week' ? -7 * n : -n);
      return unit === 'week' && shifted.month !== undefined
        ? { year: shifted.year, month: shifted.month }
        : shifted;
    },
  },
  {
    name: 'season',
    requires: /\b(?:spring|summer|autumn|fall)\b/i,
    pattern: rulePattern(`\\b(?<m>(?<rel>last|this|next)\\s+(?<season>spring|summer|autumn|fall))\\b`, true),
    relative: true,
    resolve: (g, ctx) => {
      const ref = ctx.reference;
      if (!ref) return null;
      const rel = g.rel!.toLowerCase();
      if (rel === 'this') return { year: ref.year };
      if (ref.month === undefined) return null;
      const [first, last] = SEASON_MONTHS[g.season!.toLowerCase()]!;
      if (rel === 'last') return { year: ref.month > last ? ref.year : ref.year - 1 };
      return { year: ref.month < first ? ref.year : ref.year + 1 };
    },
  },
  {
    name: 'anchored',
    requires: /\b(?:later|earlier|day)\b/i,
    pattern: rulePattern(
      `\\b(?<m>${COUNT}\\s+(?<unit>day|week)s?\\s+(?<dir>later|earlier)|the\\s+(?<dir2>following|next|previous)\\s+day\\b|the\\s+same\\s+day\\b|the\\s+day\\s+(?<dir3>before|after)(?=\\s*[,.;]))`,
      true,
    ),
    relative: true,
    resolve: (g, ctx) => {
      if (!ctx.anchor) return null;
      const dir = (g.dir ?? g.dir2 ?? g.dir3 ?? 'same').toLowerCase();
      const sign = dir === 'same' ? 0 : /later|following|next|after/.test(dir) ? 1 : -1;
      const n = g.count ? count(g.count) : 1;
      if (n === null) return null;
      return shiftDays(ctx.anchor, sign * n * (g.unit?.toLowerCase() === 'week' ? 7 : 1));
    },
  },
];

function dayWithoutYear(g: Record<string, string | undefined>, ctx: MatchContext): PartialDate | null {
  const ref = ctx.reference;
  const month = monthNumber(g.month!);
  const dayOfMonth = Number(g.day);
  if (!ref || !month) return null;
  const yrel = g.yrel?.toLowerCase();
  if (yrel) {
    const said = ref.year + (yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0);
    return isValidDay(said, month, dayOfMonth) ? { year: said, month, day: dayOfMonth } : null;
  }
  const next = /\bnext\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start));
  // "Look at 2024. On 3 January, …": a year just named frames the day, unless that puts it after the reference.
  const framed = ctx.yearFrame !== undefined && ctx.yearFrame < yearOfDay(ref, month, dayOfMonth, next);
  const year = framed ? ctx.yearFrame! : yearOfDay(ref, month, dayOfMonth, next);
  return isValidDay(year, month, dayOfMonth) ? { year, month, day: dayOfMonth } : null;
}
