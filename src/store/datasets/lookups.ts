import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import { classifyDatasetActor } from '../../extract/actors/classify-dataset-actor.js';
import type { NonActors } from '../../extract/actors/non-actors.js';
import type { ActorRegistry } from '../../extract/actors/registry.js';
import { findCountry } from '../../extract/places/countries.js';
import type { Queryable } from '../database.js';
import { IMPORT_TABLES as T } from './prepare-sql.js';

/** Writes rows into a new temporary table in one statement, through a JSON parameter. */
export async function tempTableFromRows(
  tx: Queryable,
  table: string,
  columns: string[],
  rows: Record<string, string | null>[],
): Promise<void> {
  const struct = `[{${columns.map((c) => `"${c}":"VARCHAR"`).join(',')}}]`;
  await tx.run(`create or replace temp table ${table} (${columns.map((c) => `${c} varchar`).join(', ')})`);
  if (!rows.length) return;
  await tx.run(`insert into ${table} select unnest(from_json($1, '${struct}'), recursive := true)`, [
    JSON.stringify(rows),
  ]);
}

/** Country names of the file mapped to ISO codes; returns the names no country matched. */
export async function buildCountryLookup(tx: Queryable): Promise<string[]> {
  const names = await tx.all<{ name: string }>(
    `select distinct country as name from ${T.places} where country <> ''`,
  );
  const rows = names.map(({ name }) => ({ name, code: findCountry(name)?.code ?? null }));
  await tempTableFromRows(tx, T.countries, ['name', 'code'], rows);
  return rows.filter((r) => !r.code).map((r) => r.name);
}

/**
 * Every distinct actor name of the file, with the country and first-level region it appears in,
 * resolved once through the registry. Compounds, non-actors and unknown names get no actor.
 */
export async function buildActorLookup(
  tx: Queryable,
  dataset: ColumnPlan['format']['name'],
  registry: ActorRegistry,
  nonActors: NonActors,
): Promise<void> {
  const staged = await tx.all<{ name: string; code: string; admin1: string }>(
    `select distinct x.name, coalesce(c.code, '') as code, x.admin1
     from (select actor1 as name, country, admin1 from ${T.places}
           union all select actor2, country, admin1 from ${T.places}
           union all select actor3, country, admin1 from ${T.places}) x
     left join ${T.countries} c on c.name = x.country
     where x.name <> ''`,
  );
  const rows = staged.map(({ name, code, admin1 }) => {
    const found = classifyDatasetActor(registry, nonActors, dataset, name, {
      country: code || null,
      admin1: admin1 || null,
    });
    const actor = found.status === 'resolved' ? found.actor : null;
    return { name, code, admin1, actor: actor?.actor ?? null, unit: actor?.unit ?? null };
  });
  await tempTableFromRows(tx, T.actors, ['name', 'code', 'admin1', 'actor', 'unit'], rows);
}
