import { ImportError } from '../../model/errors.js';
import { acledFormat } from './acled.js';
import { gtdFormat } from './gtd.js';
import type { DatasetFormat, DatasetName } from './types.js';
import { ucdpFormat } from './ucdp.js';

/** Every format `resurgence import` reads. Add a format by adding an entry here. */
export const DATASET_FORMATS: readonly DatasetFormat[] = [ucdpFormat, acledFormat, gtdFormat];

const lower = (names: string[]) => new Set(names.map((n) => n.trim().toLowerCase()));

/** The format with this name. */
export function datasetFormat(name: DatasetName): DatasetFormat {
  const format = DATASET_FORMATS.find((f) => f.name === name);
  if (!format) throw new ImportError(name, null, `unknown dataset format "${name}"`);
  return format;
}

/**
 * The format whose signature columns all appear in a header, or an error naming the file and
 * saying which columns each format lacks.
 *
 * @example
 *   detectFormat('x.csv', ['event_id_cnty', 'event_date', 'actor1', ...]).name; // 'acled'
 */
export function detectFormat(file: string, header: string[]): DatasetFormat {
  const present = lower(header);
  const found = DATASET_FORMATS.find((f) => f.signature.every((c) => present.has(c)));
  if (found) return found;
  if (['events', 'fatalities', 'month', 'year'].every((c) => present.has(c)))
    throw new ImportError(
      file,
      1,
      "this is a summary of events and fatalities per region and month (as ACLED's files on the humanitarian data exchange are), not a list of events: it names no actors, so no group can be counted from it; download the event-level export instead",
    );
  const missing = DATASET_FORMATS.map(
    (f) => `${f.name} needs ${f.signature.filter((c) => !present.has(c)).join(', ')}`,
  );
  throw new ImportError(
    file,
    1,
    `cannot tell the format from the header (${missing.join('; ')}); check the file or pass --format`,
  );
}
