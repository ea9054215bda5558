import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import { ident, literal } from '../sql-text.js';

/** Options for {@link readCsvSql}. */
export interface ReadCsvOptions {
  /** Where DuckDB records malformed lines (temporary tables); without it they are skipped silently. */
  rejects?: { table: string; scan: string };
}

/**
 * The `read_csv(...)` call that reads a dataset file as text columns named by `plan`, skipping the
 * header (and the HXL row), with malformed lines (wrong number of columns, bad quoting) set aside
 * in the rejects tables instead of failing the whole file.
 */
export function readCsvSql(file: string, plan: ColumnPlan, options: ReadCsvOptions = {}): string {
  const columns = plan.names.map((n) => `${literal(n)}: 'VARCHAR'`).join(', ');
  const args = [
    literal(file),
    'header = false',
    `skip = ${plan.headerLines}`,
    'auto_detect = false',
    `delim = ${literal(plan.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    `columns = {${columns}}`,
  ];
  if (!options.rejects) args.push('ignore_errors = true');
  else {
    args.push(
      'store_rejects = true',
      `rejects_table = ${literal(options.rejects.table)}`,
      `rejects_scan = ${literal(options.rejects.scan)}`,
    );
  }
  return `read_csv(${args.join(', ')})`;
}

/** SQL counting the line breaks inside the fields of a row read by {@link readCsvSql}. */
export function embeddedNewlinesSql(plan: ColumnPlan): string {
  const all = `concat_ws('', ${plan.names.map(ident).join(', ')})`;
  return `(length(${all}) - length(replace(${all}, chr(10), '')))`;
}
