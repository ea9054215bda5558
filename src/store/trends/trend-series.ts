import { defaultActorRegistry } from '../../extract/actors/registry.js';
import type { Queryable } from '../database.js';
import type { DuckDBValue } from '@duckdb/node-api';
import { dateInterval, isoDay } from '../dates.js';
import { eventConditions, supersededDocuments, type ActorFilter } from '../events/event-filter.js';
import { actorCellsSql, COVERAGE_END } from './matched-incidents.js';

/** The length of the periods a trajectory is reported in. */
export type PeriodLength = 'month' | 'quarter' | 'year';

/** One period of a trajectory. Incidents reported by several sources count once. */
export interface PeriodCounts {
  /** `2018-03`, `2018-Q1` or `2018`. */
  period: string;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  events: number;
  /** Deaths summed over events; events without a figure add nothing. */
  fatalities: number;
  /** Deaths per event, over the events that give a figure; null when none does. */
  fatalitiesPerEvent: number | null;
  /** Events with ten or more deaths. */
  massCasualty: number;
  /** Distinct first-level regions with at least one event. */
  admin1Active: number;
  /** Events outside the group's home countries (registry `home`); 0 when it has none. */
  outsideHome: number;
}

/** A month of the series, with the sums the resurgence index needs. */
export interface MonthCounts extends PeriodCounts {
  /** Events that give a death figure. */
  withFigure: number;
  /** Sum of ln(1 + deaths) and of its square over those events. */
  logFatalities: number;
  logFatalitiesSquared: number;
}

/** Options for {@link trendSeries}. */
export interface TrendSeriesOptions extends ActorFilter {
  by?: PeriodLength;
  /** Home countries (ISO codes); the registry's `home` of the actor when absent. */
  home?: string[];
  /** Count from `events` even when the summary table could answer (tests compare the two). */
  direct?: boolean;
}

/** An actor's trajectory as counts: per period, per month (no gaps), and the span covered. */
export interface TrendSeries {
  filter: TrendSeriesOptions;
  by: PeriodLength;
  home: string[];
  periods: PeriodCounts[];
  /** Every month from the first counted month to `end`, months without events as zeros. */
  months: MonthCounts[];
  /**
   * Last month of the data: `until`, else the last month every country of the series has data for
   * (its latest dataset event of any actor, or latest event from documents where no dataset covers
   * it), so that a country whose data stops early does not read as a fall.
   */
  end: string | null;
}

const num = (v: unknown) => Number(v ?? 0);

interface Row {
  level: number;
  country: string | null;
  p: Date;
  events: bigint;
  fatalities: bigint | null;
  with_figure: bigint;
  mass: bigint;
  admin1: bigint;
  outside: bigint;
  log_f: number | null;
  log_f2: number | null;
  label: string;
}

const counts = (r: Row): PeriodCounts => ({
  period: r.label,
  start: isoDay(r.p)!,
  events: num(r.events),
  fatalities: num(r.fatalities),
  fatalitiesPerEvent: num(r.with_figure) ? num(r.fatalities) / num(r.with_figure) : null,
  massCasualty: num(r.mass),
  admin1Active: num(r.admin1),
  outsideHome: num(r.outside),
});

const emptyMonth = (month: string): MonthCounts => ({
  period: month,
  start: `${month}-01`,
  events: 0,
  fatalities: 0,
  fatalitiesPerEvent: null,
  massCasualty: 0,
  admin1Active: 0,
  outsideHome: 0,
  withFigure: 0,
  logFatalities: 0,
  logFatalitiesSquared: 0,
});

/** The label of the period starting on `day`: `2018-03`, `2018-Q1` or `2018`. */
export function periodLabel(day: string, by: PeriodLength): string {
  if (by === 'year') return day.slice(0, 4);
  if (by === 'quarter') return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  return day.slice(0, 7);
}

/** Every month from `first` to `last` (YYYY-MM), inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The last month every one of `countries` has data for (its latest event of any actor). */
async function coverageEnd(
  db: Queryable,
  filter: ActorFilter,
  countries: string[],
  superseded: number[],
  summarised: boolean,
): Promise<string | null> {
  if (filter.until) return filter.until.slice(0, 7);
  if (!countries.length) return null;
  const list = countries.map((c) => `'${c.replaceAll("'", "''")}'`).join(', ');
  const scope = eventConditions({ origins: filter.origins }, { superseded });
  const [row] = await db.all<{ last: unknown }>(
    summarised
      ? `select min(last_day) as last from country_coverage where country in (${list})`
      : `select min(last) as last from (select ${COVERAGE_END} as last from events
         where ${scope.where} and country in (${list}) group by country)`,
    summarised ? [] : scope.params,
  );
  return isoDay(row?.last)?.slice(0, 7) ?? null;
}

const monthStart = (day: string) => day.endsWith('-01');
const monthEnd = (day: string) => day === dateInterval(day.slice(0, 7)).end;

/** Whether the summary table answers the selection: all origins, whole months. */
export const summaryAnswers = (filter: ActorFilter): boolean =>
  !filter.origins?.length &&
  (!filter.since || monthStart(filter.since)) &&
  (!filter.until || monthEnd(filter.until));

/** Whether the summary tables are up to date: no event added or changed since the last merge. */
async function summaryIsCurrent(db: Queryable): Promise<boolean> {
  const [row] = await db.all<{ current: boolean }>(
    `select (select coalesce(max(id), 0) from events) <= (select max(watermark) from merge_state)
       and not exists (select 1 from events where merge_pending) as current`,
  );
  return row!.current;
}

/** SQL for the selection's monthly cells from `actor_months`. */
function summaryCellsSql(filter: ActorFilter): { sql: string; params: Record<string, DuckDBValue> } {
  const where = ['actor = $actor'];
  const params: Record<string, DuckDBValue> = { actor: filter.actor };
  const add = (key: 'unit' | 'country' | 'since' | 'until', condition: string) => {
    if (!filter[key]) return;
    params[key] = filter[key]!;
    where.push(condition);
  };
  add('unit', 'unit = $unit');
  add('country', 'country = $country');
  add('since', 'month >= $since::date');
  add('until', 'month <= $until::date');
  return { sql: `select * from actor_months where ${where.join(' and ')}`, params };
}

/**
 * An actor's trajectory from the stored events: per period (`by`) and per month, the events,
 * deaths, deaths per event, mass-casualty events (10+ killed), first-level regions active, and
 * events outside the group's home countries. The actor may be on either side of an event (UCDP's
 * side A or B, ACLED's actor 1 or 2); incidents merged from several sources count once.
 *
 * @example
 *   const series = await trendSeries(db, { actor: 'Islamic State', country: 'SY', by: 'year' });
 *   series.periods.map((p) => [p.period, p.events]); // [['2016', 2411], ['2017', 2580], ...]
 */
export async function trendSeries(db: Queryable, options: TrendSeriesOptions): Promise<TrendSeries> {
  const by = options.by ?? 'month';
  const home = options.home ?? defaultActorRegistry().byName(options.actor)?.home ?? [];
  const summarised = !options.direct && summaryAnswers(options) && (await summaryIsCurrent(db));
  const superseded = summarised ? [] : await supersededDocuments(db);
  const { sql, params } = summarised ? summaryCellsSql(options) : actorCellsSql(options, superseded);
  const rows = await db.all<Row>(
    `with cells as (${sql}),
     c as (select *, date_trunc('${by}', month) as period,
       coalesce(len($home::varchar[]) > 0 and not list_contains($home::varchar[], country), false) as outside
       from cells)
     select grouping(month, period) as level, coalesce(month, period) as p, country,
       sum(events) as events, sum(fatalities) as fatalities, sum(with_figure) as with_figure, sum(mass) as mass,
       count(distinct admin1) as admin1, coalesce(sum(events) filter (where outside), 0) as outside,
       sum(log_f) as log_f, sum(log_f2) as log_f2
     from c group by grouping sets ((month), (period), (country)) order by level, p`,
    { ...params, home: `[${home.map((h) => JSON.stringify(h)).join(',')}]` },
  );
  // level: 1 for the month rows, 2 for the period rows, 3 for the country rows.
  const countries = rows.filter((r) => Number(r.level) === 3 && r.country).map((r) => r.country!);
  const labelled = rows
    .filter((r) => Number(r.level) < 3)
    .map((r) => ({ ...r, label: periodLabel(isoDay(r.p)!, Number(r.level) === 1 ? 'month' : by) }));
  const monthRows = labelled.filter((r) => Number(r.level) === 1);
  const periods = labelled.filter((r) => Number(r.level) === 2).map(counts);
  const end = await coverageEnd(db, options, countries, superseded, summarised);
  const first = options.since?.slice(0, 7) ?? monthRows[0]?.label;
  const byMonth = new Map(
    monthRows.map((r) => [
      r.label,
      {
        ...counts(r),
        withFigure: num(r.with_figure),
        logFatalities: num(r.log_f),
        logFatalitiesSquared: num(r.log_f2),
      },
    ]),
  );
  const last = end ?? monthRows.at(-1)?.label;
  const months =
    first && last && first <= last ? monthRange(first, last).map((m) => byMonth.get(m) ?? emptyMonth(m)) : [];
  return { filter: options, by, home, periods, months, end: last ?? null };
}
