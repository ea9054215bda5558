import type { Queryable } from '../database.js';
import { currentEventsSql, supersededDocuments } from '../events/event-filter.js';
import { COVERAGE_END, incidentsOfSidesSql, monthlyCellsSql } from './matched-incidents.js';

/**
 * Rebuilds the summary tables trends read: `actor_months`, every actor's incidents summed per
 * unit, country, first-level region and month (sorted by actor, so that a query for one actor
 * reads only its part), and `country_coverage`, the last day with an event in each country. Run
 * after every import and ingest (by the merge), so that a trend over millions of events sums a few
 * thousand rows. A country's coverage ends with its last dataset event (documents report incidents
 * here and there, not every incident), or its last event from documents when no dataset covers it.
 */
export async function refreshActorMonths(tx: Queryable): Promise<void> {
  const current = currentEventsSql(await supersededDocuments(tx));
  const side = (actor: string, unit: string, extra = '') =>
    `select ${actor} as actor, ${unit} as unit, incident_id, origin, date_start, country, admin1, fatalities
     from events where ${actor} is not null and date_start is not null and ${current} ${extra}`;
  const sides = `(${side('perpetrator', 'unit')}
    union all ${side('actor2', 'unit2', 'and actor2 is distinct from perpetrator')}
    union all ${side('actor3', 'unit3', 'and actor3 is distinct from perpetrator and actor3 is distinct from actor2')})`;
  await tx.run('delete from actor_months');
  await tx.run(
    `insert into actor_months
     select * from (${monthlyCellsSql(`(${incidentsOfSidesSql(sides)})`, ['actor', 'unit'])})
     order by actor, unit, country, month`,
  );
  await tx.run('delete from country_coverage');
  await tx.run(
    `insert into country_coverage select country, ${COVERAGE_END} from events
     where country is not null and date_start is not null and ${current} group by country`,
  );
}
