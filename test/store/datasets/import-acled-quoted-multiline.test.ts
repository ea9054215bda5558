import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { memoryDatabase } from '../../helpers/database.js';
import { storedEvent } from '../../helpers/events.js';
import { fixture } from '../../helpers/fixtures.js';

// Four rows written by hand in the current export's 31 columns (tags, civilian_targeting, inter1
// as labels, timestamp in epoch seconds), in two shapes: every field quoted, with a BOM and CRLF,
// notes holding line breaks, commas and doubled quotes, then three bad rows; and the same rows
// saved by a continental Excel (semicolons, windows-1252, 02.05.2024, decimal commas), one note
// changed, a line of empty fields under the data.
const QUOTED = fixture('datasets', 'acled-export-quoted-crlf.csv');
const SEMICOLON = fixture('datasets', 'acled-excel-semicolon-multiline.csv');

describe('importing an ACLED export with quoted multi-line notes', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  it('imports the good rows and names the line and reason of each bad one', async () => {
    const report = await importDatasetFile(db, QUOTED);
    expect(report).toMatchObject({ format: 'acled', rowsRead: 7, inserted: 4, rejected: 3 });
    // Line 1 is the header; the first row's note spans lines 2-3, so the short row is on line 5.
    expect(report.rejects).toEqual([
      { line: 5, reason: 'expected 31 columns, found 3' },
      { line: 8, reason: 'event_date "2024-05-32" is not a date in a known format' },
      { line: 9, reason: 'repeats event id "NIG95004" of an earlier row' },
    ]);
  });

  it('keeps the note whole, with its line break, comma and quotes', async () => {
    await importDatasetFile(db, QUOTED);
    const raid = await storedEvent(db, 'NIG95001');
    expect(raid).toMatchObject({ date: '2024-05-02', fatalities: 5, perpetrator: 'Islamic State' });
    expect(raid!.notes).toBe(
      'Fighters raided an army base at Bama, burned two trucks and withdrew.\r\nOn 3 May, a second account said the troops "repelled" them, killing 5.',
    );
    expect(await storedEvent(db, 'NIG95002')).toMatchObject({
      date_precision: 'week',
      unit: 'West Africa Province',
    });
    expect(await storedEvent(db, 'NIG95003')).toMatchObject({
      lat: null,
      lon: null,
      location_precision: 'admin1',
    });
  });

  it('reads the continental Excel copy as the same events, and a re-import updates only the changed one', async () => {
    await importDatasetFile(db, QUOTED);
    const saved = await importDatasetFile(db, SEMICOLON);
    expect(saved).toMatchObject({
      readAs: 'windows-1252',
      rowsRead: 4,
      inserted: 0,
      updated: 1,
      unchanged: 3,
      rejected: 0,
    });
    expect(await storedEvent(db, 'NIG95001')).toMatchObject({
      date: '2024-05-02',
      lat: 11.5221,
      lon: 13.6856,
    });
    expect((await storedEvent(db, 'NIG95003'))!.notes).toContain('Location: near the Maiduguri road.');
    const rows = await db.all<{ n: number }>(`select count(*)::int as n from events where origin = 'acled'`);
    expect(rows).toEqual([{ n: 4 }]);
  });
});
