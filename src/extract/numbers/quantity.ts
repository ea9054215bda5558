/**
 * An amount read from text. `best` is the single value to use (for ranges and vague amounts, the
 * conservative one ACLED would code); `low`..`high` is what the text allows, `null` meaning open
 * (`high: null` for "at least 10", `low: null` for "up to 15"). `vague` is false only for an exact count.
 */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  best: number;
  low: number | null;
  high: number | null;
  vague: boolean;
}
