import type { Scope } from '../../extract/claims/index.js';
import type { Rating } from './ratings.js';

/** What a piece of evidence says about the group: it favours resurgence, hinders it, or shows no change. */
export type Reading = 'for' | 'against' | 'steady';

/** Proposed ratings of one hypothesis, by theatre and reading. */
export type Expectations = Partial<Record<Scope, Partial<Record<Reading, Rating>>>>;

/** A competing hypothesis about the group's prospects (`data/hypotheses.yaml`). */
export interface Hypothesis {
  id: string;
  label: string;
  statement: string;
  expects: Expectations;
  /** Per-factor expectations that replace `expects` for that factor. */
  factors: Record<string, Expectations>;
}

/** A quoted statement behind a claim-based evidence item. */
export interface Quote {
  start: number;
  end: number;
  text: string;
  direction: 'for' | 'against';
  /** Where the direction was read: the quote's own words, or its paragraph's or document's argument. */
  directionFrom: 'text' | 'paragraph' | 'document';
  firmness: 'asserted' | 'hedged';
  attribution: string;
  period: string | null;
}

/** The weights that multiply into an item's weight. */
export interface WeightParts {
  reliability: number;
  relevance: number;
  firmness: number;
  /** 1/sqrt(n) for an item that is one of n drawn from the same document; 1 for data. */
  dependence: number;
}

/** One row of the matrix: what a document says about a factor, or what an indicator shows. */
export interface EvidenceItem {
  /** Stable key for ratings and weights: `doc3/manpower/against`, `data/core_activity`. */
  key: string;
  kind: 'claim' | 'data';
  factor: string;
  reading: Reading;
  scope: Scope;
  /** One line a reader can check. */
  summary: string;
  /** Outlet, or dataset origin. */
  source: string;
  documentId: number | null;
  /** Admiralty grade of the source, A-F. */
  grade: string;
  period: string | null;
  quotes: Quote[];
  weights: WeightParts;
  weight: number;
}

/** One cell of the matrix: the rating in force, the one proposed, and whether the analyst set it. */
export interface MatrixCell {
  rating: Rating;
  proposed: Rating;
  overridden: boolean;
  note: string | null;
}

/** Evidence x hypotheses: `cells[i][j]` rates item i against hypothesis j. */
export interface Matrix {
  hypotheses: Hypothesis[];
  items: EvidenceItem[];
  cells: MatrixCell[][];
}
