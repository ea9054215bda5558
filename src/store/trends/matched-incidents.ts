import type { DuckDBValue } from '@duckdb/node-api';

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

/** Events of the latest version of their document (older versions stay stored but do not count). */
export const CURRENT_EVENTS = `(document_id is null or document_id in (select max(id) from documents group by source))`;

/** The filter's conditions on `events` (the actor on either side) and their parameters. */
export function eventConditions(filter: EventFilter, options: { withActor?: boolean } = {}) {
  const params: Record<string, DuckDBValue> = {};
  const where = ['date_start is not null', CURRENT_EVENTS];
  if (filter.actor && options.withActor !== false) {
    params.actor = filter.actor;
    if (filter.unit) {
      params.unit = filter.unit;
      where.push('((perpetrator = $actor and unit = $unit) or (actor2 = $actor and unit2 = $unit))');
    } else where.push('(perpetrator = $actor or actor2 = $actor)');
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

/**
 * SQL for the filter's incidents, one row each: an incident reported by several sources counts
 * once, dated by its earliest report, with the country, region, unit and deaths of its
 * highest-ranked source ({@link ORIGIN_RANK}) that gives them.
 */
export function matchedIncidentsSql(filter: ActorFilter): {
  sql: string;
  params: Record<string, DuckDBValue>;
} {
  const { where, params } = eventConditions(filter);
  const rank = ORIGIN_RANK;
  const sql = `select coalesce(incident_id, id) as incident, min(date_start) as day,
      arg_min(country, ${rank}) filter (where country is not null) as country,
      arg_min(admin1, ${rank}) filter (where admin1 is not null) as admin1,
      arg_min(case when perpetrator = $actor then unit else unit2 end, ${rank})
        filter (where (case when perpetrator = $actor then unit else unit2 end) is not null) as unit,
      arg_min(fatalities, ${rank}) filter (where fatalities is not null) as fatalities,
      count(*) as sources
    from events where ${where} group by 1`;
  return { sql, params };
}
