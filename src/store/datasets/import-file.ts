import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultNonActors, type NonActors } from '../../extract/actors/non-actors.js';
import { defaultActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import { planColumns, type ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import type { DatasetEncoding } from '../../ingest/datasets/read-header.js';
import { readableDatasetFile, type ReadableFile } from '../../ingest/datasets/readable-file.js';
import { datasetFormat, detectFormat } from '../../ingest/datasets/registry.js';
import type { DatasetName } from '../../ingest/datasets/types.js';
import { ImportError, InputError } from '../../model/errors.js';
import type { Database, Queryable } from '../database.js';
import { buildActorLookup, buildCountryLookup } from './lookups.js';
import { IMPORT_TABLES as T, preparedSql, sourceIdSql, sourceSql } from './prepare-sql.js';
import { readCsvSql } from './read-csv.js';
import { faultyRows, findRejects, scanFile, type RejectedRow, type ScanResult } from './rejects.js';
import { writeEvents } from './write-events.js';

/** Options for {@link importDatasetFile}. */
export interface ImportOptions {
  /** The file's format; `auto` (the default) tells it from the header. */
  format?: DatasetName | 'auto';
  registry?: ActorRegistry;
  nonActors?: NonActors;
}

/** What importing one file did. */
export interface ImportReport {
  file: string;
  format: DatasetName;
  /** What the file was read as: its encoding (transcoded to UTF-8 when not UTF-8), or `xlsx`. */
  readAs: DatasetEncoding | 'xlsx';
  importId: number;
  /** Data rows in the file (header and HXL rows excluded), malformed ones included. */
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Every rejected row with its line in the file and why. */
  rejects: RejectedRow[];
  /** Country names that matched no country: their events have no country. */
  unknownCountries: string[];
}

function planFile(file: string, { header }: ReadableFile, format: ImportOptions['format']): ColumnPlan {
  const chosen = format && format !== 'auto' ? datasetFormat(format) : detectFormat(file, header.columns);
  return planColumns(chosen, header, file);
}

/** The file as a view, and one scan of it that checks its rows and collects actor names and places. */
async function stage(tx: Queryable, file: string, path: string, plan: ColumnPlan): Promise<ScanResult> {
  await tx.run(`drop table if exists ${T.rejected}`);
  await tx.run(`drop table if exists ${T.scans}`);
  await tx.run(
    `create or replace temp view ${T.staging} as select * from ${sourceSql(plan, readCsvSql(path, plan))}`,
  );
  try {
    return await scanFile(tx, path, plan);
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? '').replace(/^.*?Error: /, '');
    throw new ImportError(file, null, `cannot read the file as CSV: ${reason}`);
  }
}

/** Rows after the first with the same event id, by their number in file order. */
async function findDuplicates(tx: Queryable, plan: ColumnPlan) {
  await tx.run(`create or replace temp table ${T.duplicates} as
    with ids as (select row_number() over () - 1 as record, ${sourceIdSql(plan)} as source_id from ${T.staging} s),
    repeated as (select source_id from ids where source_id is not null group by 1 having count(*) > 1)
    select record from (
      select ids.record, row_number() over (partition by ids.source_id order by ids.record) as k
      from ids semi join repeated using (source_id)) where k > 1`);
}

async function dropTemporaries(tx: Queryable) {
  await tx.run(`drop view if exists ${T.prepared}`);
  await tx.run(`drop view if exists ${T.staging}`);
  for (const table of [T.scan, T.places, T.countries, T.actors, T.duplicates, T.rejected, T.scans])
    await tx.run(`drop table if exists ${table}`);
}

/** The import proper, of a file made readable. */
async function importReadable(
  db: Database,
  file: string,
  readable: ReadableFile,
  options: ImportOptions,
): Promise<ImportReport> {
  const path = resolve(file);
  const plan = planFile(path, readable, options.format);
  const registry = options.registry ?? defaultActorRegistry();
  const nonActors = options.nonActors ?? defaultNonActors();
  return db.transaction(async (tx) => {
    const [created] = await tx.all<{ id: number }>(
      `insert into imports (file, format, rows_read, inserted, updated, unchanged, rejected)
       values ($1, $2, 0, 0, 0, 0, 0) returning id`,
      [path, plan.format.name],
    );
    const importId = created!.id;
    const scanned = await stage(tx, path, readable.path, plan);
    const unknownCountries = await buildCountryLookup(tx);
    await buildActorLookup(tx, plan.format.name, registry, nonActors);
    const dedupe = scanned.repeats > 0;
    if (dedupe) await findDuplicates(tx, plan);
    await tx.run(
      `create or replace temp view ${T.prepared} as ${preparedSql(plan, { source: T.staging, numbered: dedupe, dedupe })}`,
    );
    const written = await writeEvents(tx, plan.format.name, importId);
    // Rows the checks turned away are those read but not written; only then find which and why.
    const kept = written.inserted + written.updated + written.unchanged;
    const { invalid, blank } =
      kept < scanned.rows ? await faultyRows(tx, plan, dedupe) : { invalid: [], blank: 0 };
    const { rejects, rowsRead } = await findRejects(tx, readable.path, plan, {
      rows: scanned.rows - blank,
      invalid,
      rowPerRecord: readable.original === 'xlsx',
    });
    await tx.run(
      `update imports set rows_read = $2, inserted = $3, updated = $4, unchanged = $5, rejected = $6 where id = $1`,
      [importId, rowsRead, written.inserted, written.updated, written.unchanged, rejects.length],
    );
    if (rejects.length) {
      await tx.run(
        `insert into import_rejects select $1, unnest(from_json($2, '[{"line":"BIGINT","reason":"VARCHAR"}]'), recursive := true)`,
        [importId, JSON.stringify(rejects.map((r) => ({ line: r.line, reason: r.reason })))],
      );
    }
    await dropTemporaries(tx);
    return {
      file,
      format: plan.format.name,
      readAs: readable.original,
      importId,
      rowsRead,
      ...written,
      rejected: rejects.length,
      rejects,
      unknownCountries,
    };
  });
}

/**
 * Imports one UCDP, ACLED or GTD file (CSV, gzipped or not, or an Excel workbook) into `events`, in
 * one transaction. A workbook, or a file not in UTF-8, is first copied as UTF-8 CSV; then
 * DuckDB reads the file (once to count its rows and collect actor names, once to write; once more
 * to number faulty rows), SQL maps it to the common model without copying it first, and rows already
 * imported (same dataset and event id) are updated when they changed rather than duplicated. Rows
 * that cannot be read (wrong number of columns, a bad date, a non-numeric count) are skipped and
 * reported with their line and reason; if anything else fails, nothing of the file is written.
 *
 * @example
 *   const report = await importDatasetFile(db, 'ged_syria_191.csv');
 *   report.inserted; // 16566
 */
export async function importDatasetFile(
  db: Database,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(file, 'no such file');
  const readable = await readableDatasetFile(path);
  try {
    return await importReadable(db, file, readable, options);
  } finally {
    readable.dispose();
  }
}
