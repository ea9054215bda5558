import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetHeader } from '../../ingest/datasets/read-header.js';
import { DATASET_FORMATS } from '../../ingest/datasets/registry.js';
import type { Database } from '../database.js';
import { mergeIncidents, type MergeReport } from '../incidents/merge.js';
import { importDatasetFile, type ImportOptions, type ImportReport } from './import-file.js';

/** Options for {@link importDatasetFiles}. */
export interface ImportFilesOptions extends ImportOptions {
  /** Called once the file list is known and after each file. */
  onProgress?: (done: number, total: number, file: string | null) => void;
}

/** What importing a batch of files did. */
export interface ImportBatch {
  reports: ImportReport[];
  /** Files that could not be imported at all, with one line saying why; nothing of them was written. */
  failures: { file: string; reason: string }[];
  /** Files in the folders given that are not event datasets (another CSV, such as an actor list). */
  skipped: string[];
  merge: MergeReport;
}

const DATASET_FILE = /\.(csv(\.gz)?|txt|xlsx)$/i;

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

async function isDataset(file: string): Promise<boolean> {
  // A workbook's header is only known once it is unpacked: the import says so if it is not a dataset.
  if (/\.xlsx$/i.test(file)) return true;
  try {
    const { columns } = await readDatasetHeader(file);
    const present = new Set(columns.map((c) => c.toLowerCase()));
    return DATASET_FORMATS.some((f) => f.signature.every((c) => present.has(c)));
  } catch {
    return false;
  }
}

/** Files named directly, and the dataset files (`.csv`, `.csv.gz`, `.txt`, `.xlsx`) of folders named. */
async function expand(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    if (!isFolder(path)) {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((name) => DATASET_FILE.test(name))
      .sort();
    for (const name of inside) {
      const file = join(path, name);
      if (await isDataset(file)) files.push(file);
      else skipped.push(file);
    }
  }
  return { files, skipped };
}

/**
 * Imports dataset files one by one (each in its own transaction, so one bad file never stops the
 * batch), then merges the new events into incidents with what is already stored.
 *
 * @example
 *   const { reports, merge } = await importDatasetFiles(db, ['samples/ucdp']);
 */
export async function importDatasetFiles(
  db: Database,
  paths: string[],
  options: ImportFilesOptions = {},
): Promise<ImportBatch> {
  const { files, skipped } = await expand(paths);
  const reports: ImportReport[] = [];
  const failures: ImportBatch['failures'] = [];
  options.onProgress?.(0, files.length, null);
  for (const [i, file] of files.entries()) {
    try {
      reports.push(await importDatasetFile(db, file, options));
    } catch (error) {
      failures.push({
        file,
        reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
      });
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  const merge = await mergeIncidents(db, options);
  return { reports, failures, skipped, merge };
}
