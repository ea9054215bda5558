import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFiles } from '../../../src/store/datasets/import-files.js';
import { trendSeries } from '../../../src/store/trends/trend-series.js';
import { readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';
import { fixture } from '../../helpers/fixtures.js';
import { writeDelimited } from '../../helpers/write-variant.js';

describe('merging a GTD attack whose third group is the one another dataset names', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  it('makes one incident of it, counted once for the group', async () => {
    // The Latakia offensive of 4 August 2013: GTD names Ahrar al-Sham, al-Nusrah Front and ISIL third.
    const [template] = readCsvRecords(fixture('datasets', 'acled-export-2024-middle-east.csv'));
    const acled = join(mkdtempSync(join(tmpdir(), 'resurgence-merge3-')), 'acled-latakia.csv');
    writeDelimited(acled, [
      {
        ...template!,
        event_id_cnty: 'SYR990001',
        event_date: '2013-08-04',
        year: '2013',
        actor1: 'Islamic State (Syria)',
        actor2: 'Civilians (Syria)',
        admin1: 'Lattakia',
        admin2: 'Lattakia',
        location: 'Barouda',
        latitude: '35.6900',
        longitude: '36.0600',
        fatalities: '190',
      },
    ]);
    await importDatasetFiles(db, [fixture('datasets', 'gtd-iraq-syria-2012-2019.csv'), acled]);
    const series = await trendSeries(db, { actor: 'Islamic State', country: 'SY', by: 'year' });
    expect(series.periods.find((p) => p.period === '2013')?.events).toBe(2); // Latakia once, Menagh
    const [merged] = await db.all<{ n: number }>(
      `select count(*)::int as n from events where incident_id is not null and source_id in ('201308040001', 'SYR990001')`,
    );
    expect(merged!.n).toBe(2);
  });
});
