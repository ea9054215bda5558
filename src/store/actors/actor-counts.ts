import { classifyDatasetActor, unresolvedNames } from '../../extract/actors/classify-dataset-actor.js';
import type { NonActors } from '../../extract/actors/non-actors.js';
import type { ActorRegistry } from '../../extract/actors/registry.js';
import type { Dataset } from '../../extract/actors/resolve-dataset-actor.js';
import type { Queryable } from '../database.js';

/** How many stored events name each actor (on either side), and each of its units. */
export async function actorEventCounts(
  db: Queryable,
): Promise<Map<string, { events: number; units: Map<string, number> }>> {
  const rows = await db.all<{ actor: string; unit: string | null; n: bigint }>(
    `select actor, unit, count(*) as n from (
       select perpetrator as actor, unit from events where perpetrator is not null
       union all select actor2, unit2 from events where actor2 is not null and actor2 is distinct from perpetrator)
     group by all`,
  );
  const out = new Map<string, { events: number; units: Map<string, number> }>();
  for (const r of rows) {
    const entry = out.get(r.actor) ?? { events: 0, units: new Map<string, number>() };
    entry.events += Number(r.n);
    if (r.unit) entry.units.set(r.unit, (entry.units.get(r.unit) ?? 0) + Number(r.n));
    out.set(r.actor, entry);
  }
  return out;
}

/** A dataset actor name that resolves to no registry actor, with how many events use it. */
export interface UnresolvedName {
  dataset: Dataset;
  name: string;
  events: number;
}

/**
 * Dataset actor names the registry does not know, most frequent first: whole names, and the
 * unknown parts of "A and/or B" compounds. Names of victims, crowds and unidentified attackers are
 * left out. Re-checked against the registry as it is now, so a newly added alias drops a name.
 */
export async function unresolvedActorNames(
  db: Queryable,
  registry: ActorRegistry,
  nonActors: NonActors,
): Promise<UnresolvedName[]> {
  const rows = await db.all<{ origin: Dataset; name: string; n: bigint }>(
    `select origin, name, count(*) as n from (
       select origin, perpetrator_raw as name from events where perpetrator is null and perpetrator_raw is not null
       union all select origin, actor2_raw from events where actor2 is null and actor2_raw is not null)
     where origin in ('ucdp', 'acled', 'gtd') group by all`,
  );
  const counts = new Map<string, UnresolvedName>();
  for (const r of rows) {
    const found = classifyDatasetActor(registry, nonActors, r.origin, r.name);
    for (const name of unresolvedNames(r.name, found).filter((n) => !nonActors.matches(n))) {
      const key = `${r.origin}\u0000${name}`;
      const entry = counts.get(key) ?? { dataset: r.origin, name, events: 0 };
      entry.events += Number(r.n);
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
