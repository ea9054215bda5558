import type { MetadataHints } from '../model/document.js';
import { extractDocument } from '../extract/extract-document.js';
import { cleanDocument } from '../ingest/clean.js';
import { findDocumentFiles } from '../ingest/find-files.js';
import { readDocumentFile, type ReadDocument } from '../ingest/read-file.js';
import type { Database } from './database.js';
import { saveDocument } from './documents.js';

/** Options for {@link ingestFiles}. */
export interface IngestOptions {
  /** Metadata to apply to every file (`--url`, `--published`). */
  hints?: MetadataHints;
  maxBytes?: number;
  /** Called once the file list is known, and after each file. */
  onProgress?: (done: number, total: number, file: string | null) => void;
}

/** What happened to one file. */
export interface IngestOutcome {
  file: string;
  status: 'stored' | 'unchanged' | 'failed';
  id?: number;
  version?: number;
  events?: number;
  /** For failures: one line saying why. */
  reason?: string;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * Reads, cleans, extracts and stores every document named by `paths` (files, folders, globs).
 * One bad file never stops the batch: it becomes a `failed` outcome with its reason, and nothing
 * of it is written. Files are read one ahead of processing so disk and CPU overlap.
 */
export async function ingestFiles(
  db: Database,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestOutcome[]> {
  const { files, errors } = await findDocumentFiles(paths);
  const outcomes: IngestOutcome[] = errors.map((e) => ({
    file: e.file,
    status: 'failed',
    reason: e.message,
  }));
  options.onProgress?.(0, files.length, null);
  const read = (file: string) =>
    readDocumentFile(file, { hints: options.hints, maxBytes: options.maxBytes }).then(
      (doc) => ({ doc }),
      (error: unknown) => ({ error }),
    );
  let next: Promise<{ doc?: ReadDocument; error?: unknown }> | null = files[0] ? read(files[0]) : null;
  for (const [i, file] of files.entries()) {
    const current = await next!;
    next = files[i + 1] ? read(files[i + 1]!) : null;
    outcomes.push(await ingestOne(db, file, current));
    options.onProgress?.(i + 1, files.length, file);
  }
  return outcomes;
}

async function ingestOne(
  db: Database,
  file: string,
  read: { doc?: ReadDocument; error?: unknown },
): Promise<IngestOutcome> {
  try {
    if (!read.doc) throw read.error;
    const clean = cleanDocument(read.doc);
    const { events, claims, stance } = extractDocument(clean);
    const saved = await saveDocument(db, {
      clean,
      contentHash: read.doc.contentHash,
      byteSize: read.doc.byteSize,
      events,
      claims,
      stance,
    });
    return { file, status: saved.status, id: saved.id, version: saved.version, events: events.length };
  } catch (error) {
    return { file, status: 'failed', reason: reasonOf(error) };
  }
}
