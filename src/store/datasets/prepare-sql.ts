import type { ColumnPlan } from '../../ingest/datasets/plan-columns.js';
import { slashDateFormats } from '../../ingest/datasets/slash-dates.js';
import { NUMERIC_FIELDS, type DatasetField, type DateRule } from '../../ingest/datasets/types.js';
import { caseMap, ident, literal, literalList } from '../sql-text.js';

/** Temporary tables one import works with. */
export const IMPORT_TABLES = {
  staging: 'import_staging',
  scan: 'import_scan',
  places: 'import_actor_places',
  countries: 'import_countries',
  actors: 'import_actors',
  duplicates: 'import_duplicates',
  prepared: 'import_prepared',
  rejected: 'import_rejected_lines',
  scans: 'import_reject_scans',
} as const;

/** The events columns an import writes, in the order the prepared view gives them. */
export const IMPORTED_COLUMNS = [
  'source_id',
  'type',
  'source_type',
  'date',
  'date_precision',
  'date_start',
  'date_end',
  'country',
  'admin1',
  'admin2',
  'place',
  'lat',
  'lon',
  'location_precision',
  'perpetrator',
  'unit',
  'perpetrator_raw',
  'actor2',
  'unit2',
  'actor2_raw',
  'actor3',
  'unit3',
  'actor3_raw',
  'target',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'attackers_killed',
  'injured',
  'claimed',
  'notes',
  'source_ref',
] as const;

/**
 * The file's mapped columns under the common field names, all text, straight from `read_csv`:
 * a relation each scan reads afresh, so millions of rows are never copied before they are written.
 */
export function sourceSql(plan: ColumnPlan, readCsv: string): string {
  const picks = Object.entries(plan.fields).map(([field, column]) => `${ident(column)} as ${field}`);
  return `(select ${picks.join(', ')} from ${readCsv})`;
}

/** Long free-text fields: kept as written. */
const PROSE: DatasetField[] = ['notes', 'source_ref'];

/** Trims spaces, calling DuckDB's (Unicode-aware, slow) trim only on values that need it. */
export const trimmed = (expr: string): string =>
  `case when ${expr} like ' %' or ${expr} like '% ' then trim(${expr}) else ${expr} end`;

/** A field's text (trimmed unless prose), null when blank or when the file has no such column. */
const text = (plan: ColumnPlan, field: DatasetField) => {
  if (!plan.fields[field]) return 'null::varchar';
  return PROSE.includes(field) ? `nullif(s.${field}, '')` : `nullif(${trimmed(`s.${field}`)}, '')`;
};

/** A value quoted in a reason, kept to one short line. */
const shown = (expr: string) => `'"' || left(regexp_replace(${expr}, '\\s+', ' ', 'g'), 40) || '"'`;

/** The event id, without the `.0` that spreadsheet round-trips add to numbers. */
export const sourceIdSql = (plan: ColumnPlan) => {
  const id = text(plan, 'source_id');
  return `case when contains(${id}, '.') then regexp_replace(${id}, '\\.0+$', '') else ${id} end`;
};

/** SQL computing d (the date), prec, and d_end, with the checks that reject a row. */
function dateParts(plan: ColumnPlan, rule: DateRule) {
  const col = (f: DatasetField) => literal(plan.fields[f] ?? f);
  if (rule.kind === 'parts') {
    const int = (f: DatasetField) => `try_cast(try_cast(${text(plan, f)} as double) as integer)`;
    return {
      select: [
        `${int('year')} as y`,
        `${int('month')} as m`,
        `${int('day')} as dd`,
        `${text(plan, 'year')} as year_raw`,
        `${text(plan, 'month')} as month_raw`,
        `${text(plan, 'day')} as day_raw`,
      ],
      derive: [
        // A day its month does not have (June 31) is a slip in the data: the month still stands.
        `case when coalesce(m, 0) = 0 then 'year' when coalesce(dd, 0) = 0 then 'month'
          when try_strptime(printf('%04d-%02d-%02d', y, m, dd), '%Y-%m-%d') is null then 'month' else 'day' end as prec`,
        `coalesce(try_strptime(printf('%04d-%02d-%02d', y, greatest(coalesce(m, 0), 1), greatest(coalesce(dd, 0), 1)), '%Y-%m-%d'),
          try_strptime(printf('%04d-%02d-01', y, greatest(coalesce(m, 0), 1)), '%Y-%m-%d'))::date as d`,
        'null::date as d_end',
      ],
      checks: [
        [
          `y is null`,
          `${col('year')} || ' ' || coalesce(${shown('year_raw')}, 'is empty') || ' is not a year'`,
        ],
        [
          `(month_raw is not null and m is null) or m not between 0 and 12`,
          `${col('month')} || ' ' || ${shown('month_raw')} || ' is not a month (1-12, or 0 when unknown)'`,
        ],
        [
          `(day_raw is not null and dd is null) or dd not between 0 and 31`,
          `${col('day')} || ' ' || ${shown('day_raw')} || ' is not a day (1-31, or 0 when unknown)'`,
        ],
        [`d is null`, `'there is no day ' || y || '-' || m || '-' || dd`],
      ] as [string, string][],
    };
  }
  // ISO dates through the fast cast; the formats only for the others. Numeric dates as a
  // spreadsheet saved them (09.05.2023, 5/9/2023) in the order the file uses throughout.
  const formats = [...rule.formats, ...slashDateFormats(plan.slashDates)];
  const parse = (f: DatasetField) =>
    `coalesce(try_cast(${text(plan, f)} as date), try_strptime(${text(plan, f)}, ${literalList(formats)})::date)`;
  const precision = `coalesce(${caseMap(text(plan, 'date_precision'), rule.precision)}, 'day')`;
  const checks: [string, string][] = [
    [`date_raw is null`, `'no date in column ' || ${col('date')}`],
    [`d is null`, `${col('date')} || ' ' || ${shown('date_raw')} || ' is not a date in a known format'`],
  ];
  const select = [`${text(plan, 'date')} as date_raw`, `${parse('date')} as d`, `${precision} as prec`];
  if (rule.kind === 'range' && plan.fields.date_end) {
    select.push(`${text(plan, 'date_end')} as date_end_raw`, `${parse('date_end')} as d_end`);
    checks.push(
      [
        `date_end_raw is not null and d_end is null`,
        `${col('date_end')} || ' ' || ${shown('date_end_raw')} || ' is not a date in a known format'`,
      ],
      [`d_end < d`, `${col('date_end')} || ' is before ' || ${col('date')}`],
    );
  } else select.push('null::date as d_end');
  return { select, derive: [], checks };
}

/**
 * A count or coordinate's text, null when the format codes it as unknown (GTD's -99), and the
 * number it reads as; a spreadsheet's semicolon-separated export writes decimal commas.
 */
function numberSql(plan: ColumnPlan, field: DatasetField): [raw: string, value: string] {
  let raw = text(plan, field);
  const unknown = plan.format.unknownCounts;
  if (unknown?.length && field !== 'lat' && field !== 'lon')
    raw = `case when ${raw} in (${unknown.map(literal).join(', ')}) then null else ${raw} end`;
  const decimal = plan.delimiter === ',' ? raw : `replace(${raw}, ',', '.')`;
  return [raw, `try_cast(${decimal} as double)`];
}

function numberChecks(plan: ColumnPlan): [string, string][] {
  const checks: [string, string][] = [];
  for (const f of NUMERIC_FIELDS) {
    if (!plan.fields[f]) continue;
    const name = literal(plan.fields[f]);
    checks.push([
      `${f}_raw is not null and ${f}_n is null`,
      `${name} || ' ' || ${shown(`${f}_raw`)} || ' is not a number'`,
    ]);
    // Coordinates out of range (GTD has a longitude of -86185896) are dropped, not the event.
    if (f !== 'lat' && f !== 'lon')
      checks.push([`${f}_n < 0`, `${name} || ' ' || ${f}_raw || ' is negative'`]);
  }
  return checks;
}

/** A coordinate, or null (both are) when either is out of range. */
const coordinate = (f: 'lat' | 'lon') =>
  `case when abs(b.lat_n) <= 90 and abs(b.lon_n) <= 180 then b.${f}_n end as ${f}`;

/** The lookup of one actor column's names, by the name, country and first-level region of the row. */
const actorJoin = (alias: string, name: string) =>
  `left join ${IMPORT_TABLES.actors} ${alias} on ${alias}.name = ${name} and ${alias}.code = coalesce(c.code, '') and ${alias}.admin1 = coalesce(b.admin1, '')`;

/** Options for {@link preparedSql}. */
export interface PreparedOptions {
  /** The relation the rows come from ({@link sourceSql} or a view of it). */
  source: string;
  /** Number the rows from 0 in file order (`record`); otherwise `record` is null. */
  numbered: boolean;
  /** Reject rows listed in the duplicates table (needs `numbered`). */
  dedupe: boolean;
  /** Only `record`, `source_id`, `reason` and `blank`: what finding faulty rows needs. */
  checkOnly?: boolean;
}

/**
 * The query that turns source rows into events of the common model: dates and their precision by
 * the format's date rule, common and dataset types, location precision, countries and actors from
 * the lookup tables, numbers, and `reason`: why a row is rejected (null when it is fine).
 */
export function preparedSql(plan: ColumnPlan, options: PreparedOptions): string {
  const { format } = plan;
  const t = IMPORT_TABLES;
  const dates = dateParts(plan, format.date);
  const numbers = NUMERIC_FIELDS.flatMap((f) => {
    const [raw, value] = numberSql(plan, f);
    return [`${raw} as ${f}_raw`, `${value} as ${f}_n`];
  });
  const passthrough = [
    'actor1',
    'actor2',
    'actor3',
    'country',
    'admin1',
    'admin2',
    'place',
    'target',
    'notes',
    'source_ref',
  ].map((f) => `${text(plan, f as DatasetField)} as ${f}`);
  const types = format.types;
  const type = `coalesce(${types.fields.map((f) => caseMap(text(plan, f), types.map)).join(', ')}, ${literal(types.fallback)})`;
  const label = `nullif(concat_ws(': ', ${types.label
    .map((f) => `coalesce(${caseMap(text(plan, f), types.labels ?? {})}, ${text(plan, f)})`)
    .join(', ')}), '')`;
  const claimed = format.claimed
    ? `(${caseMap(text(plan, 'claimed'), Object.fromEntries(Object.entries(format.claimed).map(([k, v]) => [k, String(v)])))})::boolean`
    : 'null::boolean';
  const base = [
    options.numbered ? 's.record' : 'null::bigint as record',
    `${sourceIdSql(plan)} as source_id`,
    ...dates.select,
    ...numbers,
    ...passthrough,
    `${type} as type`,
    `${label} as source_type`,
    `${caseMap(text(plan, 'location_precision'), format.locationPrecision)} as location_precision`,
    `${claimed} as claimed`,
    options.dedupe ? 'dup.record is not null as repeated' : 'false as repeated',
    // A record of empty fields only (",,,," under a sheet's data, as Excel saves it) is no row.
    ...(options.checkOnly
      ? [`coalesce(${Object.keys(plan.fields).map((f) => `s.${f}`)}) is null as blank`]
      : []),
  ];
  const window =
    format.date.kind === 'range'
      ? 'd as date_start, coalesce(d_end, d) as date_end'
      : `case prec when 'month' then date_trunc('month', d)::date when 'year' then date_trunc('year', d)::date else d end as date_start,
    case prec when 'month' then last_day(d) when 'year' then make_date(year(d), 12, 31) else d end as date_end`;
  const checks: [string, string][] = [
    [`source_id is null`, `'no event id in column ' || ${literal(plan.fields.source_id!)}`],
    [
      `contains(source_id, 'E+')`,
      `${literal(plan.fields.source_id!)} || ' ' || ${shown('source_id')} || ' was rounded by a spreadsheet (scientific notation): import the original file, or format the column as a whole number before saving'`,
    ],
    ...dates.checks,
    ...numberChecks(plan),
    [`repeated`, `'repeats event id ' || ${shown('source_id')} || ' of an earlier row'`],
  ];
  const reason = `case ${checks.map(([when, why]) => `when ${when} then ${why}`).join(' ')} end`;
  const int = (f: string) => `round(${f}_n)::integer`;
  const rows = options.numbered
    ? `(select row_number() over () - 1 as record, * from ${options.source})`
    : options.source;
  const dup = options.dedupe ? `left join ${t.duplicates} dup on dup.record = s.record` : '';
  const ctes = `with base as (select ${base.join(', ')} from ${rows} s ${dup}),
    derived as (select *${dates.derive.map((d) => `, ${d}`).join('')} from base),
    dated as (select *, ${window}, ${reason} as reason from derived)`;
  if (options.checkOnly) return `${ctes} select record, source_id, reason, blank from dated`;
  return `${ctes}
    select b.record, b.source_id, b.type, b.source_type,
      case b.prec when 'month' then strftime(b.date_start, '%Y-%m') when 'year' then strftime(b.date_start, '%Y')
        else strftime(b.date_start, '%Y-%m-%d') end as date,
      b.prec as date_precision, b.date_start, b.date_end,
      c.code as country, b.admin1, b.admin2, b.place, ${coordinate('lat')}, ${coordinate('lon')}, b.location_precision,
      a1.actor as perpetrator, a1.unit as unit, b.actor1 as perpetrator_raw,
      a2.actor as actor2, a2.unit as unit2, b.actor2 as actor2_raw,
      ${plan.fields.actor3 ? 'a3.actor' : 'null::varchar'} as actor3, ${plan.fields.actor3 ? 'a3.unit' : 'null::varchar'} as unit3,
      b.actor3 as actor3_raw, b.target,
      ${int('b.fatalities')} as fatalities, ${int('b.fatalities_low')} as fatalities_low,
      ${int('b.fatalities_high')} as fatalities_high, ${int('b.attackers_killed')} as attackers_killed,
      ${int('b.injured')} as injured, b.claimed, b.notes, b.source_ref, b.reason
    from dated b
    left join ${t.countries} c on c.name = coalesce(b.country, '')
    ${actorJoin('a1', 'b.actor1')}
    ${actorJoin('a2', 'b.actor2')}
    ${plan.fields.actor3 ? actorJoin('a3', 'b.actor3') : ''}`;
}
