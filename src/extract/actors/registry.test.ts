import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../model/errors.js';
import { defaultActorRegistry, loadActorRegistry } from './registry.js';

const registryFile = (yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'actors-')), 'actors.yaml');
  writeFileSync(file, yaml);
  return file;
};

describe('the shipped actor registry', () => {
  const registry = defaultActorRegistry();

  it('knows the Islamic State with its provinces as units', () => {
    const is = registry.byName('Islamic State')!;
    expect(is.aliases).toEqual(expect.arrayContaining(['ISIS', 'ISIL', 'Daesh']));
    expect(is.units.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'Iraq Province',
        'Syria Province',
        'Khorasan Province',
        'West Africa Province',
        'Sahel Province',
        'Central Africa Province',
        'Mozambique Province',
        'Somalia Province',
        'Caucasus Province',
        'Sinai Province',
      ]),
    );
  });

  it('has the other groups the analysts follow, and state forces for every country', () => {
    for (const name of [
      'al-Qaeda',
      'al-Shabaab',
      'JNIM',
      'Boko Haram',
      'Taliban',
      'HTS',
      'Hamas',
      'Hezbollah',
      'SDF',
      'PKK',
      'US-led coalition',
    ]) {
      expect(registry.byName(name), name).toBeDefined();
    }
    expect(registry.byName('Military of United States')?.aliases).toContain('US troops');
    expect(registry.byName('Police of Nigeria')?.datasets?.acled).toContain('Police Forces of Nigeria');
  });
});

describe('loadActorRegistry', () => {
  it('rejects an alias given to two actors, saying which', () => {
    const file = registryFile(`actors:
  - { name: Alpha Front, kind: armed_group, aliases: [AF1], home: [ML] }
  - { name: Beta Front, kind: armed_group, aliases: [AF1], home: [ML] }
`);
    expect(() => loadActorRegistry(file)).toThrow(
      /alias "AF1" is given to both "Alpha Front" and "Beta Front"/,
    );
  });

  it('rejects an unknown country code and an unknown kind when the file is read', () => {
    expect(() =>
      loadActorRegistry(registryFile('actors:\n  - { name: Gamma, kind: armed_group, home: [XX] }\n')),
    ).toThrow(ConfigError);
    expect(() =>
      loadActorRegistry(registryFile('actors:\n  - { name: Gamma, kind: gang, home: [ML] }\n')),
    ).toThrow(/kind must be one of/);
  });

  it('names the file when it is not YAML', () => {
    const file = registryFile('actors: [unclosed');
    expect(() => loadActorRegistry(file)).toThrow(file);
  });
});
