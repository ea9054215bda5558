import type { Queryable } from '../database.js';
import { currentEventsSql, supersededDocuments } from '../events/event-filter.js';

/** The countries where an actor has events (on any side), most events first. */
export async function countriesOfActor(
  db: Queryable,
  actor: string,
): Promise<{ country: string; events: number }[]> {
  const current = currentEventsSql(await supersededDocuments(db));
  const rows = await db.all<{ country: string; n: bigint }>(
    `select country, count(distinct coalesce(incident_id, id)) as n from events
     where (perpetrator = $actor or actor2 = $actor or actor3 = $actor) and country is not null and ${current}
     group by country order by n desc, country`,
    { actor },
  );
  return rows.map((r) => ({ country: r.country, events: Number(r.n) }));
}
