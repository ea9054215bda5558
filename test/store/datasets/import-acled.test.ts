import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultActorRegistry, type ActorRegistry } from '../../../src/extract/actors/registry.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import type { Database } from '../../../src/store/database.js';
import { memoryDatabase } from '../../helpers/database.js';
import { fixture } from '../../helpers/fixtures.js';

const current = fixture('datasets', 'acled-current.csv');

interface EventRow {
  source_id: string;
  type: string;
  notes: string;
  source_type: string;
  date: string;
  date_precision: string;
  date_start: Date;
  date_end: Date;
  country: string;
  lat: number | null;
  location_precision: string | null;
  perpetrator: string | null;
  unit: string | null;
  perpetrator_raw: string;
  actor2: string | null;
  fatalities: number | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('importing ACLED exports', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  const event = async (id: string) =>
    (await db.all<EventRow>(`select * from events where source_id = $1`, [id]))[0];

  it('imports the good rows of a current export and reports each bad row with its line and reason', async () => {
    const report = await importDatasetFile(db, current);
    expect(report.format).toBe('acled');
    expect(report.rowsRead).toBe(9);
    expect(report.inserted).toBe(5);
    expect(report.rejects).toEqual([
      { line: 5, reason: 'event_date "31-Foo-21" is not a date in a known format' },
      { line: 6, reason: 'fatalities "a dozen" is not a number' },
      { line: 7, reason: 'expected 31 columns, found 13' },
      { line: 11, reason: 'fatalities -4 is negative' },
    ]);
  });

  it('maps actors, provinces, types, precision and coordinates into the common model', async () => {
    await importDatasetFile(db, current);
    const clash = await event('NIG90001');
    expect(clash).toMatchObject({
      type: 'battle',
      source_type: 'Battles: Armed clash',
      date: '2021-03-01',
      date_precision: 'day',
      country: 'NG',
      perpetrator: 'Islamic State',
      unit: 'West Africa Province',
      actor2: 'Military of Nigeria',
      fatalities: 8,
      location_precision: 'exact',
    });
    const bomb = await event('SOM90003');
    expect(bomb).toMatchObject({ type: 'bombing', unit: 'Somalia Province', lat: null, country: 'SO' });
    const strike = await event('NIG90008');
    expect(strike).toMatchObject({
      type: 'airstrike',
      date: '2021-03',
      date_precision: 'month',
      actor2: 'Islamic State',
    });
    expect([day(strike!.date_start), day(strike!.date_end)]).toEqual(['2021-03-01', '2021-03-31']);
    expect((await event('NIG90007'))!.date_precision).toBe('week');
  });

  it('counts a compound "A and/or B" actor for neither group', async () => {
    await importDatasetFile(db, current);
    const compound = await event('MLI90002');
    expect(compound!.perpetrator).toBeNull();
    expect(compound!.perpetrator_raw).toContain('and/or Islamic State (Greater Sahara)');
  });

  it('reads the older layouts: "09 May 2020" and "9-May-15" dates, HXL tags, upper-case headers', async () => {
    const hdx = await importDatasetFile(db, fixture('datasets', 'acled-2019.csv'));
    expect(hdx).toMatchObject({ rowsRead: 2, inserted: 2, rejected: 0 });
    expect(await event('IRQ4001')).toMatchObject({
      date: '2020-05-09',
      type: 'bombing',
      unit: 'Iraq Province',
    });
    const old = await importDatasetFile(db, fixture('datasets', 'acled-2016.csv'));
    expect(old).toMatchObject({ rowsRead: 2, inserted: 2, rejected: 0 });
    expect(await event('NIG7001')).toMatchObject({
      date: '2015-05-09',
      type: 'battle',
      perpetrator: 'Military of Nigeria',
      actor2: 'Boko Haram',
    });
    expect((await event('NIG7002'))!.date).toBe('1998-12-28');
  });

  it('updates rather than duplicates when the same file is imported again', async () => {
    await importDatasetFile(db, current);
    const again = await importDatasetFile(db, current);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 4 });
    const [count] = await db.all<{ n: number }>(
      `select count(*)::int as n from events where origin = 'acled'`,
    );
    expect(count!.n).toBe(5);
  });

  it('updates a row whose content changed and leaves the others', async () => {
    const original = fixture('datasets', 'acled-2019.csv');
    await importDatasetFile(db, original);
    const edited = join(mkdtempSync(join(tmpdir(), 'resurgence-acled-')), 'acled-2019.csv');
    writeFileSync(
      edited,
      readFileSync(original, 'utf8').replace('checkpoint near Hawija.",5,', 'checkpoint near Hawija.",7,'),
    );
    expect(await importDatasetFile(db, edited)).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect((await event('IRQ4001'))!.fatalities).toBe(7);
  });

  it('rejects a row that repeats an event id of an earlier row', async () => {
    const original = readFileSync(fixture('datasets', 'acled-2019.csv'), 'utf8').trimEnd().split('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'resurgence-acled-')), 'repeated.csv');
    writeFileSync(file, [...original, original[2]!.replace('checkpoint', 'gate')].join('\n'));
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ rowsRead: 3, inserted: 2 });
    expect(report.rejects).toEqual([{ line: 5, reason: 'repeats event id "IRQ4001" of an earlier row' }]);
    expect((await event('IRQ4001'))!.notes).toContain('checkpoint');
  });

  it('writes nothing of a file whose import fails part-way', async () => {
    await importDatasetFile(db, fixture('datasets', 'acled-2019.csv'));
    const shipped = defaultActorRegistry();
    const broken: ActorRegistry = {
      ...shipped,
      byName: () => {
        throw new Error('registry failure');
      },
    };
    await expect(importDatasetFile(db, current, { registry: broken })).rejects.toThrow('registry failure');
    const [counts] = await db.all<{ events: number; imports: number }>(
      'select (select count(*)::int from events) as events, (select count(*)::int from imports) as imports',
    );
    expect(counts).toEqual({ events: 2, imports: 1 });
  });
});
