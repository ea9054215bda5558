import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCountry } from '../../../src/extract/places/countries.js';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { importDatasetFiles } from '../../../src/store/datasets/import-files.js';
import { expectYearlyCountsMatch, readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';
import { storedEvent } from '../../helpers/events.js';
import { fixture } from '../../helpers/fixtures.js';
import { gtdRowIsIslamicState } from '../../helpers/islamic-state-rule.js';
import { writeDelimited, writeWorkbook } from '../../helpers/write-variant.js';

// 34 rows written by hand in the layout of GTD's CSV distribution (135 columns, windows-1252,
// CRLF), most in Iraq and Syria 2012-2019: the incidents are public facts, the summaries our own
// words. They hold what the real file holds: 0 for an unknown month or day, blank and 0 tolls,
// `doubtterr` 1, a suspected perpetrator, a second and third group, and attacks GTD splits into
// several rows that share `related`.
const FILE = fixture('datasets', 'gtd-iraq-syria-2012-2019.csv');
const records = () => readCsvRecords(FILE, { encoding: 'windows-1252' });
const folder = mkdtempSync(join(tmpdir(), 'resurgence-gtd-me-'));

const yearly = (db: Database, rows = records()) =>
  expectYearlyCountsMatch(db, rows, {
    country: (r) => r.country_txt!,
    year: (r) => r.iyear!,
    isGroup: gtdRowIsIslamicState,
  });

describe('a GTD export of Iraq and Syria', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());
  const event = (id: string) => storedEvent(db, id, 'gtd');

  it('imports every row of the windows-1252 CSV and rejects none', async () => {
    const report = await importDatasetFile(db, FILE);
    expect(report.rejects).toEqual([]);
    expect(report).toMatchObject({ format: 'gtd', readAs: 'windows-1252', rowsRead: 34, inserted: 34 });
    expect(report.unknownCountries).toEqual([]);
  });

  it('gives yearly Islamic State events per country equal to the plain count of the file', async () => {
    await importDatasetFiles(db, [FILE]);
    const counts = await yearly(db);
    // Every row counts, however many share `related`, whatever `doubtterr`; the group as gname,
    // gname2 or gname3; Al-Qaida in Iraq and the Islamic State of Iraq as its earlier names.
    expect(counts.IQ).toEqual({
      '2012': 1,
      '2013': 3,
      '2014': 2,
      '2016': 4,
      '2017': 2,
      '2018': 1,
      '2019': 2,
    });
    expect(counts.SY).toEqual({ '2013': 2, '2015': 1, '2016': 4, '2017': 1, '2018': 2, '2019': 1 });
  });

  it('reads the same from the Excel workbook and from a UTF-8 copy with a BOM', async () => {
    const workbook = join(folder, 'gtd.xlsx');
    await writeWorkbook(workbook, records());
    const utf8 = join(folder, 'gtd-utf8.csv');
    writeDelimited(utf8, records(), { bom: true, eol: '\r\n' });
    await importDatasetFiles(db, [workbook]);
    await yearly(db);
    expect(await importDatasetFile(db, utf8)).toMatchObject({ rowsRead: 34, unchanged: 34, rejected: 0 });
    expect(await importDatasetFile(db, FILE)).toMatchObject({ rowsRead: 34, unchanged: 34, rejected: 0 });
  });

  it('keeps unknown months, days, tolls and coordinates as unknown, and a toll of 0 as 0', async () => {
    await importDatasetFile(db, FILE);
    expect(await event('201800000001')).toMatchObject({
      date: '2018',
      date_precision: 'year',
      fatalities: 0,
    });
    expect(await event('201906000003')).toMatchObject({ date: '2019-06', date_precision: 'month' });
    expect(await event('201700000007')).toMatchObject({
      date: '2017',
      lat: null,
      lon: null,
      location_precision: 'admin1',
      admin1: 'Ar Raqqah',
    });
    expect(await event('201406100001')).toMatchObject({ fatalities: null, attackers_killed: null });
    expect(await event('201607030001')).toMatchObject({ fatalities: 323, attackers_killed: 1, injured: 225 });
  });

  it('resolves every name of the group to its province, and a third group too', async () => {
    await importDatasetFile(db, FILE);
    const units = await db.all<{ source_id: string; unit: string | null }>(
      `select source_id, case 'Islamic State' when perpetrator then unit when actor2 then unit2 else unit3 end as unit
       from events where 'Islamic State' in (perpetrator, actor2, actor3) order by source_id`,
    );
    const byId = Object.fromEntries(units.map((u) => [u.source_id, u.unit]));
    expect(byId).toMatchObject({
      '201207230003': 'Iraq Province', // Al-Qaida in Iraq
      '201303190001': 'Iraq Province', // Islamic State of Iraq (ISI)
      '201308050002': 'Syria Province', // ISIL as gname2
      '201711240002': 'Sinai Province',
      '201811200035': 'Khorasan Province',
      '201903220012': 'West Africa Province', // "Islamic State West Africa Province (ISWAP)"
      '201904160027': 'Central Africa Province',
      '201912100021': 'Sahel Province',
    });
    expect(byId['201510100001']).toBe('Turkey Province'); // ISIL in Turkey, by the country
    expect(byId['201308040001']).toBe('Syria Province'); // ISIL as gname3
  });

  it('reports a malformed row with its line and reason and imports the rest', async () => {
    const rows = records();
    rows[3] = { ...rows[3]!, imonth: '13' };
    rows[10] = { ...rows[10]!, nkill: 'unknown' };
    rows[20] = { ...rows[20]!, eventid: rows[19]!.eventid! };
    const file = join(folder, 'gtd-bad.csv');
    writeDelimited(file, rows, { encoding: 'windows-1252', eol: '\r\n' });
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ rowsRead: 34, inserted: 31, rejected: 3 });
    expect(report.rejects).toEqual([
      { line: 5, reason: 'imonth "13" is not a month (1-12, or 0 when unknown)' },
      { line: 12, reason: 'nkill "unknown" is not a number' },
      { line: 22, reason: `repeats event id "${rows[19]!.eventid}" of an earlier row` },
    ]);
  });

  it('keeps a row whose day its month lacks, or whose longitude is out of range, as the real file needs', async () => {
    const rows = records().map((r) =>
      r.eventid === '201406100001'
        ? { ...r, iday: '31' }
        : r.eventid === '201607030001'
          ? { ...r, longitude: '-86185896' }
          : r,
    );
    const file = join(folder, 'gtd-slips.csv');
    writeDelimited(file, rows, { encoding: 'windows-1252', eol: '\r\n' });
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ rowsRead: 34, inserted: 34, rejected: 0 });
    expect(await event('201406100001')).toMatchObject({ date: '2014-06', date_precision: 'month' });
    expect(await event('201607030001')).toMatchObject({ lat: null, lon: null, admin1: 'Baghdad' });
    await importDatasetFiles(db, []);
    await yearly(db, rows);
  });

  it('says so when a spreadsheet wrote the event ids in scientific notation', async () => {
    const rows = records().map((r, i) => (i < 2 ? { ...r, eventid: '2.01303E+11' } : r));
    const file = join(folder, 'gtd-resaved.csv');
    writeDelimited(file, rows, { eol: '\r\n' });
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ rowsRead: 34, inserted: 32, rejected: 2 });
    expect(report.rejects[0]).toEqual({
      line: 2,
      reason:
        'eventid "2.01303E+11" was rounded by a spreadsheet (scientific notation): import the original file, or format the column as a whole number before saving',
    });
  });

  it('updates rather than duplicates on a second import, and takes a corrected toll', async () => {
    await importDatasetFiles(db, [FILE]);
    expect(await importDatasetFile(db, FILE)).toMatchObject({ inserted: 0, updated: 0, unchanged: 34 });
    const rows = records().map((r) => (r.eventid === '201406100001' ? { ...r, nkill: '30' } : r));
    const file = join(folder, 'gtd-corrected.csv');
    writeDelimited(file, rows, { encoding: 'windows-1252', eol: '\r\n' });
    expect(await importDatasetFile(db, file)).toMatchObject({ inserted: 0, updated: 1, unchanged: 33 });
    expect(await event('201406100001')).toMatchObject({ fatalities: 30 });
    await importDatasetFiles(db, []);
    await yearly(db);
  });

  it("knows GTD's names of countries that are gone when one successor holds them all", () => {
    const codes = [
      'West Germany (FRG)',
      'East Germany (GDR)',
      'South Vietnam',
      'Rhodesia',
      'North Yemen',
      'South Yemen',
      "People's Republic of the Congo",
      'Serbia-Montenegro',
      'New Hebrides',
      'St. Kitts and Nevis',
      'St. Lucia',
      'Soviet Union',
    ].map((n) => findCountry(n)?.code ?? null);
    expect(codes).toEqual(['DE', 'DE', 'VN', 'ZW', 'YE', 'YE', 'CG', 'RS', 'VU', 'KN', 'LC', null]);
  });
});
