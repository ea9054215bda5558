import type { Span } from './event.js';

/** Direction of a claim: `for` favours the group's resurgence, `against` hinders it. */
export type Direction = 'for' | 'against';

/** A document's bottom line on the group's resurgence. */
export type Stance = 'for' | 'against' | 'mixed';

/** Whether a statement is asserted outright or hedged ("may", "could"). */
export type Firmness = 'asserted' | 'hedged';

/**
 * Where a claim's direction was read: in its own words (`text`), or, when they say the factor but
 * not which way, from the argument of its paragraph or, failing that, of the whole document.
 */
export type DirectionSource = 'text' | 'paragraph' | 'document';

/** A statement in a document about one factor of the framework. */
export interface Claim {
  factor: string;
  direction: Direction;
  /** Where the direction was read (`text` unless the words themselves do not say). */
  directionFrom: DirectionSource;
  firmness: Firmness;
  /** `author`, or the cited source ("American estimates", "UN reports"). */
  attribution: string;
  /** The period the claim speaks of, when it names one (`2019`, `2014-06`, `since 2020`). */
  period: string | null;
  start: number;
  end: number;
  text: string;
}

/** A document's bottom line, how strongly its text leans, and the sentences that carry it. */
export interface StanceReading {
  stance: Stance;
  /** -1 (wholly against) .. 1 (wholly for): the balance of its bottom-line sentences and claims. */
  balance: number;
  evidence: Span[];
}
