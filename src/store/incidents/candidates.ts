import type { Queryable } from '../database.js';

/** The greatest distance between two precisely located reports of one incident. */
export const MERGE_RADIUS_KM = 50;

/** One side of a candidate pair, as the actor check needs it. */
export interface PairSide {
  id: number;
  origin: string;
  sourceKey: string;
  incidentId: number | null;
  country: string;
  admin1: string | null;
  perpetrator: string | null;
  actor2: string | null;
  /** GTD's third group. */
  actor3: string | null;
  perpetratorRaw: string | null;
  actor2Raw: string | null;
}

/** Two events that may report one incident: same country, dates within a day, close by. */
export interface Candidate {
  a: number;
  b: number;
  dayGap: number;
  km: number | null;
  /** True when either side names a compound actor ("A and/or B"), which only the registry can compare. */
  compound: boolean;
}

const SOURCE_KEY = `case when e.origin = 'document' then 'document:' || coalesce(d.source, e.document_id::varchar) else e.origin end`;

/** A first-level region name reduced for comparison: "Al Anbār province" and "Anbar" give "anbar". */
const ADMIN1_KEY = `nullif(regexp_replace(regexp_replace(lower(strip_accents(e.admin1)),
  '\\b(province|governorate|state|region|division|department|district|muhafazat|wilayah|oblast)\\b', '', 'g'),
  '^\\s*(al|el|ad|as|ar|an|at|ash)[- ]|[^a-z]', '', 'g'), '')`;

const columns = `e.id, e.origin, ${SOURCE_KEY} as source_key, e.incident_id, e.country, e.admin1, e.date_start, e.date_end,
  case when e.date_precision = 'week' and e.date_start = e.date_end then 3 else 0 end as widen,
  e.lat, e.lon, (e.lat is not null and e.lon is not null and coalesce(e.location_precision, 'exact') in ('exact', 'near')) as precise,
  ${ADMIN1_KEY} as admin1_key, e.perpetrator, e.actor2, e.actor3, e.perpetrator_raw, e.actor2_raw,
  (e.id > $watermark or e.merge_pending) as pending,
  (coalesce(e.perpetrator_raw, '') ilike '%and/or%' or coalesce(e.actor2_raw, '') ilike '%and/or%') as compound`;

/** Actors agree when either side names none, when they share one, or (checked later) a side is a compound. */
const ACTORS_AGREE = `(pa.compound or pb.compound
  or (pa.perpetrator is null and pa.actor2 is null and pa.actor3 is null)
  or (pb.perpetrator is null and pb.actor2 is null and pb.actor3 is null)
  or pa.perpetrator in (pb.perpetrator, pb.actor2, pb.actor3) or pa.actor2 in (pb.perpetrator, pb.actor2, pb.actor3)
  or pa.actor3 in (pb.perpetrator, pb.actor2, pb.actor3))`;

const mergeable = `e.country is not null and e.date_start is not null and e.date_end - e.date_start <= 400`;

/** Events not yet merged: added after the watermark, or changed by a re-import. */
export const PENDING = '(e.id > $watermark or e.merge_pending)';

const KM = `2 * 6371 * asin(sqrt(power(sin(radians(pb.lat - pa.lat) / 2), 2)
  + cos(radians(pa.lat)) * cos(radians(pb.lat)) * power(sin(radians(pb.lon - pa.lon) / 2), 2)))`;

interface PairRow {
  a: bigint;
  b: bigint;
  day_gap: number;
  km: number | null;
  compound: boolean;
}

/** The sides of some events, for the registry's check of compound actors. */
export async function pairSides(tx: Queryable, ids: number[]): Promise<Map<number, PairSide>> {
  if (!ids.length) return new Map();
  const rows = await tx.all<Record<string, unknown>>(
    `select e.id, e.origin, ${SOURCE_KEY} as source_key, e.incident_id, e.country, e.admin1, e.perpetrator, e.actor2,
       e.actor3, e.perpetrator_raw, e.actor2_raw
     from events e left join documents d on d.id = e.document_id where e.id in (select unnest($1::bigint[]))`,
    [`[${ids.join(',')}]`],
  );
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        id: Number(r.id),
        origin: r.origin as string,
        sourceKey: r.source_key as string,
        incidentId: r.incident_id === null ? null : Number(r.incident_id),
        country: r.country as string,
        admin1: r.admin1 as string | null,
        perpetrator: r.perpetrator as string | null,
        actor2: r.actor2 as string | null,
        actor3: r.actor3 as string | null,
        perpetratorRaw: r.perpetrator_raw as string | null,
        actor2Raw: r.actor2_raw as string | null,
      },
    ]),
  );
}

/**
 * Candidate pairs between the pending events of one origin and every event of another source, in
 * the same country, on overlapping dates (a day either side, three more for ACLED's week-precise
 * dates), and within {@link MERGE_RADIUS_KM} km — or, when either is located only coarsely, in the
 * same first-level region. Blocking is by country and day in SQL, so millions of events of one
 * dataset alone cost one count.
 */
export async function candidatePairs(tx: Queryable, origin: string, watermark: number): Promise<Candidate[]> {
  const params = { watermark, origin };
  const partners = `e.origin <> $origin or $origin = 'document'`;
  const [any] = await tx.all<{ n: number }>(
    `select count(*)::int as n from (select 1 from events e where (${partners}) and ${mergeable}
       and e.country in (select distinct e.country from events e where ${PENDING} and e.origin = $origin) limit 1)`,
    params,
  );
  if (!any!.n) return [];
  const rows = await tx.all<PairRow>(
    `with p0 as (select ${columns} from events e left join documents d on d.id = e.document_id
                where ${PENDING} and e.origin = $origin and ${mergeable}),
     o as (select ${columns} from events e left join documents d on d.id = e.document_id
           where (${partners}) and ${mergeable} and e.country in (select distinct country from p0)
             and e.date_start <= (select max(date_end) + 5 from p0) and e.date_end >= (select min(date_start) - 5 from p0)),
     p as (select * from p0 where country in (select distinct country from o)
             and date_start <= (select max(date_end) + 5 from o) and date_end >= (select min(date_start) - 5 from o)),
     pd as (select id, country, unnest(generate_series(date_start - (1 + widen), date_end + (1 + widen), interval 1 day))::date as day from p),
     od as (select id, country, unnest(generate_series(date_start - widen, date_end + widen, interval 1 day))::date as day from o),
     pairs as (select distinct pd.id as a, od.id as b from pd join od using (country, day) where pd.id <> od.id)
     select pairs.a, pairs.b, (pa.compound or pb.compound) as compound,
       greatest(0, date_diff('day', least(pa.date_end, pb.date_end), greatest(pa.date_start, pb.date_start))) as day_gap,
       ${KM} as km
     from pairs join p pa on pa.id = pairs.a join o pb on pb.id = pairs.b
     where pa.source_key <> pb.source_key
       and (not pb.pending or pb.origin <> pa.origin or pa.id < pb.id)
       and ${ACTORS_AGREE}
       and (coalesce(${KM} <= ${MERGE_RADIUS_KM}, false)
            or (not (pa.precise and pb.precise) and pa.admin1_key = pb.admin1_key))`,
    params,
  );
  return rows.map((row) => ({
    a: Number(row.a),
    b: Number(row.b),
    dayGap: Number(row.day_gap),
    km: row.km === null ? null : Number(row.km),
    compound: row.compound,
  }));
}
