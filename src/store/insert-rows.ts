import type { DuckDBValue } from '@duckdb/node-api';
import type { Queryable } from './database.js';

/** A column of a bulk insert: its name and an optional SQL cast or expression around the bound value. */
export interface InsertColumn {
  name: string;
  /** How the parameter is written, `?` standing for it: `?::date`, `from_json(?, '["VARCHAR"]')`. */
  sql?: string;
}

/** Parameters per statement: DuckDB binds thousands, but very long statements parse slowly. */
const MAX_PARAMS = 4000;

/**
 * Inserts many rows with multi-row `VALUES` statements, a few thousand parameters each, returning
 * the `returning` column of every row in order when asked.
 */
export async function insertRows<R = never>(
  db: Queryable,
  table: string,
  columns: InsertColumn[],
  rows: DuckDBValue[][],
  returning?: string,
): Promise<R[]> {
  const out: R[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    let n = 0;
    const tuples = chunk.map(
      () => `(${columns.map((c) => (c.sql ?? '?').replace('?', `$${++n}`)).join(', ')})`,
    );
    const sql = `insert into ${table} (${columns.map((c) => c.name).join(', ')}) values ${tuples.join(', ')}${
      returning ? ` returning ${returning}` : ''
    }`;
    const params = chunk.flat();
    if (returning) out.push(...(await db.all<R>(sql, params)));
    else await db.run(sql, params);
  }
  return out;
}
