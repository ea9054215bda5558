import { UsageError } from '../model/errors.js';

/** Parses a `--published` style date: YYYY-MM-DD only, so nothing is guessed. */
export function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`"${value}" is not a date; write it as YYYY-MM-DD`);
  }
  return value;
}

/** Parses a positive whole number option. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`"${value}" is not a positive whole number`);
  return n;
}
