import { createFileProcessor } from '../extract/process-pool.js';
import type { ProcessResult } from '../extract/process-file.js';
import { findDocumentFiles } from '../ingest/find-files.js';
import type { MetadataHints } from '../model/document.js';
import type { Database } from './database.js';
import { saveDocuments, type DocumentRecord } from './documents.js';
import { mergeIncidents } from './incidents/merge.js';

/** Options for {@link ingestFiles}. */
export interface IngestOptions {
  /** Metadata to apply to every file (`--url`, `--published`). */
  hints?: MetadataHints;
  maxBytes?: number;
  /** Worker threads for reading, cleaning and extracting; 0 keeps it on this thread. */
  threads?: number;
  /** Called once the file list is known, then as files are processed. */
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

/** Documents written per transaction, and the longest a processed document waits to be written. */
const BATCH_SIZE = 64;
const BATCH_MS = 500;
/** Files being processed ahead of the writer, bounding memory however long the batch. */
const WINDOW = 128;

/**
 * Reads, cleans, extracts and stores every document named by `paths` (files, folders, globs).
 * Processing runs on worker threads for big batches while this thread writes finished documents
 * in order, many per transaction. One bad file never stops the batch: it becomes a `failed`
 * outcome with its reason, and nothing of it is written. Outcomes come back in file order.
 * New events are then merged into incidents with those already stored.
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
  const processor = createFileProcessor(files.length, {
    hints: options.hints,
    maxBytes: options.maxBytes,
    threads: options.threads,
  });
  const inFlight = new Map<number, Promise<ProcessResult>>();
  const submit = (i: number) => i < files.length && inFlight.set(i, processor.process(files[i]!));
  for (let i = 0; i < Math.min(WINDOW, files.length); i++) submit(i);

  let batch: { record: DocumentRecord; file: string }[] = [];
  let batchStarted = performance.now();
  const flush = async () => {
    const saved = await saveDocuments(
      db,
      batch.map((b) => b.record),
    );
    saved.forEach((s, k) => {
      const { file, record } = batch[k]!;
      outcomes.push(
        s.status === 'failed'
          ? { file, status: 'failed', reason: s.reason }
          : { file, status: s.status, id: s.id, version: s.version, events: record.events.length },
      );
    });
    batch = [];
    batchStarted = performance.now();
  };
  try {
    for (let i = 0; i < files.length; i++) {
      const result = await inFlight.get(i)!;
      inFlight.delete(i);
      submit(i + WINDOW);
      if (result.ok) {
        const { clean, contentHash, byteSize, extraction } = result.value;
        batch.push({
          file: result.value.file,
          record: {
            clean,
            contentHash,
            byteSize,
            events: extraction.events,
            claims: extraction.claims,
            stance: extraction.stance,
          },
        });
      } else {
        await flush();
        outcomes.push({ file: result.file, status: 'failed', reason: result.reason });
      }
      if (batch.length >= BATCH_SIZE || performance.now() - batchStarted > BATCH_MS) await flush();
      options.onProgress?.(i + 1, files.length, files[i]!);
    }
    await flush();
  } finally {
    await processor.close();
  }
  // Events read from the new documents join the incidents the datasets (or other documents) report.
  if (outcomes.some((o) => o.status === 'stored' && o.events)) await mergeIncidents(db);
  return outcomes;
}
