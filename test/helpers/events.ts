import type { Queryable } from '../../src/store/database.js';

/** The stored event a dataset gave this id (of the given origin when several datasets use it). */
export async function storedEvent(
  db: Queryable,
  id: string,
  origin?: string,
): Promise<Record<string, unknown> | undefined> {
  const rows = await db.all<Record<string, unknown>>(
    `select * from events where source_id = $1 and ($2::varchar is null or origin = $2) order by origin`,
    [id, origin ?? null],
  );
  return rows[0];
}
