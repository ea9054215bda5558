import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import type { Database } from '../../../src/store/database.js';
import { memoryDatabase } from '../../helpers/database.js';
import { storedEvent } from '../../helpers/events.js';
import { fixture } from '../../helpers/fixtures.js';

const gtd = fixture('datasets', 'gtd.csv');

describe('importing the Global Terrorism Database', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  const event = (id: string) => storedEvent(db, id, 'gtd');

  it('imports the good rows and reports the bad ones with line and reason', async () => {
    const report = await importDatasetFile(db, gtd);
    expect(report).toMatchObject({ format: 'gtd', rowsRead: 10, inserted: 6 });
    expect(report.rejects).toEqual([
      { line: 6, reason: 'iyear "20l5" is not a year' },
      { line: 7, reason: 'nkill "many" is not a number' },
      { line: 8, reason: 'imonth "13" is not a month (1-12, or 0 when unknown)' },
      { line: 11, reason: 'expected 135 columns, found 9' },
    ]);
    // February 30 is a slip of the day: the attack stands, dated to its month.
    expect(await event('201502300001')).toMatchObject({ date: '2015-02', date_precision: 'month' });
  });

  it('turns an unknown day or month (0) into month or year precision', async () => {
    await importDatasetFile(db, gtd);
    expect(await event('201503150001')).toMatchObject({ date: '2015-03-15', date_precision: 'day' });
    expect(await event('201504000001')).toMatchObject({
      date: '2015-04',
      date_precision: 'month',
      fatalities: 4,
    });
    expect(await event('201500000001')).toMatchObject({
      date: '2015',
      date_precision: 'year',
      fatalities: null,
    });
  });

  it("names the Islamic State's provinces from GTD's group names and keeps the attack details", async () => {
    await importDatasetFile(db, gtd);
    expect(await event('201503150001')).toMatchObject({
      perpetrator: 'Islamic State',
      unit: 'Iraq Province',
      type: 'bombing',
      source_type: 'Bombing/Explosion',
      fatalities: 12,
      attackers_killed: 1,
      injured: 20,
      claimed: true,
      target: 'Market',
      country: 'IQ',
    });
    expect(await event('201504000001')).toMatchObject({ unit: 'Sinai Province', country: 'EG' });
    expect(await event('201500000001')).toMatchObject({
      unit: 'Khorasan Province',
      claimed: null,
      type: 'abduction',
    });
    expect(await event('201508080001')).toMatchObject({ perpetrator: null, perpetrator_raw: 'Unknown' });
  });

  it('keeps an event without coordinates, located by its region', async () => {
    await importDatasetFile(db, gtd);
    expect(await event('201506020001')).toMatchObject({
      lat: null,
      lon: null,
      admin1: 'Diffa',
      location_precision: 'admin1',
      unit: 'West Africa Province',
      claimed: false,
    });
  });
});
