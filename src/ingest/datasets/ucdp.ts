import type { DatasetFormat } from './types.js';

/**
 * UCDP Georeferenced Event Dataset (GED), any version: the R/Stata/CSV downloads and the copies on
 * the humanitarian data exchange (with a row of HXL tags under the header and sometimes a spare
 * index column). One row per event of organised violence with at least one death.
 */
export const ucdpFormat: DatasetFormat = {
  name: 'ucdp',
  title: 'UCDP Georeferenced Event Dataset (GED)',
  signature: ['type_of_violence', 'side_a', 'side_b', 'date_start'],
  columns: {
    source_id: ['id'],
    date: ['date_start'],
    date_end: ['date_end'],
    date_precision: ['date_prec'],
    type: ['type_of_violence'],
    actor1: ['side_a'],
    actor2: ['side_b'],
    country: ['country'],
    admin1: ['adm_1'],
    admin2: ['adm_2'],
    place: ['where_coordinates'],
    lat: ['latitude'],
    lon: ['longitude'],
    location_precision: ['where_prec'],
    fatalities: ['best'],
    fatalities_low: ['low'],
    fatalities_high: ['high'],
    notes: ['source_headline'],
    source_ref: ['source_article'],
  },
  required: ['source_id', 'date', 'date_end', 'country', 'actor1', 'actor2'],
  date: {
    kind: 'range',
    formats: ['%Y-%m-%d', '%Y-%m-%d %H:%M:%S.%g', '%Y-%m-%d %H:%M:%S'],
    // 1 exact day; 2 a range of 2-6 days; 3 within a week; 4 within a month; 5 within a year.
    precision: { '1': 'day', '2': 'week', '3': 'week', '4': 'month', '5': 'year' },
  },
  types: {
    fields: ['type'],
    map: { '1': 'battle', '2': 'battle', '3': 'attack' },
    fallback: 'other',
    label: ['type'],
    labels: { '1': 'state-based conflict', '2': 'non-state conflict', '3': 'one-sided violence' },
  },
  // 1 exact place; 2 within 25 km; 3 second-order region; 4 first-order region; 5 a larger area
  // within the country; 6 country; 7 international waters or airspace.
  locationPrecision: {
    '1': 'exact',
    '2': 'near',
    '3': 'near',
    '4': 'admin1',
    '5': 'admin1',
    '6': 'country',
    '7': 'country',
  },
};
