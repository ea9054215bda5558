import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import type { Queryable } from '../database.js';
import { recordLines } from './lines.js';
import { IMPORT_TABLES as T } from './prepare-sql.js';
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
  const read = readCsvSql(file, plan, {
    rejects: { table: `${T.rejected}_again`, scan: `${T.scans}_again` },
  });
  const rows = await tx.all<{ record: bigint; breaks: bigint }>(
    `select record, breaks from (
       select row_number() over () - 1 as record, ${embeddedNewlinesSql(plan)} as breaks from ${read})
     where breaks > 0`,
  );
  await tx.run(`drop table if exists ${T.rejected}_again`);
  await tx.run(`drop table if exists ${T.scans}_again`);
  return rows.map((r) => ({ record: Number(r.record), breaks: Number(r.breaks) }));
}

/**
 * Every row of the staged file that will not be imported, with its line: lines DuckDB could not
 * split into the right number of columns, and rows the prepared view gives a reason for. Also
 * counts the data rows read.
 */
export async function findRejects(
  tx: Queryable,
  file: string,
  plan: ColumnPlan,
): Promise<{ rejects: RejectedRow[]; rowsRead: number }> {
  const malformed = await malformedLines(tx);
  const [staged] = await tx.all<{ n: bigint }>(`select count(*) as n from ${T.staging}`);
  const invalid = await tx.all<{ record: bigint; reason: string }>(
    `select record, reason from ${T.prepared} where reason is not null order by record`,
  );
  let semantic: RejectedRow[] = [];
  if (invalid.length) {
    const lines = recordLines(
      invalid.map((r) => Number(r.record)),
      {
        headerLines: plan.headerLines,
        multiline: await multilineRecords(tx, file, plan),
        skippedLines: malformed.map((m) => m.line),
      },
    );
    semantic = invalid.map((r) => ({ line: lines.get(Number(r.record))!, reason: r.reason }));
  }
  return {
    rejects: [...malformed, ...semantic].sort((a, b) => a.line - b.line),
    rowsRead: Number(staged!.n) + malformed.length,
  };
}
