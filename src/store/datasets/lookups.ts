import type { DatasetName } from '../../ingest/datasets/types.js';
import { classifyDatasetActor } from '../../extract/actors/classify-dataset-actor.js';
import type { NonActors } from '../../extract/actors/non-actors.js';
import type { ActorRegistry } from '../../extract/actors/registry.js';
import { findCountry } from '../../extract/places/countries.js';
import type { Queryable } from '../database.js';
import { IMPORT_TABLES } from './prepare-sql.js';

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

/** Country names of the staged rows mapped to ISO codes; returns the names no country matched. */
export async function buildCountryLookup(tx: Queryable): Promise<string[]> {
  const names = await tx.all<{ name: string }>(
    `select distinct nullif(trim(country), '') as name from ${IMPORT_TABLES.staging} where nullif(trim(country), '') is not null`,
  );
  const rows = names.map(({ name }) => ({ name, code: findCountry(name)?.code ?? null }));
  await tempTableFromRows(tx, IMPORT_TABLES.countries, ['name', 'code'], rows);
  return rows.filter((r) => !r.code).map((r) => r.name);
}

/**
 * Every distinct actor name of the staged rows, with the country and first-level region it
 * appears in, resolved once through the registry: millions of rows cost a few thousand lookups.
 * Compounds, non-actors and unknown names get no actor.
 */
export async function buildActorLookup(
  tx: Queryable,
  dataset: DatasetName,
  registry: ActorRegistry,
  nonActors: NonActors,
  hasActor2: boolean,
): Promise<void> {
  const side = (column: string) =>
    `select nullif(trim(${column}), '') as name, coalesce(nullif(trim(country), ''), '') as country,
       coalesce(nullif(trim(admin1), ''), '') as admin1 from ${IMPORT_TABLES.staging}`;
  const staged = await tx.all<{ name: string; code: string; admin1: string }>(
    `select distinct x.name, coalesce(c.code, '') as code, x.admin1
     from (${side('actor1')}${hasActor2 ? ` union all ${side('actor2')}` : ''}) x
     left join ${IMPORT_TABLES.countries} c on c.name = x.country
     where x.name is not null`,
  );
  const rows = staged.map(({ name, code, admin1 }) => {
    const found = classifyDatasetActor(registry, nonActors, dataset, name, {
      country: code || null,
      admin1: admin1 || null,
    });
    const actor = found.status === 'resolved' ? found.actor : null;
    return { name, code, admin1, actor: actor?.actor ?? null, unit: actor?.unit ?? null };
  });
  await tempTableFromRows(tx, IMPORT_TABLES.actors, ['name', 'code', 'admin1', 'actor', 'unit'], rows);
}
