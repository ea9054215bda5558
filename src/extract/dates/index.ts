export type { DateContext, DateMention } from './types.js';
export type { Precision } from './calendar.js';
export { findDates, DATE_RULES } from './find-dates.js';
export { inferDocumentYear, type YearInference } from './infer-year.js';
