import { describe, expect, it } from 'vitest';
import { defaultActorRegistry } from './registry.js';
import { resolveDatasetActor } from './resolve-dataset-actor.js';

const registry = defaultActorRegistry();
const resolved = (dataset: 'ucdp' | 'acled' | 'gtd', name: string, where = {}) => {
  const r = resolveDatasetActor(registry, dataset, name, where);
  return r.status === 'resolved' ? [r.actor.actor, r.actor.unit] : r.status;
};

describe('resolveDatasetActor', () => {
  it("gives UCDP's single IS its province from the country and first-level region", () => {
    expect(resolved('ucdp', 'IS', { country: 'IQ', admin1: 'Ninawa governorate' })).toEqual([
      'Islamic State',
      'Iraq Province',
    ]);
    expect(resolved('ucdp', 'IS', { country: 'NG', admin1: 'Borno state' })).toEqual([
      'Islamic State',
      'West Africa Province',
    ]);
    expect(resolved('ucdp', 'IS', { country: 'NE', admin1: 'Diffa' })).toEqual([
      'Islamic State',
      'West Africa Province',
    ]);
    expect(resolved('ucdp', 'IS', { country: 'NE', admin1: 'Tillaberi' })).toEqual([
      'Islamic State',
      'Sahel Province',
    ]);
    expect(resolved('ucdp', 'IS', { country: 'FR' })).toEqual(['Islamic State', null]);
  });

  it("reads ACLED's and GTD's per-province names", () => {
    expect(resolved('acled', 'Islamic State (West Africa)')).toEqual([
      'Islamic State',
      'West Africa Province',
    ]);
    expect(resolved('acled', 'Islamic State (Greater Sahara)')).toEqual(['Islamic State', 'Sahel Province']);
    expect(resolved('acled', 'Islamic State Somalia Province')).toEqual([
      'Islamic State',
      'Somalia Province',
    ]);
    expect(resolved('gtd', 'Khorasan Chapter of the Islamic State')).toEqual([
      'Islamic State',
      'Khorasan Province',
    ]);
    expect(resolved('gtd', 'Central Africa Province of the Islamic State')).toEqual([
      'Islamic State',
      'Central Africa Province',
    ]);
  });

  it('reports an ACLED "and/or" actor as a compound that counts for neither alone', () => {
    const r = resolveDatasetActor(
      registry,
      'acled',
      'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)',
    );
    expect(r.status).toBe('compound');
    expect(r.status === 'compound' && r.parts.map((p) => p?.actor)).toEqual(['JNIM', 'Islamic State']);
  });

  it('maps governments and dated ACLED force names to state forces', () => {
    expect(resolved('ucdp', 'Government of Iraq')).toEqual(['Military of Iraq', null]);
    expect(resolved('acled', 'Military Forces of Nigeria (2015-2023)')).toEqual([
      'Military of Nigeria',
      null,
    ]);
    expect(resolved('acled', 'Police Forces of Nigeria (2015-2023)')).toEqual(['Police of Nigeria', null]);
    expect(resolved('acled', 'Military Forces of the Democratic Republic of Congo (2019-)')).toEqual([
      'Military of DR Congo',
      null,
    ]);
    expect(resolved('acled', 'Military Forces of Burkina Faso (2022-) Gendarmerie')).toEqual([
      'Military of Burkina Faso',
      null,
    ]);
    expect(resolved('acled', 'Military Forces of Niger (2023-)')).toEqual(['Military of Niger', null]);
  });

  it('reads ACLED\'s "ABBREVIATION: Full name" by the full name, else the abbreviation', () => {
    expect(resolved('acled', 'SDF: Syrian Democratic Forces')).toEqual(['SDF', null]);
    expect(resolved('acled', 'HTS: Hayat Tahrir al Sham')).toEqual(['HTS', null]);
    expect(resolved('acled', 'Coalition: Global Coalition Against Daesh')).toEqual([
      'US-led coalition',
      null,
    ]);
    expect(resolved('acled', 'XYZ: Some Brigade Nobody Knows')).toBe('unresolved');
  });

  it('takes the unit a name gives before its abbreviation, and the group from its words', () => {
    expect(resolved('acled', 'Islamic State Mozambique Province (ISMP)')).toEqual([
      'Islamic State',
      'Mozambique Province',
    ]);
    expect(resolved('gtd', 'Supporters of the Islamic State', { country: 'SY' })).toEqual([
      'Islamic State',
      'Syria Province',
    ]);
    expect(resolved('ucdp', 'Ahrar al-Sham, HTS, Southern Front')).toBe('unresolved');
  });

  it('leaves names it does not know unresolved', () => {
    expect(resolved('ucdp', 'Syrian insurgents')).toBe('unresolved');
    expect(resolved('gtd', '')).toBe('unresolved');
  });
});
