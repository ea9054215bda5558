import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

/** How to write records back out: the separator, encoding, byte-order mark and line end. */
export interface VariantOptions {
  delimiter?: ',' | ';' | '\t';
  encoding?: 'utf-8' | 'windows-1252';
  bom?: boolean;
  eol?: '\n' | '\r\n';
  /** Rows written under the header before the data (an HXL tag row). */
  extraHeaderRows?: string[][];
}

/**
 * Writes records as a delimited text file the way a spreadsheet or export tool would (fields quoted
 * only when they must be), so that a test can hand the importer one file in several layouts.
 */
export function writeDelimited(
  file: string,
  records: Record<string, string>[],
  options: VariantOptions = {},
) {
  const { delimiter = ',', encoding = 'utf-8', bom = false, eol = '\n' } = options;
  const columns = Object.keys(records[0]!);
  const quote = (v: string) =>
    v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  const lines = [
    columns,
    ...(options.extraHeaderRows ?? []),
    ...records.map((r) => columns.map((c) => r[c] ?? '')),
  ];
  const text = `${bom ? '\uFEFF' : ''}${lines.map((l) => l.map(quote).join(delimiter)).join(eol)}${eol}`;
  writeFileSync(file, encoding === 'utf-8' ? text : iconv.encode(text, 'win1252'));
}

/**
 * Writes records as an Excel workbook: numbers as numbers, `dateColumns` as date cells, blanks as
 * empty cells (as ACLED's and GTD's Excel downloads hold them).
 */
export async function writeWorkbook(
  file: string,
  records: Record<string, string>[],
  dateColumns: string[] = [],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const columns = Object.keys(records[0]!);
  sheet.addRow(columns);
  for (const r of records)
    sheet.addRow(
      columns.map((c) => {
        const v = r[c] ?? '';
        if (dateColumns.includes(c) && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
        if (/^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v)) return Number(v);
        return v || null;
      }),
    );
  await workbook.xlsx.writeFile(file);
}
