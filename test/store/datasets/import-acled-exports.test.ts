import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { importDatasetFiles } from '../../../src/store/datasets/import-files.js';
import { expectYearlyCountsMatch, readCsvRecords } from '../../helpers/csv.js';
import { memoryDatabase } from '../../helpers/database.js';
import { storedEvent } from '../../helpers/events.js';
import { fixture } from '../../helpers/fixtures.js';

// Excerpts written by hand in the layouts ACLED has published; the incidents are public facts.
const EXPORTS = {
  /** The export tool today: 31 columns, ISO dates, text inter codes; UTF-8 with a BOM, CRLF. */
  current: { file: fixture('datasets', 'acled-export-2023.csv'), rows: 19 },
  /** A 2019-2020 API extract as the humanitarian data exchange serves it: HXL tags, "09 May 2020". */
  hdx: { file: fixture('datasets', 'acled-2020-hdx.csv'), rows: 7 },
  /** The 1997-2016 Africa file (version 7): upper-case columns, ALLY_ACTOR, "9-May-16", CRLF. */
  africa: { file: fixture('datasets', 'acled-africa-1997-2016.csv'), rows: 5 },
  /** The current export opened and saved by a continental Excel: semicolons, windows-1252, 14.03.2023, 12,6708. */
  excel: { file: fixture('datasets', 'acled-excel-semicolon.csv'), rows: 8 },
};

/** The group's names as ACLED writes them, in every layout (compounds "A and/or B" count for neither). */
const ISLAMIC_STATE = new Set([
  'Islamic State (West Africa)',
  'Islamic State (West Africa) - Lake Chad Faction',
  'Islamic State (West Africa) - Greater Sahara Faction',
  'Boko Haram - Wilayat Gharb Ifriqiyyah',
  'Islamic State (Greater Sahara)',
  'Islamic State (Sahel)',
  'Islamic State (Central Africa)',
  'Islamic State (Central Africa) - Mozambique',
  'Islamic State (Mozambique)',
  'Islamic State Somalia Province',
  'Islamic State (Iraq)',
  'Islamic State (Syria)',
  'Islamic State (Afghanistan)',
  'Islamic State Khorasan Province (ISKP)',
  'Islamic State (Libya)',
  'Islamic State (Egypt)',
]);

/** Records of an export, by name (any case), without the HXL row. */
function records(which: keyof typeof EXPORTS): Record<string, string>[] {
  const options = which === 'excel' ? ({ encoding: 'windows-1252', delimiter: ';' } as const) : {};
  return readCsvRecords(EXPORTS[which].file, options)
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])))
    .filter((r) => !r.event_id_cnty!.startsWith('#'));
}

const yearly = (db: Database, which: keyof typeof EXPORTS) =>
  expectYearlyCountsMatch(db, records(which), {
    country: (r) => r.country!,
    year: (r) => r.year!,
    isGroup: (r) => ISLAMIC_STATE.has(r.actor1!) || ISLAMIC_STATE.has(r.actor2!),
  });

const folder = mkdtempSync(join(tmpdir(), 'resurgence-acled-exports-'));

describe('importing ACLED exports in the layouts analysts have', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  const event = (id: string) => storedEvent(db, id);

  it.each(Object.entries(EXPORTS))('imports every row of the %s layout and rejects none', async (_, e) => {
    const report = await importDatasetFile(db, e.file);
    expect(report).toMatchObject({ format: 'acled', rowsRead: e.rows, inserted: e.rows, rejected: 0 });
    expect(report.unknownCountries).toEqual([]);
  });

  it.each(Object.keys(EXPORTS) as (keyof typeof EXPORTS)[])(
    'gives yearly Islamic State counts per country equal to those counted in the %s file',
    async (which) => {
      await importDatasetFiles(db, [EXPORTS[which].file]);
      const counts = await yearly(db, which);
      expect(Object.values(counts).some((c) => Object.keys(c).length > 0)).toBe(true);
    },
  );

  it("names every province from ACLED's actor names, on either side, and keeps compounds for neither", async () => {
    await importDatasetFile(db, EXPORTS.current.file);
    const rows = await db.all<{ source_id: string; unit: string | null; unit2: string | null }>(
      `select source_id, unit, unit2 from events order by source_id`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.source_id, r.unit ?? r.unit2]))).toEqual({
      AFG72211: 'Khorasan Province',
      BFO7752: 'Sahel Province',
      DRC25501: 'Central Africa Province',
      DRC25617: 'Central Africa Province',
      IRQ63301: 'Iraq Province',
      IRQ63410: 'Iraq Province',
      MLI28871: 'Sahel Province',
      MLI29444: null,
      MOZ3318: 'Mozambique Province',
      MOZ5120: 'Mozambique Province',
      NIG29977: 'West Africa Province',
      NIG30102: 'West Africa Province',
      NIG31245: 'West Africa Province',
      NIG32011: null,
      NIR12988: 'Sahel Province',
      PAK113077: 'Khorasan Province',
      SOM41133: 'Somalia Province',
      SYR118203: 'Syria Province',
      SYR120455: 'Syria Province',
    });
    expect(await event('DRC25617')).toMatchObject({
      perpetrator: 'Military of DR Congo',
      actor2: 'Islamic State',
    });
    expect(await event('MLI29444')).toMatchObject({ perpetrator: null, actor2: 'Military of Mali' });
  });

  it('reads dates and their precision in every layout', async () => {
    await importDatasetFiles(
      db,
      Object.values(EXPORTS)
        .map((e) => e.file)
        .slice(0, 3),
    );
    expect(await event('MLI28871')).toMatchObject({
      date: '2022-09-06',
      date_precision: 'day',
      admin1: 'Ménaka',
    });
    expect(await event('NIG29977')).toMatchObject({ date: '2022-10-08', date_precision: 'week' });
    expect(await event('SYR120455')).toMatchObject({ date: '2023-02', date_precision: 'month' });
    expect(await event('NIR2410')).toMatchObject({
      date: '2020-01-09',
      unit: 'Sahel Province',
      fatalities: 166,
    });
    expect(await event('LBY3120')).toMatchObject({
      date: '2016-05-12',
      type: 'territory_change',
      perpetrator: 'Military of Libya',
      actor2: 'Islamic State',
      unit2: 'Libya Province',
    });
  });

  it("reads a continental Excel's semicolons, day-first dates and decimal commas as the original", async () => {
    await importDatasetFile(db, EXPORTS.current.file);
    const saved = await importDatasetFile(db, EXPORTS.excel.file);
    expect(saved).toMatchObject({ readAs: 'windows-1252', inserted: 0, updated: 0, unchanged: 8 });
    expect(await event('NIR12988')).toMatchObject({ date: '2023-02-10', lat: 14.9833, admin1: 'Tillabéri' });
  });

  it('reads Excel\'s "Unicode text" (UTF-16, tab-separated) as the original', async () => {
    await importDatasetFile(db, EXPORTS.current.file);
    const rows = records('current');
    const columns = Object.keys(rows[0]!);
    const text = [columns, ...rows.map((r) => columns.map((c) => r[c]))]
      .map((r) => r.join('\t'))
      .join('\r\n');
    const file = join(folder, 'acled-unicode.txt');
    writeFileSync(file, Buffer.from(`\uFEFF${text}\r\n`, 'utf16le'));
    expect(await importDatasetFile(db, file)).toMatchObject({
      readAs: 'utf-16le',
      unchanged: 19,
      rejected: 0,
    });
  });

  it('reads the Excel workbook of the export tool, with its date cells, as the CSV', async () => {
    await importDatasetFile(db, EXPORTS.current.file);
    const rows = records('current');
    const columns = Object.keys(rows[0]!);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(columns);
    for (const r of rows)
      sheet.addRow(
        columns.map((c) =>
          c === 'event_date'
            ? new Date(`${r[c]}T00:00:00Z`)
            : /^-?\d+(\.\d+)?$/.test(r[c]!)
              ? Number(r[c])
              : r[c] || null,
        ),
      );
    const file = join(folder, 'acled-export.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await importDatasetFile(db, file)).toMatchObject({
      readAs: 'xlsx',
      rowsRead: 19,
      unchanged: 19,
      rejected: 0,
    });

    // A bad row is reported by its row in the sheet, whatever line breaks cells above it hold.
    sheet.getRow(2).getCell(columns.indexOf('notes') + 1).value = 'First paragraph.\nSecond paragraph.';
    sheet.getRow(5).getCell(columns.indexOf('fatalities') + 1).value = 'a dozen';
    await workbook.xlsx.writeFile(file);
    const edited = await importDatasetFile(db, file);
    expect(edited).toMatchObject({ updated: 1, unchanged: 17, rejected: 1 });
    expect(edited.rejects).toEqual([{ line: 5, reason: 'fatalities "a dozen" is not a number' }]);
  });

  it('refuses an old .xls workbook with a message saying what to do', async () => {
    const file = join(folder, 'acled.xls');
    writeFileSync(file, 'not really a workbook');
    await expect(importDatasetFile(db, file)).rejects.toThrow(/save the sheet as CSV \(UTF-8\) or \.xlsx/);
  });
});
