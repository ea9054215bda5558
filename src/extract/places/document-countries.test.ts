import { describe, expect, it } from 'vitest';
import { documentCountries } from './document-countries.js';
import { resolvePlace } from './resolve-place.js';

describe('documentCountries', () => {
  it('ranks the countries a text names, by name, nationality or telling place', () => {
    expect(
      documentCountries(
        'Iraqi forces raided a hideout in Kirkuk. Iraq said two Syrian fighters were held; Syria denied it.',
      ),
    ).toEqual(['IQ', 'SY']);
    expect(documentCountries('The raid in Maiduguri, Borno State, left nine dead.')).toEqual(['NG']);
  });

  it('does not count a place two countries share, a person or a small town', () => {
    expect(documentCountries('Clashes in Tripoli.')).toEqual([]);
    expect(documentCountries('Michael Jordan was there.')).toEqual([]);
  });
});

describe('resolvePlace', () => {
  it('resolves one name, in context', () => {
    expect(resolvePlace('Hasakah')).toMatchObject({ name: 'Al-Hasakah', kind: 'city', country: 'SY' });
    expect(resolvePlace('Hasakah Governorate')).toMatchObject({ name: 'Al-Hasakah', kind: 'admin1' });
    expect(resolvePlace('Deir ez-Zor governorate')).toMatchObject({ name: 'Deir ez-Zor', kind: 'admin1' });
    expect(resolvePlace('Tripoli', { countries: ['LB'] })).toMatchObject({ country: 'LB' });
    expect(resolvePlace('Kerman')).toMatchObject({ country: 'IR' });
    expect(resolvePlace('Nigeria')).toMatchObject({ kind: 'country', country: 'NG' });
    expect(resolvePlace('Cabo Delgado')).toMatchObject({ kind: 'admin1', country: 'MZ' });
    expect(resolvePlace('Zzyzx Qqq')).toBeNull();
  });
});
