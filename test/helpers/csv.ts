import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { findCountry } from '../../src/extract/places/countries.js';
import { firstRecords, type DatasetDelimiter } from '../../src/ingest/datasets/read-header.js';
import type { Queryable } from '../../src/store/database.js';
import { trendSeries } from '../../src/store/trends/trend-series.js';

/**
 * Reads a whole CSV file (gzipped when the name ends in .gz) into records of named fields with a
 * plain JavaScript parser, not DuckDB's reader, so tests check the importer against the file itself.
 */
export function readCsvRecords(
  file: string,
  options: { encoding?: 'utf-8' | 'windows-1252'; delimiter?: DatasetDelimiter } = {},
): Record<string, string>[] {
  const bytes = readFileSync(file);
  const raw = file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  const text = iconv.decode(raw, options.encoding ?? 'utf-8').replace(/^\uFEFF/, '');
  const [header, ...rows] = firstRecords(text, Infinity, options.delimiter);
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

/**
 * Checks, for every country of a file, that the yearly Islamic State counts of `trend` equal those
 * counted from the file's records (`isGroup` tells a record of the group, by the names as written).
 * Returns the counts compared, so that a test can also check they are not all empty.
 */
export async function expectYearlyCountsMatch(
  db: Queryable,
  records: Record<string, string>[],
  fields: {
    country: (r: Record<string, string>) => string;
    year: (r: Record<string, string>) => string;
    isGroup: (r: Record<string, string>) => boolean;
  },
): Promise<Record<string, Record<string, number>>> {
  const compared: Record<string, Record<string, number>> = {};
  for (const name of new Set(records.map(fields.country))) {
    const code = findCountry(name)?.code;
    expect(code, `country "${name}"`).toBeDefined();
    const expected = countByYear(
      records,
      (r) => fields.country(r) === name && fields.isGroup(r),
      fields.year,
    );
    const series = await trendSeries(db, { actor: 'Islamic State', country: code!, by: 'year' });
    const got = Object.fromEntries(
      series.periods.filter((p) => p.events > 0).map((p) => [p.period, p.events]),
    );
    expect(got, `Islamic State events per year in ${name}`).toEqual(expected);
    compared[code!] = got;
  }
  return compared;
}
