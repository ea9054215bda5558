import type { PartialDate } from './calendar.js';
import type { Reference } from './reference.js';

/** What a rule sees besides its own match. */
export interface MatchContext {
  /** The whole text being searched. */
  text: string;
  /** Offsets of the mention (the `m` group, else the whole match). */
  start: number;
  end: number;
  /** The reference date, or null when there is neither a publication date nor an inferred year. */
  reference: Reference | null;
  /** For "two days later": the latest full day resolved before this mention (else the latest date, else the context's anchor). */
  anchor: PartialDate | null;
  /**
   * A year the text has just named on its own ("… in 2024. On 3 January, …"): in this sentence or
   * the one before, in the same paragraph. A day and month without a year fall in it.
   */
  yearFrame?: number;
  /** The full day the same sentence has just told ("On 22 June 2025, … during Sunday mass"). */
  sentenceDay?: PartialDate;
}

/**
 * One kind of date expression: a pattern (global, with the `d` flag; an optional `m` group marks the
 * mention inside a wider match such as a leading "on") and how to resolve a match. `relative` says
 * whether the result depends on the reference date.
 */
export interface DateRule {
  name: string;
  pattern: RegExp;
  relative: boolean;
  /** A cheap test the text must pass before the pattern is run at all. */
  requires?: RegExp;
  resolve(groups: Record<string, string | undefined>, context: MatchContext): PartialDate | null;
}

/** Builds a rule pattern: global, with indices, Unicode-aware; `i` only when `caseless`. */
export function rulePattern(source: string, caseless = false): RegExp {
  return new RegExp(source, caseless ? 'gdui' : 'gdu');
}

/** `[Ww]ord` for each alternative, so sentence-initial capitals match without making month names caseless. */
export function anyCase(...words: string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|');
}
