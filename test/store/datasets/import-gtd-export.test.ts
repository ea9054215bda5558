import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFiles } from '../../../src/store/datasets/import-files.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { expectYearlyCountsMatch, readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';
import { storedEvent } from '../../helpers/events.js';
import { fixture } from '../../helpers/fixtures.js';

// An excerpt in the layout of GTD's CSV distribution (globalterrorismdb_0718dist.csv): 135 columns,
// windows-1252, CRLF line ends, summaries with line breaks and curly quotes, 0 for an unknown day or
// month, -99 and -9 for unknown counts and claims. Written by hand; the incidents are public facts.
const excerpt = fixture('datasets', 'gtd-0718dist-excerpt.csv');
const records = () => readCsvRecords(excerpt, { encoding: 'windows-1252' });

/** The group's names as GTD writes them, one per province (and its central "ISIL"). */
const ISLAMIC_STATE = new Set([
  'Islamic State of Iraq and the Levant (ISIL)',
  'Khorasan Chapter of the Islamic State',
  'Sinai Province of the Islamic State',
  'Islamic State in Egypt',
  'West Africa Province of the Islamic State',
  'Islamic State in the Greater Sahara (ISGS)',
  'Central Africa Province of the Islamic State',
  'Tripoli Province of the Islamic State',
  'Barqa Province of the Islamic State',
  'Fezzan Province of the Islamic State',
  'Adan-Abyan Province of the Islamic State',
  'Hadramawt Province of the Islamic State',
  'Sanaa Province of the Islamic State',
  'Islamic State in Bangladesh',
  'Islamic State East Asia',
  'Caucasus Province of the Islamic State',
]);

const folder = mkdtempSync(join(tmpdir(), 'resurgence-gtd-'));

describe("importing GTD's own distribution files", () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  const event = (id: string) => storedEvent(db, id, 'gtd');

  it('reads the windows-1252 CSV copy whole: every row, no rejects, accents and curly quotes decoded', async () => {
    const report = await importDatasetFile(db, excerpt);
    expect(report).toMatchObject({ format: 'gtd', readAs: 'windows-1252', rowsRead: 24, inserted: 24 });
    expect(report.rejects).toEqual([]);
    expect(await event('201710040031')).toMatchObject({ admin1: 'Tillabéri', unit: 'Sahel Province' });
    expect((await event('201703260004'))!.notes).toContain('cooperating with “the coalition” – they');
    expect((await event('201612110003'))!.notes).toContain('St. Mark’s Cathedral');
    expect((await event('201605030021'))!.notes).toMatch(
      /checkpoint near Hit city\.\nThe attack was part of a multiple attack\.\n\n"Sources differ/,
    );
  });

  it('keeps unknown days, months, tolls and claims as unknown rather than rejecting them', async () => {
    await importDatasetFile(db, excerpt);
    expect(await event('201606000017')).toMatchObject({ date: '2016-06', date_precision: 'month' });
    expect(await event('201700000012')).toMatchObject({ date: '2017', date_precision: 'year' });
    // nkill, nkillter and nwound blank; nperps -99; claimed 1.
    expect(await event('201605030021')).toMatchObject({
      fatalities: null,
      attackers_killed: null,
      injured: null,
      claimed: true,
    });
    expect(await event('201703260004')).toMatchObject({ fatalities: 0, injured: 0, claimed: null });
  });

  it("gives every Islamic State province GTD names its unit, and leaves other groups' names alone", async () => {
    await importDatasetFile(db, excerpt);
    const units = await db.all<{ source_id: string; perpetrator: string | null; unit: string | null }>(
      `select source_id, perpetrator, unit from events order by source_id`,
    );
    expect(Object.fromEntries(units.map((u) => [u.source_id, u.unit ?? u.perpetrator]))).toEqual({
      '201503200001': 'Yemen Province',
      '201506090004': 'Tripoli Province', // the Libyan provinces of 2014-2016, as GTD names them
      '201510200011': 'Barqa Province',
      '201512060001': 'Yemen Province',
      '201601120009': 'Iraq Province',
      '201605030021': 'Iraq Province',
      '201605140040': 'Fezzan Province',
      '201606000017': 'Khorasan Province',
      '201606270019': 'Yemen Province',
      '201607010001': 'Bangladesh',
      '201607140001': 'Islamic State', // ISIL in France: the group, no province
      '201607310020': null, // "Unknown"
      '201608190013': null, // Al-Furqan Brigade: not a province of the group
      '201612110003': 'Egypt Province',
      '201612180025': 'Caucasus Province',
      '201700000012': 'Syria Province',
      '201701010001': 'Turkey Province',
      '201703260004': 'Syria Province',
      '201705230018': 'East Asia Province',
      '201710040031': 'Sahel Province',
      '201711240002': 'Sinai Province',
      '201808020003': 'Khorasan Province',
      '201901140018': 'West Africa Province',
      '201904180027': 'Central Africa Province',
    });
  });

  it('gives yearly Islamic State counts per country equal to those counted in the file', async () => {
    await importDatasetFiles(db, [excerpt]);
    const counts = await expectYearlyCountsMatch(db, records(), {
      country: (r) => r.country_txt!,
      year: (r) => r.iyear!,
      isGroup: (r) => ISLAMIC_STATE.has(r.gname!),
    });
    expect(counts.IQ).toEqual({ '2016': 2 });
    expect(counts.SY).toEqual({ '2017': 2 });
  });

  it('updates rather than duplicates on a second import', async () => {
    await importDatasetFile(db, excerpt);
    expect(await importDatasetFile(db, excerpt)).toMatchObject({ inserted: 0, updated: 0, unchanged: 24 });
  });

  it('transcodes a file whose first megabyte is plain ASCII and whose later rows are not UTF-8', async () => {
    const lines = readFileSync(excerpt).toString('latin1').split('\r\n');
    const [header, ...rows] = lines.filter(Boolean);
    const plain = rows.filter((r) => /^[\x20-\x7e]*$/.test(r));
    const filler = Array.from({ length: 3000 }, (_, i) =>
      plain[i % plain.length]!.replace(/^\d{12}/, String(100000000000 + i)),
    );
    const file = join(folder, 'late-accents.csv');
    writeFileSync(file, Buffer.from([header, ...filler, ...rows, ''].join('\r\n'), 'latin1'));
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ readAs: 'windows-1252', rowsRead: 3024, inserted: 3024, rejected: 0 });
    expect(await event('201710040031')).toMatchObject({ admin1: 'Tillabéri' });
  });

  it('imports the Excel workbook (GTD distributes .xlsx) as it imports the CSV copy', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    const data = records();
    const columns = Object.keys(data[0]!);
    sheet.addRow(columns);
    for (const r of data)
      sheet.addRow(columns.map((c) => (/^-?\d+(\.\d+)?$/.test(r[c]!) ? Number(r[c]) : r[c] || null)));
    const file = join(folder, 'globalterrorismdb_excerpt.xlsx');
    await workbook.xlsx.writeFile(file);

    const fromWorkbook = await importDatasetFile(db, file);
    expect(fromWorkbook).toMatchObject({ readAs: 'xlsx', rowsRead: 24, inserted: 24, rejected: 0 });
    const fromCsv = await importDatasetFile(db, excerpt);
    expect(fromCsv).toMatchObject({ inserted: 0, updated: 0, unchanged: 24 });
  });
});
