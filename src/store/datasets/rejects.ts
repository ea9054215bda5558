import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import type { Queryable } from '../database.js';
import { malformedRowLines, recordLines } from './lines.js';
import { IMPORT_TABLES as T, preparedSql, sourceIdSql, sourceSql, trimmed } from './prepare-sql.js';
import { embeddedNewlinesSql, readCsvSql } from './read-csv.js';

/** A row of a dataset file that was not imported: where it is and why. */
export interface RejectedRow {
  /** Line of the file where the row starts (1 = the header). */
  line: number;
  reason: string;
}

const STRUCTURAL: Record<string, (message: string) => string> = {
  'MISSING COLUMNS': (m) => columnCount(m),
  'TOO MANY COLUMNS': (m) => columnCount(m),
  'INVALID UNICODE': () => 'the line is not valid text in the file encoding',
  'INVALID ENCODING': () => 'the line is not valid text in the file encoding',
  'UNQUOTED VALUE': () => 'a value is not quoted properly',
  'LINE SIZE OVER MAXIMUM': () => 'the line is too long (over 2 MB)',
};

function columnCount(message: string): string {
  const m = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  return m ? `expected ${m[1]} columns, found ${m[2]}` : message.split('\n')[0]!;
}

async function tableExists(tx: Queryable, name: string): Promise<boolean> {
  const rows = await tx.all<{ n: number }>(
    'select count(*)::int as n from duckdb_tables() where table_name = $1',
    [name],
  );
  return rows[0]!.n > 0;
}

async function malformedLines(tx: Queryable): Promise<RejectedRow[]> {
  if (!(await tableExists(tx, T.rejected))) return [];
  const rows = await tx.all<{ line: bigint; error_type: string; error_message: string }>(
    `select line, any_value(error_type) as error_type, any_value(error_message) as error_message
     from ${T.rejected} group by line order by line`,
  );
  return rows.map((r) => ({
    line: Number(r.line),
    reason: (STRUCTURAL[r.error_type] ?? ((m: string) => m.split('\n')[0]!))(r.error_message),
  }));
}

/** Records whose fields hold line breaks, from a second read of the file (only needed for line numbers). */
async function multilineRecords(tx: Queryable, file: string, plan: ColumnPlan) {
  const read = readCsvSql(file, plan);
  const rows = await tx.all<{ record: bigint; breaks: bigint }>(
    `select record, breaks from (
       select row_number() over () - 1 as record, ${embeddedNewlinesSql(plan)} as breaks from ${read})
     where breaks > 0`,
  );
  return rows.map((r) => ({ record: Number(r.record), breaks: Number(r.breaks) }));
}

/** What the scan of the file found: rows read and rows repeating an earlier event id. */
export interface ScanResult {
  rows: number;
  /**
   * Rows whose event id an earlier row has, counted by the ids' 64-bit hashes (distinct numbers
   * count much faster than distinct strings): never fewer than the true repeats, so a file with
   * repeats always gets the exact search for them; two ids of one hash only cost that search.
   */
  repeats: number;
}

/**
 * Reads the whole file once, with DuckDB setting malformed lines aside: counts the rows and the
 * repeated event ids, and keeps every distinct combination of actor names, country and
 * first-level region for the lookups.
 */
export async function scanFile(tx: Queryable, file: string, plan: ColumnPlan): Promise<ScanResult> {
  const read = readCsvSql(file, plan, { rejects: { table: T.rejected, scan: T.scans } });
  const value = (field: 'actor1' | 'actor2' | 'actor3' | 'country' | 'admin1') =>
    plan.fields[field] ? `coalesce(nullif(${trimmed(field)}, ''), '')` : "''";
  await tx.run(`create or replace temp table ${T.scan} as
    select grouping(actor1, actor2, actor3, country, admin1) as level, actor1, actor2, actor3, country, admin1,
      count(*) as rows, count(source_id) - count(distinct hash(source_id)) as repeats
    from (select ${sourceIdSql(plan)} as source_id, ${value('actor1')} as actor1, ${value('actor2')} as actor2, ${value('actor3')} as actor3,
            ${value('country')} as country, ${value('admin1')} as admin1 from ${sourceSql(plan, read)} s)
    group by grouping sets ((actor1, actor2, actor3, country, admin1), ())`);
  await tx.run(`create or replace temp table ${T.places} as
    select actor1, actor2, actor3, country, admin1 from ${T.scan} where level = 0`);
  const [total] = await tx.all<{ rows: bigint; repeats: bigint }>(
    `select rows, repeats from ${T.scan} where level > 0`,
  );
  return { rows: Number(total?.rows ?? 0), repeats: Number(total?.repeats ?? 0) };
}

/**
 * The rows to reject, numbered from 0 in file order, with their reasons, and how many records
 * were empty fields only (no rows at all, neither imported nor reported): one more, ordered read,
 * made only when some rows were not written (or ids repeat).
 */
export async function faultyRows(
  tx: Queryable,
  plan: ColumnPlan,
  dedupe: boolean,
): Promise<{ invalid: { record: number; reason: string }[]; blank: number }> {
  const prepared = preparedSql(plan, { source: T.staging, numbered: true, dedupe, checkOnly: true });
  const rows = await tx.all<{ record: bigint; reason: string; blank: boolean }>(
    `select record, reason, blank from (${prepared}) where reason is not null order by record`,
  );
  return {
    invalid: rows.filter((r) => !r.blank).map((r) => ({ record: Number(r.record), reason: r.reason })),
    blank: rows.filter((r) => r.blank).length,
  };
}

/**
 * Every row of the file that will not be imported, with its line: lines DuckDB could not split
 * into the right number of columns, and rows the checks gave a reason. Also counts the data rows.
 * `rowPerRecord` numbers records as rows (a workbook's), not counting line breaks inside cells.
 */
export async function findRejects(
  tx: Queryable,
  file: string,
  plan: ColumnPlan,
  checked: { rows: number; invalid: { record: number; reason: string }[]; rowPerRecord?: boolean },
): Promise<{ rejects: RejectedRow[]; rowsRead: number }> {
  const malformed = await malformedLines(tx);
  const multiline =
    checked.rowPerRecord || !(malformed.length || checked.invalid.length)
      ? []
      : await multilineRecords(tx, file, plan);
  if (multiline.length && malformed.length) {
    const lines = malformedRowLines(
      malformed.map((m) => m.line),
      { headerLines: plan.headerLines, multiline },
    );
    malformed.forEach((m, i) => (m.line = lines[i]!));
  }
  let semantic: RejectedRow[] = [];
  if (checked.invalid.length) {
    const lines = recordLines(
      checked.invalid.map((r) => r.record),
      { headerLines: plan.headerLines, multiline, skippedLines: malformed.map((m) => m.line) },
    );
    semantic = checked.invalid.map((r) => ({ line: lines.get(r.record)!, reason: r.reason }));
  }
  return {
    rejects: [...malformed, ...semantic].sort((a, b) => a.line - b.line),
    rowsRead: checked.rows + malformed.length,
  };
}
