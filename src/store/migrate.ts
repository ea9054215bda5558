import { ResurgenceError } from '../model/errors.js';
import type { Queryable } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

/** One step of the schema: applied once, in order of `version`, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** The schema version this build of Resurgence expects. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

interface Transactional extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * Brings the database schema forward to {@link SCHEMA_VERSION}. Each migration runs in its own
 * transaction and is recorded in `schema_migrations`, so an interrupted upgrade resumes where it stopped.
 * A database written by a newer Resurgence is refused rather than damaged.
 */
export async function migrate(db: Transactional): Promise<number> {
  await db.run(`create table if not exists schema_migrations (
    version integer primary key, name varchar not null, applied_at timestamp not null default current_timestamp)`);
  const rows = await db.all<{ version: number | null }>(
    'select max(version) as version from schema_migrations',
  );
  const current = rows[0]?.version ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new ResurgenceError(
      `this database has schema version ${current}, newer than this Resurgence understands (${SCHEMA_VERSION}); upgrade Resurgence`,
    );
  }
  for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    await db.transaction(async (tx) => {
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    });
  }
  return SCHEMA_VERSION;
}
