import type { Queryable } from '../database.js';
import {
  currentEventsSql,
  eventConditions,
  ORIGIN_RANK,
  supersededDocuments,
  type EventFilter,
} from './event-filter.js';

/** One source's report of an incident. */
export interface IncidentSource {
  eventId: number;
  origin: string;
  sourceId: string;
  documentId: number | null;
  date: string | null;
  type: string;
  sourceType: string | null;
  perpetrator: string | null;
  unit: string | null;
  actor2: string | null;
  unit2: string | null;
  /** A third actor (GTD's `gname3`, a third perpetrator group), or null. */
  actor3: string | null;
  unit3: string | null;
  perpetratorRaw: string | null;
  actor2Raw: string | null;
  actor3Raw: string | null;
  place: string | null;
  admin1: string | null;
  fatalities: number | null;
}

/** An incident with every source that reports it; fields come from the highest-ranked source. */
export interface IncidentRow {
  incident: number;
  date: string | null;
  datePrecision: string | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  type: string;
  perpetrator: string | null;
  unit: string | null;
  actor2: string | null;
  unit2: string | null;
  actor3: string | null;
  unit3: string | null;
  fatalities: number | null;
  /** The distinct death figures the sources give, highest-ranked source first, when they differ. */
  fatalitiesDisagree: { origin: string; fatalities: number }[] | null;
  sources: number;
  origins: string[];
  reports: IncidentSource[];
}

/** Options for {@link listIncidents}. */
export interface ListIncidentsOptions extends EventFilter {
  /** At most this many incidents, latest first. Default 100. */
  limit?: number;
}

interface Row {
  incident: bigint;
  reports: {
    id: bigint;
    origin: string;
    source_id: string;
    document_id: number | null;
    date: string | null;
    date_precision: string | null;
    type: string;
    source_type: string | null;
    country: string | null;
    admin1: string | null;
    place: string | null;
    perpetrator: string | null;
    unit: string | null;
    actor2: string | null;
    unit2: string | null;
    actor3: string | null;
    unit3: string | null;
    perpetrator_raw: string | null;
    actor2_raw: string | null;
    actor3_raw: string | null;
    fatalities: number | null;
  }[];
}

function disagreement(reports: IncidentSource[]): IncidentRow['fatalitiesDisagree'] {
  const figures = reports.filter((r) => r.fatalities !== null);
  if (new Set(figures.map((r) => r.fatalities)).size < 2) return null;
  const seen = new Set<number>();
  return figures
    .filter((r) => !seen.has(r.fatalities!) && seen.add(r.fatalities!))
    .map((r) => ({ origin: r.origin, fatalities: r.fatalities! }));
}

/**
 * Incidents matching a filter, latest first, each with all its sources: an incident found in a
 * dataset and in documents (or in two datasets) is one row with its source count, and figures
 * the sources disagree on are listed, not averaged.
 *
 * @example
 *   const [latest] = await listIncidents(db, { actor: 'Islamic State', country: 'IQ', limit: 1 });
 *   latest.sources; // 2
 *   latest.fatalitiesDisagree; // [{ origin: 'ucdp', fatalities: 8 }, { origin: 'document', fatalities: 14 }]
 */
export async function listIncidents(
  db: Queryable,
  options: ListIncidentsOptions = {},
): Promise<IncidentRow[]> {
  const superseded = await supersededDocuments(db);
  const { where, params } = eventConditions(options, { superseded });
  const rows = await db.all<Row>(
    `with matched as (select coalesce(incident_id, id) as incident from events where ${where} group by 1),
     latest as (select incident, min(e.date_start) as day from events e join matched m on m.incident = coalesce(e.incident_id, e.id)
                where ${currentEventsSql(superseded, 'e.')} group by incident order by day desc, incident desc limit $limit)
     select l.incident, list(struct_pack(e.id, e.origin, e.source_id, e.document_id, e.date, e.date_precision,
         e.type, e.source_type, e.country, e.admin1, e.place, e.perpetrator, e.unit, e.actor2, e.unit2, e.actor3, e.unit3,
         e.perpetrator_raw, e.actor2_raw, e.actor3_raw, e.fatalities) order by ${ORIGIN_RANK.replaceAll('origin', 'e.origin')}, e.id) as reports
     from latest l join events e on coalesce(e.incident_id, e.id) = l.incident
     where ${currentEventsSql(superseded, 'e.')}
     group by l.incident, l.day order by l.day desc, l.incident desc`,
    { ...params, limit: options.limit ?? 100 },
  );
  return rows.map((row) => {
    const reports: IncidentSource[] = row.reports.map((r) => ({
      eventId: Number(r.id),
      origin: r.origin,
      sourceId: r.source_id,
      documentId: r.document_id,
      date: r.date,
      type: r.type,
      sourceType: r.source_type,
      perpetrator: r.perpetrator,
      unit: r.unit,
      actor2: r.actor2,
      unit2: r.unit2,
      actor3: r.actor3,
      unit3: r.unit3,
      perpetratorRaw: r.perpetrator_raw,
      actor2Raw: r.actor2_raw,
      actor3Raw: r.actor3_raw,
      place: r.place,
      admin1: r.admin1,
      fatalities: r.fatalities,
    }));
    const first = row.reports[0]!;
    const pick = <K extends keyof Row['reports'][number]>(key: K) =>
      row.reports.find((r) => r[key] !== null)?.[key] ?? null;
    return {
      incident: Number(row.incident),
      date: first.date,
      datePrecision: first.date_precision,
      country: pick('country') as string | null,
      admin1: pick('admin1') as string | null,
      place: pick('place') as string | null,
      type: first.type,
      perpetrator: first.perpetrator,
      unit: first.unit,
      actor2: first.actor2,
      unit2: first.unit2,
      actor3: first.actor3,
      unit3: first.unit3,
      fatalities: pick('fatalities') as number | null,
      fatalitiesDisagree: disagreement(reports),
      sources: reports.length,
      origins: [...new Set(reports.map((r) => r.origin))],
      reports,
    };
  });
}
