import { classifyDatasetActor } from '../../extract/actors/classify-dataset-actor.js';
import { defaultNonActors, type NonActors } from '../../extract/actors/non-actors.js';
import { defaultActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import type { Dataset } from '../../extract/actors/resolve-dataset-actor.js';
import type { Database, Queryable } from '../database.js';
import { candidatePairs, pairSides, PENDING, type Candidate, type PairSide } from './candidates.js';
import { clusterIncidents, type ClusterEvent } from './cluster.js';
import { refreshActorMonths } from '../trends/actor-months.js';

/** Options for {@link mergeIncidents}. */
export interface MergeOptions {
  registry?: ActorRegistry;
  nonActors?: NonActors;
}

/** What one merge pass did. */
export interface MergeReport {
  /** Events looked at (added or changed since the last pass). */
  pending: number;
  /** Pairs that met the date, place and actor rules. */
  pairs: number;
  /** Incidents that now have more than one source, among those touched. */
  incidents: number;
  /** Events whose incident changed. */
  moved: number;
}

const DATASETS = new Set(['ucdp', 'acled', 'gtd']);

/** Every actor an event may involve: its sides (GTD's third group too), and each part of an "A and/or B" compound. */
function actorsOf(e: PairSide, registry: ActorRegistry, nonActors: NonActors): Set<string> {
  const found = new Set([e.perpetrator, e.actor2, e.actor3].filter((a): a is string => !!a));
  if (!DATASETS.has(e.origin)) return found;
  for (const raw of [e.perpetratorRaw, e.actor2Raw]) {
    if (!raw || !/\band\/or\b/i.test(raw)) continue;
    const c = classifyDatasetActor(registry, nonActors, e.origin as Dataset, raw, { country: e.country });
    if (c.status === 'compound') c.parts.forEach((p) => p && found.add(p.actor));
  }
  return found;
}

/** Two reports fit one incident when they share an actor, or one of them names none. */
function compatible(sa: PairSide, sb: PairSide, registry: ActorRegistry, nonActors: NonActors): boolean {
  const a = actorsOf(sa, registry, nonActors);
  const b = actorsOf(sb, registry, nonActors);
  if (!a.size || !b.size) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

const SOURCE_KEY = `case when e.origin = 'document' then 'document:' || coalesce(d.source, e.document_id::varchar)
  else e.origin end`;

/** The events with these ids, and every member of the incidents they belong to, as clustering needs them. */
async function clusterEvents(tx: Queryable, ids: number[]): Promise<ClusterEvent[]> {
  if (!ids.length) return [];
  const rows = await tx.all<{ id: bigint; source_key: string; incident_id: bigint | null }>(
    `with chosen as (select unnest($1::bigint[]) as id),
       touched as (select incident_id from events where id in (select id from chosen) and incident_id is not null)
     select e.id, ${SOURCE_KEY} as source_key, e.incident_id
     from events e left join documents d on d.id = e.document_id
     where e.id in (select id from chosen) or e.incident_id in (select incident_id from touched)`,
    [`[${ids.join(',')}]`],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    sourceKey: r.source_key,
    incidentId: r.incident_id === null ? null : Number(r.incident_id),
  }));
}

async function assign(tx: Queryable, groups: number[][], current: Map<number, number | null>) {
  const fresh = groups.filter((g) => g.every((id) => current.get(id) == null)).length;
  const ids = fresh
    ? await tx.all<{ id: bigint }>(`select nextval('event_ids') as id from range(${fresh})`)
    : [];
  const changes: { id: number; incident: number }[] = [];
  let next = 0;
  for (const group of groups) {
    const existing = group.map((id) => current.get(id)).filter((x): x is number => x != null);
    const incident = existing.length ? Math.min(...existing) : Number(ids[next++]!.id);
    for (const id of group) if (current.get(id) !== incident) changes.push({ id, incident });
  }
  if (!changes.length) return 0;
  await tx.run(
    `update events set incident_id = c.incident
     from (select unnest(from_json($1, '[{"id":"BIGINT","incident":"BIGINT"}]'), recursive := true)) c
     where events.id = c.id`,
    [JSON.stringify(changes)],
  );
  return changes.length;
}

/**
 * Merges the events added or changed since the last pass into incidents with the events already
 * stored: an incident reported by several sources (two datasets, or a dataset and documents)
 * becomes one incident whose events keep their own figures. Rules: same country, dates within a
 * day of each other (allowing for each date's precision), within 50 km or — when either is located
 * only coarsely — in the same first-level region, and actors that agree. Two rows of one dataset,
 * or two events of one document, never merge. Runs after every import and ingest; incremental.
 * Then rebuilds the summary tables that trends read.
 *
 * @example
 *   await mergeIncidents(db); // { pending: 28642, pairs: 3, incidents: 3, moved: 6 }
 */
export async function mergeIncidents(db: Database, options: MergeOptions = {}): Promise<MergeReport> {
  const registry = options.registry ?? defaultActorRegistry();
  const nonActors = options.nonActors ?? defaultNonActors();
  return db.transaction(async (tx) => {
    const [state] = await tx.all<{ watermark: bigint }>('select watermark from merge_state');
    const watermark = Number(state!.watermark);
    const origins = await tx.all<{ origin: string; n: bigint; top: bigint }>(
      `select origin, count(*) as n, max(id) as top from events e where ${PENDING} group by origin`,
      { watermark },
    );
    const pending = origins.reduce((n, o) => n + Number(o.n), 0);
    const candidates: Candidate[] = [];
    for (const { origin } of origins)
      for (const pair of await candidatePairs(tx, origin, watermark)) candidates.push(pair);
    const compoundIds = [...new Set(candidates.filter((c) => c.compound).flatMap((c) => [c.a, c.b]))];
    const sides = await pairSides(tx, compoundIds);
    const kept = candidates.filter(
      (c) => !c.compound || compatible(sides.get(c.a)!, sides.get(c.b)!, registry, nonActors),
    );
    const ids = [...new Set(kept.flatMap((c) => [c.a, c.b]))];
    const events = new Map((await clusterEvents(tx, ids)).map((e) => [e.id, e]));
    const groups = clusterIncidents(
      [...events.values()],
      kept.map((c) => ({ a: c.a, b: c.b, score: c.dayGap * 100 + (c.km ?? 50) })),
    );
    const current = new Map([...events.values()].map((e) => [e.id, e.incidentId]));
    const moved = await assign(tx, groups, current);
    const top = Math.max(watermark, ...origins.map((o) => Number(o.top)));
    await tx.run('update merge_state set watermark = $1', [top]);
    await tx.run('update events set merge_pending = false where merge_pending');
    if (pending || moved) await refreshActorMonths(tx);
    return { pending, pairs: kept.length, incidents: groups.length, moved };
  });
}
