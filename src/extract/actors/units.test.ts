import { describe, expect, it } from 'vitest';
import { defaultActorRegistry } from './registry.js';
import { unitAt, unitName } from './units.js';

const is = defaultActorRegistry().byName('Islamic State')!;

describe('unitAt', () => {
  it('tells a province bounded to a region from one covering the rest of the country', () => {
    expect(unitAt(is, 'NE', 'Diffa')?.name).toBe('West Africa Province');
    expect(unitAt(is, 'NE', 'Tillabéri')?.name).toBe('Sahel Province');
  });

  it('gives a province bounded in every region it covers nothing outside them', () => {
    expect(unitAt(is, 'RU', 'Dagestan')?.name).toBe('Caucasus Province');
    expect(unitAt(is, 'RU', 'Moscow Oblast')).toBeNull();
  });

  it('answers for the date: Mozambique belonged to Central Africa Province before it had its own', () => {
    expect(unitAt(is, 'MZ', null, '2021-03-24')?.name).toBe('Central Africa Province');
    expect(unitAt(is, 'MZ', null, '2023-06')?.name).toBe('Mozambique Province');
    expect(unitAt(is, 'MZ')?.name).toBe('Mozambique Province');
  });
});

describe('unitName', () => {
  it('gives the name a province went by at the date', () => {
    const sahel = is.units.find((u) => u.name === 'Sahel Province')!;
    expect(unitName(sahel, '2021-03-15')).toBe('Greater Sahara');
    expect(unitName(sahel, '2023-01')).toBe('Sahel Province');
    expect(unitName(sahel)).toBe('Sahel Province');
  });
});
