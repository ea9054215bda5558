import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import type { Queryable } from '../database.js';
import { recordLines } from './lines.js';
import { IMPORT_TABLES as T, preparedSql, sourceSql } from './prepare-sql.js';
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

/** What the checking scan found: rows read, rows repeating an earlier event id, and rows to reject. */
export interface CheckResult {
  rows: number;
  repeats: number;
  invalid: { record: number; reason: string }[];
}

/**
 * Reads the file once through the prepared query, numbering rows in file order, with DuckDB
 * setting malformed lines aside: counts the rows, the repeated event ids, and the rows that have
 * a reason to be rejected.
 */
export async function checkRows(
  tx: Queryable,
  file: string,
  plan: ColumnPlan,
  dedupe: boolean,
): Promise<CheckResult> {
  const read = readCsvSql(file, plan, { rejects: { table: T.rejected, scan: T.scans } });
  const prepared = preparedSql(plan, {
    source: sourceSql(plan, read),
    numbered: true,
    dedupe,
    checkOnly: true,
  });
  const [row] = await tx.all<{
    rows: bigint;
    repeats: bigint;
    invalid: { record: bigint; reason: string }[] | null;
  }>(
    `select count(*) as rows, count(source_id) - count(distinct source_id) as repeats,
       list(struct_pack(record, reason) order by record) filter (where reason is not null) as invalid
     from (${prepared})`,
  );
  return {
    rows: Number(row!.rows),
    repeats: Number(row!.repeats),
    invalid: (row!.invalid ?? []).map((r) => ({ record: Number(r.record), reason: r.reason })),
  };
}

/**
 * Every row of the file that will not be imported, with its line: lines DuckDB could not split
 * into the right number of columns, and rows the checks gave a reason. Also counts the data rows.
 */
export async function findRejects(
  tx: Queryable,
  file: string,
  plan: ColumnPlan,
  checked: CheckResult,
): Promise<{ rejects: RejectedRow[]; rowsRead: number }> {
  const malformed = await malformedLines(tx);
  let semantic: RejectedRow[] = [];
  if (checked.invalid.length) {
    const lines = recordLines(
      checked.invalid.map((r) => r.record),
      {
        headerLines: plan.headerLines,
        multiline: await multilineRecords(tx, file, plan),
        skippedLines: malformed.map((m) => m.line),
      },
    );
    semantic = checked.invalid.map((r) => ({ line: lines.get(r.record)!, reason: r.reason }));
  }
  return {
    rejects: [...malformed, ...semantic].sort((a, b) => a.line - b.line),
    rowsRead: checked.rows + malformed.length,
  };
}
