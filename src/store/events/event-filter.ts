import type { DuckDBValue } from '@duckdb/node-api';
import type { Queryable } from '../database.js';

/** Which events to select: by actor (on either side), unit, country, dates and origin. */
export interface EventFilter {
  /** Canonical actor name from the registry (`Islamic State`); any actor when absent. */
  actor?: string | null;
  /** One of its units (`West Africa Province`); all when absent. */
  unit?: string | null;
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null;
  /** First and last day counted, YYYY-MM-DD. */
  since?: string | null;
  until?: string | null;
  /** Origins counted (`ucdp`, `acled`, `gtd`, `document`); all when absent. */
  origins?: string[] | null;
}

/** Which events count towards an actor's trajectory. */
export interface ActorFilter extends EventFilter {
  actor: string;
}

/** Rank of each origin when an incident's sources disagree: a dataset's coding wins over a document's reading. */
export const ORIGIN_RANK = `case origin when 'ucdp' then 1 when 'acled' then 2 when 'gtd' then 3 else 4 end`;

/**
 * Documents that a newer version of the same source replaced: their events stay stored but no
 * longer count. Usually none, so that queries over millions of events need no extra condition.
 */
export async function supersededDocuments(db: Queryable): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    `select id from documents d where version < (select max(version) from documents x where x.source = d.source)`,
  );
  return rows.map((r) => r.id);
}

/** SQL keeping only events of current documents (and every dataset event). */
export const currentEventsSql = (superseded: number[], alias = ''): string =>
  superseded.length
    ? `(${alias}document_id is null or ${alias}document_id not in (${superseded.join(', ')}))`
    : 'true';

/** The filter's conditions on `events` (the actor on any side: perpetrator, actor2, GTD's third group) and their parameters. */
export function eventConditions(
  filter: EventFilter,
  options: { withActor?: boolean; superseded?: number[] } = {},
): { where: string; params: Record<string, DuckDBValue> } {
  const params: Record<string, DuckDBValue> = {};
  const where = ['date_start is not null', currentEventsSql(options.superseded ?? [])];
  if (filter.actor && options.withActor !== false) {
    params.actor = filter.actor;
    if (filter.unit) {
      params.unit = filter.unit;
      where.push(
        '((perpetrator = $actor and unit = $unit) or (actor2 = $actor and unit2 = $unit) or (actor3 = $actor and unit3 = $unit))',
      );
    } else where.push('(perpetrator = $actor or actor2 = $actor or actor3 = $actor)');
  }
  if (filter.country) {
    params.country = filter.country;
    where.push('country = $country');
  }
  if (filter.since) {
    params.since = filter.since;
    where.push('date_start >= $since::date');
  }
  if (filter.until) {
    params.until = filter.until;
    where.push('date_start <= $until::date');
  }
  if (filter.origins?.length) {
    filter.origins.forEach((o, i) => (params[`origin${i}`] = o));
    where.push(`origin in (${filter.origins.map((_, i) => `$origin${i}`).join(', ')})`);
  }
  return { where: where.join(' and '), params };
}
