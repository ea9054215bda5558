import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../model/errors.js';
import { loadFactorFramework, parseFactorFramework } from './framework.js';
import { loadClaimLanguage } from './language.js';

describe('factor framework', () => {
  it('loads the shipped factors with their cues and indicators', () => {
    const { factors } = loadFactorFramework();
    expect(factors.map((f) => f.id)).toEqual([
      'state_capacity',
      'ideological_appeal',
      'popular_base',
      'manpower',
      'resources',
      'geopolitical_distraction',
      'decentralisation',
      'external_operations',
      'chaos_and_grievance',
      'leadership',
    ]);
    expect(factors.find((f) => f.id === 'manpower')?.indicators).toContain('prison_attacks');
    expect(loadClaimLanguage().hedges.length).toBeGreaterThan(5);
  });

  it('refuses a bad file when it is read, naming the entry and what to do', () => {
    const bad = (data: unknown) => () => parseFactorFramework(data, 'factors.yaml');
    expect(bad({ factors: [{ id: 'x', cues: [] }] })).toThrow(/factor x.cues: give at least one cue/);
    expect(bad({ factors: [{ id: 'x', polarity: 'up', cues: ['a'] }] })).toThrow(ConfigError);
    expect(bad({ factors: [{ id: 'x', cues: ['re:(unclosed'] }] })).toThrow(/not a valid pattern/);
    expect(
      bad({
        factors: [
          { id: 'x', cues: ['a'] },
          { id: 'x', cues: ['b'] },
        ],
      }),
    ).toThrow(/defined twice/);
    expect(() => loadFactorFramework('/nonexistent/factors.yaml')).toThrow(/cannot read it/);
  });
});
