import type { DatasetFormat } from './types.js';

/**
 * Global Terrorism Database (135 columns). Day and month are 0 when unknown; the perpetrator is
 * named per province ("Sinai Province of the Islamic State"); up to three groups per attack
 * (`gname`, `gname2`, `gname3`), every one of which the attack counts for.
 */
export const gtdFormat: DatasetFormat = {
  name: 'gtd',
  title: 'Global Terrorism Database (GTD)',
  signature: ['eventid', 'iyear', 'gname'],
  columns: {
    source_id: ['eventid'],
    year: ['iyear'],
    month: ['imonth'],
    day: ['iday'],
    type: ['attacktype1_txt'],
    actor1: ['gname'],
    actor2: ['gname2'],
    actor3: ['gname3'],
    target: ['target1'],
    country: ['country_txt'],
    admin1: ['provstate'],
    place: ['city'],
    lat: ['latitude'],
    lon: ['longitude'],
    location_precision: ['specificity'],
    fatalities: ['nkill'],
    attackers_killed: ['nkillter'],
    injured: ['nwound'],
    claimed: ['claimed'],
    notes: ['summary'],
    source_ref: ['scite1'],
  },
  required: ['source_id', 'year', 'month', 'day', 'country', 'actor1'],
  date: { kind: 'parts' },
  types: {
    fields: ['type'],
    map: {
      Assassination: 'attack',
      'Armed Assault': 'attack',
      'Bombing/Explosion': 'bombing',
      Hijacking: 'abduction',
      'Hostage Taking (Barricade Incident)': 'abduction',
      'Hostage Taking (Kidnapping)': 'abduction',
      'Facility/Infrastructure Attack': 'attack',
      'Unarmed Assault': 'attack',
    },
    fallback: 'other',
    label: ['type'],
  },
  // 1 the city itself; 2 the city, located by a smaller region's centroid; 3 the smallest known
  // region's centroid; 4 the first-order region's centroid; 5 the country.
  locationPrecision: { '1': 'exact', '2': 'near', '3': 'near', '4': 'admin1', '5': 'country' },
  claimed: { '1': true, '0': false },
  unknownCounts: ['-9', '-99'],
};
