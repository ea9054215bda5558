import { readDocumentFile, type ReadOptions } from '../ingest/read-file.js';
import type { CleanDocument } from '../model/document.js';
import { cleanForExtraction } from './clean-for-extraction.js';
import { extractDocument, type Extraction } from './extract-document.js';

/** One file taken through the pure stages: read, cleaned, and extracted, ready to store. */
export interface ProcessedFile {
  file: string;
  clean: CleanDocument;
  contentHash: string;
  byteSize: number;
  extraction: Extraction;
}

/** The outcome of {@link processFile}: the processed document, or why the file could not be used. */
export type ProcessResult = { ok: true; value: ProcessedFile } | { ok: false; file: string; reason: string };

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * Reads, cleans and extracts one file. Never throws: a bad file becomes `{ ok: false, reason }`
 * with a one-line reason, so one file cannot stop a batch.
 */
export async function processFile(file: string, options: ReadOptions = {}): Promise<ProcessResult> {
  try {
    const raw = await readDocumentFile(file, options);
    const clean = cleanForExtraction(raw);
    const extraction = extractDocument(clean);
    return {
      ok: true,
      value: { file, clean, contentHash: raw.contentHash, byteSize: raw.byteSize, extraction },
    };
  } catch (error) {
    return { ok: false, file, reason: firstLine(error) };
  }
}
