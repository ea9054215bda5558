import type { DuckDBValue } from '@duckdb/node-api';
import { eventConditions, ORIGIN_RANK, type ActorFilter } from '../events/event-filter.js';

/** The last day a country's data covers: its last dataset event, else its last event from documents. */
export const COVERAGE_END = `coalesce(max(date_start) filter (where origin <> 'document'), max(date_start))`;

const best = (column: string) => `arg_min(${column}, ${ORIGIN_RANK}) filter (where ${column} is not null)`;

/**
 * SQL turning `sides` (rows of `actor`, `unit` and the event's fields, one per actor of an event)
 * into incidents, one row per actor and incident: an incident reported by several sources counts
 * once, dated by its earliest report, with the unit, country, region and deaths of its
 * highest-ranked source ({@link ORIGIN_RANK}) that gives them. Events in no merged incident (most
 * of them) pass straight through; only merged ones are grouped.
 */
export const incidentsOfSidesSql = (sides: string) => `
  select actor, unit, date_start as day, country, admin1, fatalities from ${sides} where incident_id is null
  union all
  select actor, ${best('unit')}, min(date_start), ${best('country')}, ${best('admin1')}, ${best('fatalities')}
  from ${sides} where incident_id is not null group by actor, incident_id`;

/** SQL summing incidents (a relation with day, country, admin1, fatalities) per country, region and month. */
export const monthlyCellsSql = (incidents: string, keys: string[] = []) => `
  select ${[...keys, 'country', 'admin1'].join(', ')}, date_trunc('month', day)::date as month,
    count(*) as events, sum(fatalities) as fatalities, count(fatalities) as with_figure,
    count(*) filter (where fatalities >= 10) as mass,
    sum(ln(1 + fatalities)) as log_f, sum(power(ln(1 + fatalities), 2)) as log_f2
  from ${incidents} group by all`;

/**
 * SQL for the monthly cells of one actor's incidents, straight from `events`: the path for
 * selections the summary table cannot answer (by origin, or from a day within a month).
 */
export function actorCellsSql(
  filter: ActorFilter,
  superseded: number[],
): { sql: string; params: Record<string, DuckDBValue> } {
  const { where, params } = eventConditions({ ...filter, unit: null }, { superseded });
  const sides = `(select $actor as actor,
      case when perpetrator = $actor then unit when actor2 = $actor then unit2 else unit3 end as unit,
      incident_id, origin, date_start, country, admin1, fatalities from events where ${where})`;
  const unit = filter.unit ? 'where unit = $unit' : '';
  if (filter.unit) params.unit = filter.unit;
  return { sql: monthlyCellsSql(`(select * from (${incidentsOfSidesSql(sides)}) ${unit})`), params };
}
