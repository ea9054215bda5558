import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../../src/model/package-path.js';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile, type ImportReport } from '../../../src/store/datasets/import-file.js';
import { mergeIncidents } from '../../../src/store/incidents/merge.js';
import { trendSeries, type TrendSeriesOptions } from '../../../src/store/trends/trend-series.js';
import { countByYear, readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';

const SHARED = packagePath('..', 'shared', 'data', 'ucdp');
const SAMPLES = packagePath('samples', 'ucdp');

const FILES = [
  { name: 'ged_syria_191.csv', rows: 16_566, country: 'SY' },
  { name: 'conflict_data_irq.csv', rows: 7_473, country: 'IQ' },
  { name: 'conflict_data_nga.csv', rows: 4_603, country: 'NG' },
];

/** Yearly counts of rows where IS is either side, read from the file without DuckDB. */
function islamicStateYears(file: string): Record<string, number> {
  const data = readCsvRecords(file).filter((r) => /^\d/.test(r.id ?? ''));
  return countByYear(
    data,
    (r) => r.side_a === 'IS' || r.side_b === 'IS',
    (r) => r.date_start!.slice(0, 4),
  );
}

function checks(folder: string, suffix: string) {
  let db: Database;
  const reports: ImportReport[] = [];
  beforeAll(async () => {
    db = await memoryDatabase();
    for (const f of FILES) reports.push(await importDatasetFile(db, `${folder}/${f.name}${suffix}`));
  });
  afterAll(() => db.close());

  it('imports every row of the three files and rejects none', () => {
    expect(reports.map((r) => [r.format, r.rowsRead, r.inserted, r.rejected])).toEqual(
      FILES.map((f) => ['ucdp', f.rows, f.rows, 0]),
    );
  });

  it.each(FILES)('gives yearly Islamic State counts in $country equal to those in $name', async (f) => {
    const expected = islamicStateYears(`${folder}/${f.name}${suffix}`);
    const series = await trendSeries(db, { actor: 'Islamic State', country: f.country, by: 'year' });
    const got = Object.fromEntries(series.periods.map((p) => [p.period, p.events]));
    expect(got).toEqual(expected);
  });

  it('gives the same trajectories from the summary table as from the events themselves', async () => {
    await mergeIncidents(db);
    const selections: TrendSeriesOptions[] = [
      { actor: 'Islamic State', by: 'month' },
      { actor: 'Islamic State', unit: 'Iraq Province', by: 'quarter' },
      { actor: 'Military of Syria', country: 'SY', by: 'year', since: '2017-01-01', until: '2018-06-30' },
    ];
    for (const selection of selections) {
      const summary = await trendSeries(db, selection);
      const direct = await trendSeries(db, { ...selection, direct: true });
      // Sums of logarithms may differ in the last digits with the order of addition.
      const exact = (p: object) => JSON.stringify({ ...p, logFatalities: 0, logFatalitiesSquared: 0 });
      expect(summary.periods).toEqual(direct.periods);
      expect(summary.months.map(exact)).toEqual(direct.months.map(exact));
      summary.months.forEach((m, i) => {
        expect(m.logFatalities).toBeCloseTo(direct.months[i]!.logFatalities, 6);
        expect(m.logFatalitiesSquared).toBeCloseTo(direct.months[i]!.logFatalitiesSquared, 6);
      });
      expect(summary.end).toBe(direct.end);
    }
  });
}

describe('the UCDP extracts shipped in samples/ucdp', () => checks(SAMPLES, '.gz'));

describe.skipIf(!existsSync(SHARED))('the UCDP extracts in ../shared/data/ucdp', () => checks(SHARED, ''));
