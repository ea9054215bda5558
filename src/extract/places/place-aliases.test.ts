import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../model/errors.js';
import { loadGazetteer } from './default-gazetteer.js';
import { loadPlaceAliases, PLACE_ALIASES_FILE } from './place-aliases.js';

const dir = mkdtempSync(join(tmpdir(), 'place-aliases-'));
let n = 0;
const file = (yaml: string) => {
  const path = join(dir, `aliases-${n++}.yaml`);
  writeFileSync(path, yaml);
  return path;
};
const failure = (load: () => unknown) => {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadPlaceAliases', () => {
  it('reads the shipped file', () => {
    const aliases = loadPlaceAliases(PLACE_ALIASES_FILE);
    expect(aliases.places.length).toBeGreaterThan(200);
    expect(aliases.notPlaces).toContain('March');
    expect(aliases.places.find((p) => p.name === 'Baghuz')).toMatchObject({
      country: 'SY',
      kind: 'city',
      admin1: 'Deir ez-Zor',
    });
  });

  it('says which entry is wrong and how', () => {
    expect(failure(() => loadPlaceAliases(file('places:\n  Syria: []\n')))).toMatch(
      /"Syria" is not an ISO 3166-1 alpha-2 code/,
    );
    expect(
      failure(() => loadPlaceAliases(file('places:\n  SY:\n    - { name: Baghuz, kind: village }\n'))),
    ).toMatch(/places\.SY\[0\] \(Baghuz\): "kind" must be one of site, city, admin1, region/);
    expect(
      failure(() => loadPlaceAliases(file('places:\n  SY:\n    - { name: X, kind: site, lat: 34 }\n'))),
    ).toMatch(/give both "lat" and "lon"/);
    expect(failure(() => loadPlaceAliases(file('places:\n  SY:\n    - { name: X, kind: site }\n')))).toMatch(
      /a site needs "lat" and "lon"/,
    );
    expect(
      failure(() =>
        loadPlaceAliases(file('places:\n  SY:\n    - { name: X, kind: city, lat: 134, lon: 2 }\n')),
      ),
    ).toMatch(/decimal degrees/);
    expect(
      failure(() => loadPlaceAliases(file('places:\n  SY:\n    - { name: X, kind: city, alias: [Y] }\n'))),
    ).toMatch(/unknown field "alias"/);
    expect(failure(() => loadPlaceAliases(file('place:\n  SY: []\n')))).toMatch(
      /unknown top-level key "place"/,
    );
    expect(failure(() => loadPlaceAliases(file('not_places: March\n')))).toMatch(
      /"not_places" must be a list/,
    );
    expect(failure(() => loadPlaceAliases(file('places: [\n')))).toMatch(/cannot read the place aliases/);
  });

  it('refuses, when the gazetteer loads, a town or region it does not have', () => {
    const town = file('places:\n  SY:\n    - { name: Nowhereville, kind: city, aliases: [Nowhere] }\n');
    expect(failure(() => loadGazetteer({ aliases: town }))).toMatch(
      /no city "Nowhereville" in SY; give "lat" and "lon" to add it/,
    );
    const region = file('places:\n  IQ:\n    - { name: Atlantis, kind: admin1 }\n');
    expect(failure(() => loadGazetteer({ aliases: region }))).toMatch(
      /no first-level region "Atlantis" in IQ; the gazetteer knows .*Nineveh/,
    );
  });

  it('adds a town given with coordinates and names the town it is given for', () => {
    const g = loadGazetteer({
      aliases: file(
        'places:\n  SY:\n    - { name: Tell Example, kind: city, admin1: Al-Hasakah, lat: 36.6, lon: 40.9, aliases: [Tal Example] }\n' +
          '    - { name: Hasakah Town, kind: city, geonames: Al Ḩasakah, aliases: [Hasakah] }\n',
      ),
    });
    const ids = g.matcher.lookup('tal example').map((v) => (v < 0 ? -1 - v : v));
    expect(ids.map((id) => g.place(id))).toEqual([
      { name: 'Tell Example', country: 'SY', admin1: 'Al-Hasakah', lat: 36.6, lon: 40.9, kind: 'city' },
    ]);
    const hasakah = g.matcher.lookup('hasakah').map((v) => g.place(v < 0 ? -1 - v : v).name);
    expect(hasakah).toContain('Hasakah Town');
  });
});
