import type { Params, Queryable } from '../database.js';
import { IMPORTED_COLUMNS, IMPORT_TABLES as T } from './prepare-sql.js';

/** How many events an import added, changed, and found already as they were. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Runs an insert or update and returns how many rows it touched. */
async function changes(tx: Queryable, sql: string, params: Params): Promise<number> {
  const rows = await tx.all<{ Count?: bigint | number }>(sql, params);
  return Number(rows[0]?.Count ?? 0);
}

/** A hash of every imported field of an event, to tell whether a re-import changed it. */
const contentHash = (alias: string) => `hash(${IMPORTED_COLUMNS.map((c) => `${alias}.${c}`).join(', ')})`;

/**
 * Runs one statement with DuckDB's filter pushdown off. Pushdown would move `reason is null` down
 * to the file scan by inlining every expression the reason depends on (each field's cleaning, the
 * date parse, the numbers), so that the projections above computed them all a second time. Only
 * for statements whose joins are all written `join ... on`: pushdown is also what turns a join
 * written in `where` (`update ... from`, a correlated `not exists`) into a hash join.
 */
async function withoutPushdown<T>(tx: Queryable, work: () => Promise<T>): Promise<T> {
  await tx.run(`set disabled_optimizers = 'filter_pushdown'`);
  try {
    return await work();
  } finally {
    await tx.run('reset disabled_optimizers');
  }
}

/**
 * Writes the prepared rows of an import into `events`. An event already stored under the same
 * dataset and id is updated only when something changed (compared by a hash of its fields), and
 * then leaves its incident so that merging looks at it again; new events are appended.
 */
export async function writeEvents(tx: Queryable, origin: string, importId: number): Promise<WriteCounts> {
  const [known] = await tx.all<{ n: number }>(
    'select count(*)::int as n from (select 1 from events where origin = $1 limit 1)',
    [origin],
  );
  let updated = 0;
  let unchanged = 0;
  if (known!.n) {
    const [same] = await tx.all<{ n: number }>(
      `select count(*)::int as n from ${T.prepared} p join events e on e.origin = $1 and e.source_id = p.source_id
       where p.reason is null and ${contentHash('e')} = ${contentHash('p')}`,
      [origin],
    );
    unchanged = same!.n;
    updated = await changes(
      tx,
      `update events set ${IMPORTED_COLUMNS.map((c) => `${c} = p.${c}`).join(', ')},
         import_id = $2, incident_id = null, merge_pending = true
       from ${T.prepared} p
       where p.reason is null and events.origin = $1 and events.source_id = p.source_id
         and ${contentHash('events')} is distinct from ${contentHash('p')}`,
      [origin, importId],
    );
  }
  const fresh = known!.n
    ? 'and not exists (select 1 from events e where e.origin = $1 and e.source_id = p.source_id)'
    : '';
  const insert = () =>
    changes(
      tx,
      `insert into events (origin, import_id, ${IMPORTED_COLUMNS.join(', ')})
       select $1, $2, ${IMPORTED_COLUMNS.map((c) => `p.${c}`).join(', ')}
       from ${T.prepared} p where p.reason is null ${fresh}`,
      [origin, importId],
    );
  // A first import of the dataset (millions of rows, nothing to compare with) is the one to speed up.
  const inserted = known!.n ? await insert() : await withoutPushdown(tx, insert);
  return { inserted, updated, unchanged };
}
