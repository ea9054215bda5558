import { UsageError } from '../model/errors.js';

/** A column of a printed table: its heading and how to read a cell from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** Right-align (numbers). */
  right?: boolean;
  /** Longest cell before it is cut with an ellipsis. */
  max?: number;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
};

const cut = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Renders rows as an aligned plain-text table for a terminal. */
export function formatTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cut(cell(c.value(row)).replace(/\s+/g, ' '), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.right ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

const csvField = (value: unknown) => {
  const text = cell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Renders rows as RFC 4180 CSV with a header line. */
export function formatCsv<T>(rows: T[], columns: Column<T>[]): string {
  return [
    columns.map((c) => csvField(c.header)),
    ...rows.map((r) => columns.map((c) => csvField(c.value(r)))),
  ]
    .map((fields) => fields.join(','))
    .join('\n');
}

/** The output formats most listing commands accept. */
export type ListFormat = 'table' | 'json' | 'csv';

/** Prints rows in the requested format to stdout. */
export function printRows<T>(
  rows: T[],
  columns: Column<T>[],
  format: ListFormat,
  json: (rows: T[]) => unknown = (r) => r,
) {
  const text =
    format === 'json'
      ? JSON.stringify(json(rows), null, 2)
      : format === 'csv'
        ? formatCsv(rows, columns)
        : formatTable(rows, columns);
  process.stdout.write(`${text}\n`);
}

/** Validates a `--format` value against the allowed ones, with a message saying which are. */
export function parseFormat<F extends string>(value: string, allowed: readonly F[]): F {
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`unknown format "${value}"; use one of: ${allowed.join(', ')}`);
}
