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
  perpetratorRaw: string | null;
  actor2Raw: string | null;
}

/** Two events that may report one incident: same country, dates within a day, close by. */
export interface Candidate {
  a: PairSide;
  b: PairSide;
  dayGap: number;
  km: number | null;
}

const SOURCE_KEY = `case when e.origin = 'document' then 'document:' || coalesce(d.source, e.document_id::varchar) else e.origin end`;

/** A first-level region name reduced for comparison: "Al Anbār province" and "Anbar" give "anbar". */
const ADMIN1_KEY = `nullif(regexp_replace(regexp_replace(lower(strip_accents(e.admin1)),
  '\\b(province|governorate|state|region|division|department|district|muhafazat|wilayah|oblast)\\b', '', 'g'),
  '^\\s*(al|el|ad|as|ar|an|at|ash)[- ]|[^a-z]', '', 'g'), '')`;

const columns = `e.id, e.origin, ${SOURCE_KEY} as source_key, e.incident_id, e.country, e.admin1, e.date_start, e.date_end,
  case when e.date_precision = 'week' and e.date_start = e.date_end then 3 else 0 end as widen,
  e.lat, e.lon, (e.lat is not null and e.lon is not null and coalesce(e.location_precision, 'exact') in ('exact', 'near')) as precise,
  ${ADMIN1_KEY} as admin1_key, e.perpetrator, e.actor2, e.perpetrator_raw, e.actor2_raw`;

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
  [key: string]: unknown;
}

const side = (row: PairRow, p: 'a' | 'b'): PairSide => ({
  id: Number(row[`${p}_id`]),
  origin: row[`${p}_origin`] as string,
  sourceKey: row[`${p}_source_key`] as string,
  incidentId: row[`${p}_incident_id`] === null ? null : Number(row[`${p}_incident_id`]),
  country: row[`${p}_country`] as string,
  admin1: row[`${p}_admin1`] as string | null,
  perpetrator: row[`${p}_perpetrator`] as string | null,
  actor2: row[`${p}_actor2`] as string | null,
  perpetratorRaw: row[`${p}_perpetrator_raw`] as string | null,
  actor2Raw: row[`${p}_actor2_raw`] as string | null,
});

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
  const pick = (p: 'pa' | 'pb', prefix: string) =>
    [
      'id',
      'origin',
      'source_key',
      'incident_id',
      'country',
      'admin1',
      'perpetrator',
      'actor2',
      'perpetrator_raw',
      'actor2_raw',
    ]
      .map((c) => `${p}.${c} as ${prefix}_${c}`)
      .join(', ');
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
     select pairs.a, pairs.b, ${pick('pa', 'a')}, ${pick('pb', 'b')},
       greatest(0, date_diff('day', least(pa.date_end, pb.date_end), greatest(pa.date_start, pb.date_start))) as day_gap,
       ${KM} as km
     from pairs join p pa on pa.id = pairs.a join o pb on pb.id = pairs.b
     where pa.source_key <> pb.source_key
       and (coalesce(${KM} <= ${MERGE_RADIUS_KM}, false)
            or (not (pa.precise and pb.precise) and pa.admin1_key = pb.admin1_key))`,
    params,
  );
  return rows.map((row) => ({
    a: side(row, 'a'),
    b: side(row, 'b'),
    dayGap: Number(row.day_gap),
    km: row.km === null ? null : Number(row.km),
  }));
}
