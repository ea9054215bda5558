import type { Precision } from './calendar.js';

/** A date expression found in a text, resolved to a calendar date as precise as the text allows. */
export interface DateMention {
  /** Offsets into the text given to {@link findDates}; `text` is the slice between them. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: Precision;
  /** True when the value was resolved against the reference date (publication or inferred year). */
  relative: boolean;
}

/** What relative expressions are resolved against. */
export interface DateContext {
  /** Publication date, YYYY-MM-DD, or null when the document does not give one. */
  published: string | null;
  /** Year inferred from the document ({@link inferDocumentYear}) when there is no publication date. */
  inferredYear?: number | null;
  /** Month (1-12) inferred with the year, when the evidence gives one. */
  inferredMonth?: number | null;
  /**
   * A date (YYYY-MM-DD, YYYY-MM or YYYY) that "two days later" or "the following day" counts from
   * when the text passed has no earlier date of its own, such as the date of the previous sentence.
   */
  anchor?: string | null;
}
