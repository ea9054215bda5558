import { ImportError } from '../../model/errors.js';
import type { DatasetHeader } from './read-header.js';
import { slashDateOrder, type SlashDateOrder } from './slash-dates.js';
import { DATASET_FIELDS, type DatasetField, type DatasetFormat } from './types.js';

/** How the columns of one file feed the common model. */
export interface ColumnPlan {
  format: DatasetFormat;
  /** A unique name for every column of the file, in order (blank or repeated names made unique). */
  names: string[];
  /** The column (from `names`) that carries each field the file has. */
  fields: Partial<Record<DatasetField, string>>;
  headerLines: number;
  delimiter: DatasetHeader['delimiter'];
  /** How the file writes numeric dates (`22/03/2024` or `3/22/2024`), told from its first rows. */
  slashDates: SlashDateOrder | null;
}

function uniqueNames(columns: string[]): string[] {
  const seen = new Set<string>();
  return columns.map((column, i) => {
    let name = column || `column${i + 1}`;
    while (seen.has(name.toLowerCase())) name = `${name}_${i + 1}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * Maps a file's header to the fields of `format` by column name, whatever the column order or
 * version. A missing required column fails with the file, the field and the names it was looked
 * for under.
 *
 * @example
 *   planColumns(ucdpFormat, await readDatasetHeader('ged.csv'), 'ged.csv').fields.actor1; // 'side_a'
 */
export function planColumns(format: DatasetFormat, header: DatasetHeader, file: string): ColumnPlan {
  const names = uniqueNames(header.columns);
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const fields: Partial<Record<DatasetField, string>> = {};
  for (const field of DATASET_FIELDS) {
    const column = format.columns[field]?.map((c) => byLower.get(c.toLowerCase())).find(Boolean);
    if (column) fields[field] = column;
  }
  const missing = format.required.filter((f) => !fields[f]);
  if (missing.length) {
    const wanted = missing.map((f) => format.columns[f]?.join(' or ') ?? f).join(', ');
    throw new ImportError(file, 1, `not a complete ${format.name} file: no column ${wanted} in the header`);
  }
  const dateColumns = (['date', 'date_end'] as const)
    .map((f) => names.indexOf(fields[f] ?? ''))
    .filter((i) => i >= 0);
  const dates = (header.sample ?? []).flatMap((r) => dateColumns.map((i) => r[i] ?? ''));
  return {
    format,
    names,
    fields,
    headerLines: header.headerLines,
    delimiter: header.delimiter,
    slashDates: slashDateOrder(dates, header.delimiter),
  };
}
