import type { EventType, LocationPrecision } from '../../model/event.js';

/** The event datasets Resurgence imports. */
export const DATASET_NAMES = ['ucdp', 'acled', 'gtd'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/**
 * The fields of the common model a dataset column can feed. Each format maps them to its own
 * header names; the importer reads columns by name, never by position.
 */
export const DATASET_FIELDS = [
  'source_id',
  'date',
  'date_end',
  'year',
  'month',
  'day',
  'date_precision',
  'type',
  'subtype',
  'actor1',
  'actor2',
  'actor3',
  'target',
  'country',
  'admin1',
  'admin2',
  'place',
  'lat',
  'lon',
  'location_precision',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'attackers_killed',
  'injured',
  'claimed',
  'notes',
  'source_ref',
] as const;
export type DatasetField = (typeof DATASET_FIELDS)[number];

/** Fields read as numbers: a value that is not a number rejects the row. */
export const NUMERIC_FIELDS: DatasetField[] = [
  'lat',
  'lon',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'attackers_killed',
  'injured',
];

/**
 * How precisely a dataset dates an event. `week` covers UCDP's and ACLED's "within a few days"
 * codes; the stored `date_start`/`date_end` give the window.
 */
export type DatasetDatePrecision = 'day' | 'week' | 'month' | 'year';

/**
 * How a format gives the date of an event.
 * - `single`: one date column (`date`) in one of `formats`, with a precision code (`date_precision`);
 *   `week` keeps the day as given, `month` and `year` widen the window to the whole month or year.
 * - `range`: first and last day (`date`, `date_end`), with a precision code for the label only.
 * - `parts`: `year`, `month`, `day` columns where 0 or blank means unknown (month or year precision).
 */
export type DateRule =
  | { kind: 'single'; formats: string[]; precision: Record<string, DatasetDatePrecision> }
  | { kind: 'range'; formats: string[]; precision: Record<string, DatasetDatePrecision> }
  | { kind: 'parts' };

/** How a format's own event type becomes a common type. */
export interface TypeRule {
  /** Fields whose value is looked up in `map`, in order; the first value found decides. */
  fields: DatasetField[];
  map: Record<string, EventType>;
  /** The common type when no value is in the map. */
  fallback: EventType;
  /** The dataset's own type as stored in `source_type`: these fields joined with ": ". */
  label: DatasetField[];
  /** Readable names for coded values (UCDP's type_of_violence 1 → "state-based conflict"). */
  labels?: Record<string, string>;
}

/** One importable format: how to recognise it, and how its columns become the common model. */
export interface DatasetFormat {
  name: DatasetName;
  title: string;
  /** Header columns that identify the format when all are present. */
  signature: string[];
  /** For each field, the header names that may carry it (versions differ); the first present wins. */
  columns: Partial<Record<DatasetField, string[]>>;
  /** Fields without which a file cannot be imported. */
  required: DatasetField[];
  date: DateRule;
  types: TypeRule;
  /** The format's location precision codes. A missing or unknown code leaves the precision empty. */
  locationPrecision: Record<string, LocationPrecision>;
  /** Codes of the `claimed` column; others (GTD's -9) mean unknown. */
  claimed?: Record<string, boolean>;
  /** Values that mean "unknown" in the format's counts (GTD's -9 and -99): read as missing, not rejected. */
  unknownCounts?: string[];
}
