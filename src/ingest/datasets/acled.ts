import type { DatasetFormat } from './types.js';

/**
 * ACLED exports, old and new: ISO dates in current exports, `9-May-20` or `09 May 2020` in older
 * ones; old and new event type names. Actor names may be compounds ("A and/or B").
 */
export const acledFormat: DatasetFormat = {
  name: 'acled',
  title: 'Armed Conflict Location & Event Data (ACLED)',
  signature: ['event_id_cnty', 'event_date', 'actor1'],
  columns: {
    source_id: ['event_id_cnty'],
    date: ['event_date'],
    date_precision: ['time_precision'],
    type: ['event_type'],
    subtype: ['sub_event_type'],
    actor1: ['actor1'],
    actor2: ['actor2'],
    country: ['country'],
    admin1: ['admin1'],
    admin2: ['admin2'],
    place: ['location'],
    lat: ['latitude'],
    lon: ['longitude'],
    location_precision: ['geo_precision'],
    fatalities: ['fatalities'],
    notes: ['notes'],
    source_ref: ['source'],
  },
  required: ['source_id', 'date', 'country', 'actor1', 'type'],
  date: {
    kind: 'single',
    formats: ['%Y-%m-%d', '%d-%b-%y', '%d %B %Y', '%d %b %Y', '%d-%B-%Y', '%d-%b-%Y'],
    // 1 the day; 2 a week or weekend, dated by its middle day; 3 a month, dated by its middle.
    precision: { '1': 'day', '2': 'week', '3': 'month' },
  },
  types: {
    fields: ['subtype', 'type'],
    map: {
      'Armed clash': 'battle',
      'Government regains territory': 'territory_change',
      'Non-state actor overtakes territory': 'territory_change',
      'Non-violent transfer of territory': 'territory_change',
      'Air/drone strike': 'airstrike',
      'Suicide bomb': 'bombing',
      'Remote explosive/landmine/IED': 'bombing',
      'Shelling/artillery/missile attack': 'attack',
      Grenade: 'attack',
      'Chemical weapon': 'attack',
      Attack: 'attack',
      'Sexual violence': 'attack',
      'Abduction/forced disappearance': 'abduction',
      'Disrupted weapons use': 'plot_foiled',
      Battles: 'battle',
      'Explosions/Remote violence': 'attack',
      'Violence against civilians': 'attack',
      'Battle-No change of territory': 'battle',
      'Battle-Government regains territory': 'territory_change',
      'Battle-Non-state actor overtakes territory': 'territory_change',
      'Remote violence': 'attack',
    },
    fallback: 'other',
    label: ['type', 'subtype'],
  },
  // 1 the named town; 2 near it or part of a region; 3 a larger region (its capital's coordinates).
  locationPrecision: { '1': 'exact', '2': 'near', '3': 'admin1' },
};
