import type { Params, Queryable } from './database.js';
import { isoDay } from './dates.js';

/** Which events an indicator counts: one actor (canonical name), optionally one of its units. */
export interface EventFilter {
  actor?: string | null;
  unit?: string | null;
  /** Origins to count (`ucdp`, `document`, ...); all when absent. */
  origins?: string[];
}

/** Events of one year, country, unit, origin and type, as indicators need them. */
export interface ActivityCell {
  year: number;
  country: string | null;
  unit: string | null;
  origin: string;
  type: string;
  events: number;
  fatalities: number;
  /** Events with ten or more deaths. */
  massCasualty: number;
  /** Events against prisons: prison breaks, or a target naming a prison. */
  prisonAttacks: number;
  /** Last day with an event in this cell. */
  lastDay: string | null;
}

/** The unit of the filter's actor in an event: side B's unit when the actor is only on side B. */
const actorUnit = (filter: EventFilter, alias = '') =>
  filter.actor
    ? `(case when ${alias}perpetrator = $actor then ${alias}unit when ${alias}actor2 = $actor then ${alias}unit2 when ${alias}actor3 = $actor then ${alias}unit3 else ${alias}unit end)`
    : `${alias}unit`;

function where(filter: EventFilter, alias = ''): { sql: string; params: Params } {
  const clauses = [`${alias}date_start is not null`];
  const params: Record<string, string> = {};
  if (filter.actor) {
    // Dataset events name two sides (UCDP side B, ACLED actor 2): the actor may be either.
    clauses.push(
      `(${alias}perpetrator = $actor or ${alias}actor2 = $actor or ${alias}actor3 = $actor or ${alias}perpetrator ilike '%' || $actor || '%')`,
    );
    params.actor = filter.actor;
  }
  if (filter.unit) {
    clauses.push(`${actorUnit(filter, alias)} ilike '%' || $unit || '%'`);
    params.unit = filter.unit;
  }
  if (filter.origins?.length) {
    clauses.push(`${alias}origin in (${filter.origins.map((_, i) => `$origin${i}`).join(', ')})`);
    filter.origins.forEach((o, i) => (params[`origin${i}`] = o));
  }
  return { sql: clauses.join(' and '), params };
}

/**
 * Counts of an actor's events by year, country, unit, origin and type, with deaths, mass-casualty
 * events and attacks on prisons: the raw material of every event-data indicator.
 */
export async function activityCells(db: Queryable, filter: EventFilter = {}): Promise<ActivityCell[]> {
  const w = where(filter);
  const rows = await db.all<ActivityCell & { lastDay: unknown }>(
    `select year(date_start)::int as year, country, ${actorUnit(filter)} as unit, origin, type, count(*)::int as events,
       coalesce(sum(coalesce(fatalities, fatalities_low, 0)), 0)::int as fatalities,
       count_if(coalesce(fatalities, fatalities_low, 0) >= 10)::int as "massCasualty",
       count_if(type = 'prison_break' or coalesce(target, '') ilike '%prison%')::int as "prisonAttacks",
       max(coalesce(date_end, date_start)) as "lastDay"
     from events where ${w.sql}
     group by all order by year, country, unit, origin, type`,
    w.params,
  );
  return rows.map((r) => ({ ...r, lastDay: isoDay(r.lastDay) }));
}

/** An event as the comparison of sources needs it. */
export interface ComparableEvent {
  id: number;
  origin: string;
  documentId: number | null;
  sourceId: string;
  type: string;
  date: string | null;
  datePrecision: string | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  perpetrator: string | null;
  fatalities: number | null;
  fatalitiesLow: number | null;
  fatalitiesHigh: number | null;
  evidence: { start: number; end: number }[];
}

/**
 * Pairs of events that may describe the same incident, at least one read from a document: same
 * country, dates at most `days` apart, and not both from one document.
 */
export async function candidateEventPairs(
  db: Queryable,
  filter: EventFilter = {},
  days = 7,
): Promise<[ComparableEvent, ComparableEvent][]> {
  const wa = where({ ...filter, origins: undefined }, 'a.');
  const wb = where({ ...filter, origins: undefined }, 'b.');
  const names = [
    'id',
    'origin',
    'document_id',
    'source_id',
    'type',
    'date',
    'date_precision',
    'country',
    'admin1',
  ].concat(['place', 'perpetrator', 'fatalities', 'fatalities_low', 'fatalities_high']);
  const columns = (t: string, suffix: string) =>
    [...names.map((n) => `${t}.${n} as ${n}${suffix}`), `${t}.evidence::varchar as evidence${suffix}`].join(
      ', ',
    );
  const rows = await db.all<Record<string, unknown>>(
    `select ${columns('a', '')}, ${columns('b', '_b')}
     from events a join events b on a.id <> b.id and a.country = b.country
       and abs(date_diff('day', a.date_start, b.date_start)) <= ${Number(days)}
       and not (b.origin = 'document' and (b.document_id = a.document_id or b.id < a.id))
     where a.origin = 'document' and ${wa.sql} and ${wb.sql} order by a.id, b.id`,
    wa.params,
  );
  const read = (r: Record<string, unknown>, s: string): ComparableEvent => ({
    id: Number(r[`id${s}`]),
    origin: String(r[`origin${s}`]),
    documentId: r[`document_id${s}`] === null ? null : Number(r[`document_id${s}`]),
    sourceId: String(r[`source_id${s}`]),
    type: String(r[`type${s}`]),
    date: (r[`date${s}`] as string | null) ?? null,
    datePrecision: (r[`date_precision${s}`] as string | null) ?? null,
    country: (r[`country${s}`] as string | null) ?? null,
    admin1: (r[`admin1${s}`] as string | null) ?? null,
    place: (r[`place${s}`] as string | null) ?? null,
    perpetrator: (r[`perpetrator${s}`] as string | null) ?? null,
    fatalities: (r[`fatalities${s}`] as number | null) ?? null,
    fatalitiesLow: (r[`fatalities_low${s}`] as number | null) ?? null,
    fatalitiesHigh: (r[`fatalities_high${s}`] as number | null) ?? null,
    evidence: r[`evidence${s}`] ? JSON.parse(String(r[`evidence${s}`])) : [],
  });
  return rows.map((r) => [read(r, ''), read(r, '_b')]);
}

/** What each origin of event data holds for the filter: how many events, over which days. */
export async function eventCoverage(
  db: Queryable,
  filter: EventFilter = {},
): Promise<{ origin: string; events: number; first: string | null; last: string | null }[]> {
  const w = where(filter);
  const rows = await db.all<{ origin: string; events: number; first: unknown; last: unknown }>(
    `select origin, count(*)::int as events, min(date_start) as first, max(coalesce(date_end, date_start)) as last
     from events where ${w.sql} group by origin order by origin`,
    w.params,
  );
  return rows.map((r) => ({
    origin: r.origin,
    events: r.events,
    first: isoDay(r.first),
    last: isoDay(r.last),
  }));
}
