import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ImportError } from '../../model/errors.js';
import { readDatasetHeader, type DatasetEncoding, type DatasetHeader } from './read-header.js';
import { isUtf8File, transcodeToUtf8 } from './to-utf8.js';
import { xlsxToCsv } from './xlsx-to-csv.js';

/** A dataset file as DuckDB can read it: the file itself, or a UTF-8 CSV copy of it. */
export interface ReadableFile {
  /** The CSV file to read (gzipped or not), in UTF-8. */
  path: string;
  header: DatasetHeader;
  /** What the original was: its encoding, or `xlsx` for a workbook. */
  original: DatasetEncoding | 'xlsx';
  /** Removes the copy, if one was made. */
  dispose(): void;
}

function scratch(file: string): { path: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'resurgence-import-'));
  const name = basename(file)
    .replace(/\.(gz|xlsx)$/i, '')
    .replace(/(\.csv)?$/i, '.csv');
  return { path: join(folder, name), dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Makes a dataset file readable by DuckDB's CSV reader, copying it only when it has to: an Excel
 * workbook (`.xlsx`) is written out as CSV, and a file in another encoding than UTF-8 (GTD's
 * windows-1252 CSV copies, Excel's "Unicode text") is transcoded, streaming. A UTF-8 CSV file,
 * gzipped or not, is read where it is, once checked to be UTF-8 throughout: a file whose first
 * megabyte is plain ASCII may turn out to be windows-1252 further on (GTD's CSV copies are sorted
 * by date, and accents become frequent only in later years).
 *
 * @example
 *   const readable = await readableDatasetFile('globalterrorismdb_0718dist.csv');
 *   readable.original; // 'windows-1252'
 *   readable.dispose();
 */
export async function readableDatasetFile(file: string): Promise<ReadableFile> {
  if (/\.xls$/i.test(file))
    throw new ImportError(
      file,
      null,
      'old Excel workbooks (.xls) cannot be read: save the sheet as CSV (UTF-8) or .xlsx',
    );
  const workbook = /\.xlsx$/i.test(file);
  const header = workbook ? null : await readDatasetHeader(file);
  let original: ReadableFile['original'] = workbook ? 'xlsx' : header!.encoding;
  if (original === 'utf-8' && !(await isUtf8File(file))) original = 'windows-1252';
  if (original === 'utf-8') return { path: file, header: header!, original, dispose: () => {} };
  const copy = scratch(file);
  try {
    if (original === 'xlsx') await xlsxToCsv(file, copy.path);
    else await transcodeToUtf8(file, original, copy.path);
    return { path: copy.path, header: await readDatasetHeader(copy.path), original, dispose: copy.dispose };
  } catch (error) {
    copy.dispose();
    throw error;
  }
}
