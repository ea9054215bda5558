import { defaultActorRegistry } from '../../extract/actors/registry.js';
import type { Queryable } from '../database.js';
import { isoDay } from '../dates.js';
import { eventConditions, matchedIncidentsSql, type ActorFilter } from './matched-incidents.js';

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
   * (its latest event of any actor), so that a country whose data stops early does not read as a fall.
   */
  end: string | null;
}

const num = (v: unknown) => Number(v ?? 0);

interface Row {
  level: number;
  p: Date;
  events: bigint;
  fatalities: number | null;
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

async function coverageEnd(db: Queryable, filter: ActorFilter): Promise<string | null> {
  if (filter.until) return filter.until.slice(0, 7);
  const matched = eventConditions({ ...filter, since: null });
  const scope = eventConditions({ ...filter, since: null }, { withActor: false });
  const [row] = await db.all<{ last: unknown }>(
    `with countries as (select distinct country from events where ${matched.where} and country is not null)
     select min(last) as last from (
       select country, max(date_start) as last from events
       where ${scope.where} and country in (select country from countries) group by country)`,
    { ...scope.params, ...matched.params },
  );
  return isoDay(row?.last)?.slice(0, 7) ?? null;
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
  const { sql, params } = matchedIncidentsSql(options);
  const rows = await db.all<Row>(
    `with incidents as (${sql}),
     periods as (select *, date_trunc('month', day) as month, date_trunc('${by}', day) as period,
       coalesce(len($home::varchar[]) > 0 and not list_contains($home::varchar[], country), false) as outside from incidents)
     select grouping(month) as level, coalesce(month, period) as p, count(*) as events, sum(fatalities) as fatalities,
       count(fatalities) as with_figure, count(*) filter (where fatalities >= 10) as mass,
       count(distinct admin1) as admin1, count(*) filter (where outside) as outside,
       sum(ln(1 + fatalities)) as log_f, sum(power(ln(1 + fatalities), 2)) as log_f2
     from periods group by grouping sets ((month), (period)) order by level, p`,
    { ...params, home: `[${home.map((h) => JSON.stringify(h)).join(',')}]` },
  );
  const labelled = rows.map((r) => ({
    ...r,
    label: periodLabel(isoDay(r.p)!, Number(r.level) === 0 ? 'month' : by),
  }));
  const monthRows = labelled.filter((r) => Number(r.level) === 0);
  const periods = labelled.filter((r) => Number(r.level) !== 0).map(counts);
  const end = await coverageEnd(db, options);
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
