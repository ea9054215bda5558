import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from './build-gazetteer-index.js';
import { Gazetteer } from './gazetteer.js';

const row = (
  id: number,
  name: string,
  ascii: string,
  alternates: string,
  lat: number,
  lon: number,
  code: string,
  country: string,
  admin1: string,
  population: number,
) =>
  [
    id,
    name,
    ascii,
    alternates,
    lat,
    lon,
    'P',
    code,
    country,
    '',
    admin1,
    '',
    '',
    '',
    population,
    '',
    '',
    'tz',
    '2024-01-01',
  ].join('\t');

const tsv = [
  row(1, 'Al Ḩasakah', 'Al Hasakah', 'Hasakeh,HSK,حسكة,Al-Hasakeh', 36.5, 40.75, 'PPLA', 'SY', '01', 188160),
  row(2, 'Ancient Town', 'Ancient Town', '', 36.0, 40.0, 'PPLH', 'SY', '01', 5000),
  row(3, 'Reading', 'Reading', 'Redding', 51.45, -0.97, 'PPLA2', 'GB', 'ENG', 318014),
].join('\n');

describe('buildGazetteerIndex', () => {
  const index = buildGazetteerIndex({
    citiesTsv: tsv,
    admin1: [
      { code: 'SY.01', name: 'Al-Hasakah' },
      { code: 'GB.ENG', name: 'England' },
    ],
    commonWords: ['the', 'reading'],
  });

  it('keeps populated places but historical ones, with their regions', () => {
    expect(index.cities.names.split('\n')).toEqual(['Al Ḩasakah', 'Reading']);
    expect(index.cities.countries).toBe('SYGB');
    expect(index.cities.admin1).toEqual([0, 1]);
    expect(index.admin1.lat).toEqual([36.5, 51.45]);
  });

  it('indexes names, ASCII names, Latin alternates and names without the article, sorted', () => {
    const keys = index.keys.split('\n');
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(
      expect.arrayContaining(['al hasakah', 'hasakah', 'hasakeh', 'al hasakeh', 'reading', 'redding']),
    );
    expect(keys).not.toContain('hsk');
    expect(index.commonWords).toEqual(['reading']);
  });

  it('loads into a gazetteer that finds places by any of their names', () => {
    const g = new Gazetteer(index);
    const [own] = g.matcher.lookup('Hasakah');
    const [alternate] = g.matcher.lookup('Hasakeh');
    expect(g.place(own!)).toMatchObject({
      name: 'Al Ḩasakah',
      admin1: 'Al-Hasakah',
      kind: 'city',
      population: 188160,
    });
    expect(alternate).toBe(-1 - own!);
    expect(g.place(g.matcher.lookup('England')[0]!)).toMatchObject({ kind: 'admin1', country: 'GB' });
  });
});
