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
       union all select actor2, unit2 from events where actor2 is not null and actor2 is distinct from perpetrator
       union all select actor3, unit3 from events
       where actor3 is not null and actor3 is distinct from perpetrator and actor3 is distinct from actor2)
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

/** A dataset actor name that resolves to no registry actor, with how many events use it and where. */
export interface UnresolvedName {
  dataset: Dataset;
  name: string;
  events: number;
  /** ISO codes of the countries of those events, most events first. */
  countries: string[];
  /** The files imported that hold it, as given to the import. */
  files: string[];
}

const byCount = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);

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
  const rows = await db.all<{
    origin: Dataset;
    name: string;
    country: string | null;
    file: string | null;
    n: bigint;
  }>(
    `select x.origin, x.name, x.country, i.file, count(*) as n from (
       select origin, perpetrator_raw as name, country, import_id from events
       where perpetrator is null and perpetrator_raw is not null and origin in ('ucdp', 'acled', 'gtd')
       union all select origin, actor2_raw, country, import_id from events
       where actor2 is null and actor2_raw is not null and origin in ('ucdp', 'acled', 'gtd')
       union all select origin, actor3_raw, country, import_id from events
       where actor3 is null and actor3_raw is not null and origin = 'gtd') x
     left join imports i on i.id = x.import_id
     group by all`,
  );
  const found = new Map<
    string,
    { entry: UnresolvedName; countries: Map<string, number>; files: Map<string, number> }
  >();
  for (const r of rows) {
    const classified = classifyDatasetActor(registry, nonActors, r.origin, r.name);
    for (const name of unresolvedNames(r.name, classified).filter((n) => !nonActors.matches(n))) {
      const key = `${r.origin}\u0000${name}`;
      const seen = found.get(key) ?? {
        entry: { dataset: r.origin, name, events: 0, countries: [], files: [] },
        countries: new Map<string, number>(),
        files: new Map<string, number>(),
      };
      seen.entry.events += Number(r.n);
      if (r.country) seen.countries.set(r.country, (seen.countries.get(r.country) ?? 0) + Number(r.n));
      if (r.file) seen.files.set(r.file, (seen.files.get(r.file) ?? 0) + Number(r.n));
      found.set(key, seen);
    }
  }
  return [...found.values()]
    .map(({ entry, countries, files }) => ({
      ...entry,
      countries: byCount(countries),
      files: byCount(files),
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
