import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { firstRecords } from '../../src/ingest/datasets/read-header.js';

/**
 * Reads a whole CSV file (gzipped when the name ends in .gz) into records of named fields with a
 * plain JavaScript parser, not DuckDB's reader, so tests check the importer against the file itself.
 */
export function readCsvRecords(file: string): Record<string, string>[] {
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = firstRecords(text, Infinity);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** Counts of records where `keep` holds, by the key `year` gives. */
export function countByYear(
  records: Record<string, string>[],
  keep: (r: Record<string, string>) => boolean,
  year: (r: Record<string, string>) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) if (keep(r)) counts[year(r)] = (counts[year(r)] ?? 0) + 1;
  return counts;
}
