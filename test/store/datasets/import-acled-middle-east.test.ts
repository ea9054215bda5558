import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { importDatasetFiles } from '../../../src/store/datasets/import-files.js';
import { expectYearlyCountsMatch, readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';
import { fixture } from '../../helpers/fixtures.js';
import { acledRowIsIslamicState } from '../../helpers/islamic-state-rule.js';
import { writeDelimited, writeWorkbook } from '../../helpers/write-variant.js';

// Two exports written by hand in ACLED's layouts, centred on Syria and Iraq; the incidents are
// public facts (dates, places, tolls as reported), the notes our own words.
/** The export tool's current 31 columns: ISO dates, text inter codes, civilian_targeting, tags; BOM, CRLF. */
const CURRENT = fixture('datasets', 'acled-export-2024-middle-east.csv');
/** The 2019 API layout: data_id, event_id_no_cnty, numeric inter codes, iso3, dates like "03 July 2016". */
const API_2019 = fixture('datasets', 'acled-api-2019-middle-east.csv');

const folder = mkdtempSync(join(tmpdir(), 'resurgence-acled-me-'));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const INTER_CODES: Record<string, string> = {
  'State forces': '1',
  'Rebel group': '2',
  'Political militia': '3',
  'Identity militia': '4',
  Rioters: '5',
  Protesters: '6',
  Civilians: '7',
  'External/Other forces': '8',
};

const parts = (iso: string) => [iso.slice(0, 4), Number(iso.slice(5, 7)), iso.slice(8, 10)] as const;
const withDates = (
  records: Record<string, string>[],
  format: (iso: string) => string,
): Record<string, string>[] => records.map((r) => ({ ...r, event_date: format(r.event_date!) }));
const isoOf = (long: string) => {
  const [d, m, y] = long.split(' ');
  return `${y}-${String(LONG_MONTHS.indexOf(m!) + 1).padStart(2, '0')}-${d}`;
};

/** One file as an analyst may hand it to us: where it is, and how to read it back plainly. */
interface Variant {
  file: string;
  read?: { encoding?: 'windows-1252'; delimiter?: ';' | '\t' };
  /** The records the file holds, when the plain reader cannot read it (a workbook). */
  records?: Record<string, string>[];
}

const current = () => readCsvRecords(CURRENT);
const api = () => readCsvRecords(API_2019);

/** Every layout of the two exports, written out once. */
async function variants(): Promise<Record<string, Variant>> {
  const at = (name: string) => join(folder, name);
  writeDelimited(
    at('current-long-dates.csv'),
    withDates(current(), (iso) => {
      const [y, m, d] = parts(iso);
      return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
    }).map((r) => ({
      ...r,
      inter1: INTER_CODES[r.inter1!] ?? r.inter1!,
      inter2: INTER_CODES[r.inter2!] ?? '',
    })),
  );
  writeDelimited(at('current-tab.txt'), current(), { delimiter: '\t', bom: true, eol: '\r\n' });
  writeDelimited(
    at('current-semicolon.csv'),
    current().map((r) => ({
      ...r,
      latitude: r.latitude!.replace('.', ','),
      longitude: r.longitude!.replace('.', ','),
    })),
    { delimiter: ';', encoding: 'windows-1252', eol: '\r\n' },
  );
  await writeWorkbook(at('current.xlsx'), current(), ['event_date']);
  const numeric = (order: (y: string, m: number, d: string) => string) =>
    withDates(current(), (iso) => order(...parts(iso)));
  writeDelimited(
    at('current-excel-us.csv'),
    numeric((y, m, d) => `${m}/${Number(d)}/${y}`),
    { eol: '\r\n' },
  );
  writeDelimited(
    at('current-excel-uk.csv'),
    numeric((y, m, d) => `${d}/${String(m).padStart(2, '0')}/${y}`),
    {
      eol: '\r\n',
    },
  );
  const hxl = Object.keys(api()[0]!).map((c) => (c === 'event_date' ? '#date+occurred' : `#x_${c}`));
  writeDelimited(at('api-hdx.csv'), api(), { extraHeaderRows: [hxl] });
  writeDelimited(
    at('api-short-dates.csv'),
    withDates(api(), (long) => {
      const [y, m, d] = parts(isoOf(long));
      return `${Number(d)}-${MONTHS[m - 1]}-${y.slice(2)}`;
    }),
  );
  return {
    'current export (ISO dates, text inter codes, BOM, CRLF)': { file: CURRENT },
    'current export with "22 March 2024" dates and numeric inter codes': {
      file: at('current-long-dates.csv'),
    },
    'current export, tab-separated with a BOM': { file: at('current-tab.txt'), read: { delimiter: '\t' } },
    'current export saved by a continental Excel (semicolons, windows-1252, decimal commas)': {
      file: at('current-semicolon.csv'),
      read: { encoding: 'windows-1252', delimiter: ';' },
    },
    'current export as an Excel workbook': { file: at('current.xlsx'), records: current() },
    'current export opened and saved by Excel in the US ("3/22/2024")': { file: at('current-excel-us.csv') },
    'current export opened and saved by Excel in the UK ("22/03/2024")': { file: at('current-excel-uk.csv') },
    '2019 API layout ("03 July 2016")': { file: API_2019 },
    '2019 API layout as the humanitarian data exchange serves it (HXL row)': { file: at('api-hdx.csv') },
    '2019 API layout with dates like "3-Jul-16"': { file: at('api-short-dates.csv') },
  };
}

const recordsOf = (v: Variant) =>
  (v.records ?? readCsvRecords(v.file, v.read)).filter((r) => !r.event_id_cnty!.startsWith('#'));

describe('ACLED exports of the Middle East, in every layout an analyst may hand us', async () => {
  const all = await variants();
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  it.each(Object.entries(all))('%s: imports every row, rejects none', async (_, v) => {
    const rows = recordsOf(v).length;
    const report = await importDatasetFile(db, v.file);
    expect(report.rejects).toEqual([]);
    expect(report).toMatchObject({ format: 'acled', rowsRead: rows, inserted: rows, rejected: 0 });
    expect(report.unknownCountries).toEqual([]);
  });

  it.each(Object.entries(all))(
    '%s: yearly Islamic State events per country equal the plain count of the file',
    async (_, v) => {
      await importDatasetFiles(db, [v.file]);
      const counts = await expectYearlyCountsMatch(db, recordsOf(v), {
        country: (r) => r.country!,
        year: (r) => r.event_date!.match(/\d{4}/)?.[0] ?? `20${r.event_date!.slice(-2)}`,
        isGroup: acledRowIsIslamicState,
      });
      expect(counts.SY && counts.IQ).toBeTruthy();
    },
  );

  it('counts Syria and Iraq as an analyst would from the current export', async () => {
    await importDatasetFiles(db, [CURRENT, API_2019]);
    const counts = await expectYearlyCountsMatch(db, [...current(), ...api()], {
      country: (r) => r.country!,
      year: (r) => r.year!,
      isGroup: acledRowIsIslamicState,
    });
    // The compound of HTS and/or the group (2019) and HTS's own clash (2024) do not count.
    expect(counts.SY).toEqual({ '2017': 3, '2018': 4, '2019': 1, '2023': 5, '2024': 4 });
    expect(counts.IQ).toEqual({ '2016': 2, '2017': 3, '2018': 2, '2019': 1, '2023': 4, '2024': 2 });
  });

  it("gives each of the group's names its province, on either side, and compounds to neither", async () => {
    await importDatasetFiles(db, [CURRENT, API_2019]);
    const rows = await db.all<{ source_id: string; unit: string | null }>(
      `select source_id, case 'Islamic State' when perpetrator then unit else unit2 end as unit from events
       where 'Islamic State' in (perpetrator, actor2) and source_id similar to '(RUS|IRN|NIG|DRC|MOZ|SOM|MLI|CHA|AFG|EGY).*'
       order by source_id`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.source_id, r.unit]))).toEqual({
      AFG2810: 'Khorasan Province', // Islamic State (Afghanistan)
      CHA690: 'West Africa Province', // Islamic State (West Africa) - Lake Chad Faction
      DRC30221: 'Central Africa Province', // ADF: Allied Democratic Forces
      EGY5520: 'Sinai Province', // Islamic State (Egypt), as actor 2
      IRN7008: 'Khorasan Province', // Islamic State Khorasan Province (ISKP), in Iran
      MLI31005: 'Sahel Province', // Islamic State Sahel Province, as actor 2
      MOZ6210: 'Mozambique Province',
      NIG13801: 'West Africa Province', // Islamic State (West Africa)
      NIG33410: 'West Africa Province', // Islamic State West Africa Province (ISWAP)
      RUS15002: 'Khorasan Province', // Crocus City Hall, in Russia
      SOM44301: 'Somalia Province',
    });
    const units = await db.all<{ unit: string | null }>(
      `select distinct case 'Islamic State' when perpetrator then unit else unit2 end as unit from events
       where 'Islamic State' in (perpetrator, actor2) and country in ('SY', 'IQ') order by 1`,
    );
    expect(units.map((u) => u.unit)).toEqual(['Iraq Province', 'Syria Province']);
  });

  it('passes over records of empty fields that Excel leaves under the data, and counts lines past them', async () => {
    const empty = ','.repeat(30);
    const text = readFileSync(CURRENT, 'utf8')
      .replace('\r\nIRQ60101,', `\r\n${empty}\r\nIRQ60101,`)
      .replace(',2024-05-13,', ',2024-05-32,');
    const file = join(folder, 'current-empty-rows.csv');
    writeFileSync(file, `${text}${empty}\r\n${empty}\r\n`);
    const report = await importDatasetFile(db, file);
    expect(report).toMatchObject({ rowsRead: 28, inserted: 27, rejected: 1 });
    const line = text.split('\n').findIndex((l) => l.startsWith('IRQ66112,')) + 1;
    expect(report.rejects).toEqual([
      { line, reason: 'event_date "2024-05-32" is not a date in a known format' },
    ]);
  });

  it('reports malformed rows with their line and reason, imports the rest, and re-imports as updates', async () => {
    const lines = readFileSync(CURRENT, 'utf8').split('\r\n');
    const broken = lines.map((l) => {
      if (l.startsWith('IRQ61877,')) return l.replace(',2023-03-12,', ',2023-02-30,');
      if (l.startsWith('IRQ64018,')) return l.split(',').slice(0, 20).join(',');
      if (l.startsWith('SYR130640,')) return l.replace(/,18,,1717430000$/, ',dozens,,1717430000');
      return l;
    });
    const file = join(folder, 'current-broken.csv');
    writeFileSync(file, broken.join('\r\n'));
    const report = await importDatasetFile(db, file);
    // The line a record starts on, counting the line breaks inside quoted notes above it.
    const lineOf = (id: string) =>
      broken
        .slice(
          0,
          broken.findIndex((l) => l.startsWith(`${id},`)),
        )
        .join('\r\n')
        .split('\n').length + 1;
    expect(report).toMatchObject({ rowsRead: 28, inserted: 25, rejected: 3 });
    expect(report.rejects).toEqual([
      { line: lineOf('SYR130640'), reason: 'fatalities "dozens" is not a number' },
      { line: lineOf('IRQ61877'), reason: 'event_date "2023-02-30" is not a date in a known format' },
      { line: lineOf('IRQ64018'), reason: 'expected 31 columns, found 20' },
    ]);
    expect(await importDatasetFile(db, CURRENT)).toMatchObject({ inserted: 3, updated: 0, unchanged: 25 });
    expect(await importDatasetFile(db, CURRENT)).toMatchObject({ inserted: 0, updated: 0, unchanged: 28 });
    await importDatasetFiles(db, []);
    await expectYearlyCountsMatch(db, current(), {
      country: (r) => r.country!,
      year: (r) => r.year!,
      isGroup: acledRowIsIslamicState,
    });
  });
});
