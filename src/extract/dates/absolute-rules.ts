import { isValidDay, monthNumber, type PartialDate } from './calendar.js';
import { DAY, MONTH, WEEKDAY_PREFIX, YEAR } from './patterns.js';
import { readNumericDate } from './numeric-order.js';
import { anyCase, rulePattern, type DateRule } from './rule.js';

function day(year: number, month: number | null, dayOfMonth: number): PartialDate | null {
  return month && isValidDay(year, month, dayOfMonth) ? { year, month, day: dayOfMonth } : null;
}

const QUALIFIER = `(?:(?:${anyCase('early', 'late', 'mid')})[-\\s]+|(?:${anyCase('the')}\\s+)?(?:end|start|beginning|middle) of\\s+)`;
const YEAR_PREPOSITIONS = anyCase(
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'throughout',
  'through',
  'before',
  'after',
  'of',
  'around',
  'circa',
  'between',
  'year',
);

/** Dates that carry their own year: ISO, "22 March 2024", "March 22, 2024", "March 2024", "in 2019". */
export const ABSOLUTE_RULES: DateRule[] = [
  {
    name: 'iso',
    pattern: rulePattern(`\\b(?<year>(?:19|20)\\d{2})-(?<month>[01]\\d)-(?<day>[0-3]\\d)\\b`),
    relative: false,
    resolve: (g) => day(Number(g.year), Number(g.month), Number(g.day)),
  },
  {
    name: 'day-month-year',
    pattern: rulePattern(
      `\\b${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(?<month>${MONTH}),?\\s+${YEAR}`,
    ),
    relative: false,
    resolve: (g) => day(Number(g.year), monthNumber(g.month!), Number(g.day)),
  },
  {
    name: 'month-day-year',
    pattern: rulePattern(`\\b${WEEKDAY_PREFIX}(?<month>${MONTH})\\s+${DAY},?\\s+${YEAR}`),
    relative: false,
    resolve: (g) => day(Number(g.year), monthNumber(g.month!), Number(g.day)),
  },
  {
    // "27-31 March 2022", "between 12 and 14 June 2019": several days of one month give the month.
    name: 'day-range-month-year',
    pattern: rulePattern(
      `\\b(?:(?:${anyCase('between', 'from')})\\s+)?(?<from>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:-|–|and|to|until|till)\\s*${DAY}\\s+(?:of\\s+)?(?<month>${MONTH}),?\\s+${YEAR}`,
    ),
    relative: false,
    resolve: (g) => {
      const month = monthNumber(g.month!);
      const year = Number(g.year);
      const valid = Number(g.from) < Number(g.day) && day(year, month, Number(g.day)) !== null;
      return valid ? { year, month: month! } : null;
    },
  },
  {
    name: 'numeric',
    pattern: rulePattern(`\\b(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[0-3]?\\d)\\k<sep>${YEAR}`),
    relative: false,
    resolve: (g, context) => readNumericDate(Number(g.a), Number(g.b), Number(g.year), g.sep!, context),
  },
  {
    name: 'month-year',
    pattern: rulePattern(`\\b(?<m>${QUALIFIER}?(?<month>${MONTH}),?\\s+(?:of\\s+)?${YEAR})`),
    relative: false,
    resolve: (g) => ({ year: Number(g.year), month: monthNumber(g.month!)! }),
  },
  {
    name: 'qualified-year',
    pattern: rulePattern(
      `\\b(?<m>(?:${QUALIFIER}|(?:${anyCase('summer', 'spring', 'autumn', 'winter', 'fall')})\\s+(?:of\\s+)?)${YEAR})`,
    ),
    relative: false,
    resolve: (g) => ({ year: Number(g.year) }),
  },
  {
    name: 'year',
    // The look-ahead for a year's first digit spares running the look-behind at every position.
    pattern: rulePattern(
      `(?:\\b(?:${YEAR_PREPOSITIONS})\\s+(?:the\\s+year\\s+)?|\\(|(?=[12])(?<=\\b(?:19|20)\\d{2}\\s*(?:and|or|to|-|–)\\s*))` +
        `(?<m>${YEAR})(?=['’]s\\b|\\)|(?![-–]?\\p{L}))`,
    ),
    relative: false,
    resolve: (g) => ({ year: Number(g.year) }),
  },
  {
    name: 'year-before-noun',
    pattern: rulePattern(
      `\\b(?:${anyCase('a', 'an', 'the', 'its', 'their', 'his', 'her')})\\s+(?<m>${YEAR})\\s+(?=(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|siege|raids?|bombings?|blasts?|massacre|offensive|assault|ambush|kidnapping|abduction|uprising|coup|war|invasion|election|strike|shooting|jailbreak|prison\\s+break|plot|takeover|fall|capture|defeat|battle|clashes|incursion|rampage|killings?|attempt|operation|campaign)\\b)`,
    ),
    relative: false,
    resolve: (g) => ({ year: Number(g.year) }),
  },
  {
    name: 'possessive-year',
    pattern: rulePattern(`\\b(?<m>${YEAR})(?=['’]s\\b)`),
    relative: false,
    resolve: (g) => ({ year: Number(g.year) }),
  },
];
