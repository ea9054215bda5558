import { afterEach, describe, expect, it } from 'vitest';
import { Database } from './database.js';
import { migrate, SCHEMA_VERSION } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

describe('migrate', () => {
  let db: Database;
  afterEach(() => db?.close());

  it('brings an empty database to the current schema and records every step', async () => {
    db = await Database.open(':memory:');
    expect(await migrate(db)).toBe(SCHEMA_VERSION);
    const steps = await db.all<{ version: number }>('select version from schema_migrations order by version');
    expect(steps.map((s) => s.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    const tables = await db.all<{ name: string }>('select table_name as name from information_schema.tables');
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['documents', 'events']));
  });

  it('is a no-op the second time', async () => {
    db = await Database.open(':memory:');
    await migrate(db);
    await migrate(db);
    const [row] = await db.all<{ n: number }>('select count(*)::int as n from schema_migrations');
    expect(row!.n).toBe(MIGRATIONS.length);
  });

  it('refuses a database from a newer Resurgence instead of touching it', async () => {
    db = await Database.open(':memory:');
    await migrate(db);
    await db.run("insert into schema_migrations (version, name) values (999, 'from the future')");
    await expect(migrate(db)).rejects.toThrow(/newer than this Resurgence understands/);
  });
});
