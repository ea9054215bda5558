import { NUMBER_WORDS_SOURCE } from '../numbers/number-words.js';

/** Month names as written in running text: capitalised, full or abbreviated ("Sept.", "Jul"). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![\\p{L}])';

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A day of the month, with an optional ordinal suffix ("4", "4th", "22nd"). */
export const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)';

/** A year from 1900 to 2099 written in four digits. */
export const YEAR = '(?<year>(?:19|20)\\d{2})(?![\\d,]\\d)';

/** An optional leading weekday: "Friday, " or "Thursday ". */
export const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY}),?\\s+)?`;

/** A small count in digits or words ("two", "3", "a"), as in "two days later". */
export const COUNT = `(?<count>\\d{1,3}|a|an|${NUMBER_WORDS_SOURCE})`;

/** Parts of a day that may follow a weekday: "Friday evening", "Tuesday night". */
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|midday|noon)';
