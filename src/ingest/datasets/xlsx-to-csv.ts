import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { ImportError } from '../../model/errors.js';

/** A cell's value as CSV text: numbers as written, dates as ISO days, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Writes the first worksheet of an Excel workbook (`.xlsx`, as GTD and ACLED distribute them) as
 * a UTF-8 CSV file, reading the workbook as a stream. Every row has the header's number of
 * fields; blank rows are left out. Returns the number of rows written, the header included.
 *
 * @example
 *   await xlsxToCsv('globalterrorismdb_0522dist.xlsx', '/tmp/gtd.csv'); // 209707
 */
export async function xlsxToCsv(file: string, out: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sink = createWriteStream(out);
  let width = 0;
  let rows = 0;
  let pending = '';
  const flush = async () => {
    if (!sink.write(pending)) await once(sink, 'drain');
    pending = '';
  };
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        if (!width) width = values.length;
        const fields = Array.from({ length: width }, (_, i) => quote(cellText(values[i])));
        if (fields.every((f) => f === '')) continue;
        pending += `${fields.join(',')}\n`;
        rows++;
        if (pending.length > 1 << 20) await flush();
      }
      break;
    }
    await flush();
  } catch (error) {
    throw new ImportError(
      file,
      null,
      `cannot read the workbook: ${(error as Error).message}; save it as CSV and import that`,
    );
  } finally {
    sink.end();
    await once(sink, 'close');
  }
  return rows;
}
