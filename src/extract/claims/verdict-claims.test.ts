import { describe, expect, it } from 'vitest';
import { readClaims } from './read-claims.js';
import { claimRules, defaultClaimRules } from './rules.js';

const about = (text: string, factor: string) =>
  readClaims(text)
    .claims.filter((c) => c.factor === factor)
    .map((c) => [c.direction, c.text]);

describe('claims that verdicts on the group as a whole make', () => {
  it('reads a verdict with no claim of its own as a claim on the verdict factor', () => {
    const text =
      'The movement is stronger than it has been in a decade. Its rivals have given up the valley.';
    expect(about(text, 'decentralisation')).toEqual([
      ['for', 'The movement is stronger than it has been in a decade.'],
    ]);
  });

  it('reads a verdict against the group the same way', () => {
    expect(
      about('The movement is a local nuisance, not a revival of the old caliphate.', 'decentralisation'),
    ).toEqual([['against', 'The movement is a local nuisance, not a revival of the old caliphate.']]);
  });

  it('adds nothing where a claim read from the sentence already carries the verdict', () => {
    const text = 'The group is weaker than ever because its fighters have deserted in droves.';
    const { claims } = readClaims(text);
    expect(claims.filter((c) => c.factor === 'decentralisation')).toEqual([]);
    expect(claims.some((c) => c.factor === 'manpower' && c.direction === 'against')).toBe(true);
  });

  it('leaves the stance as the bottom-line sentences alone read it', () => {
    const text = 'The movement is stronger than it has been in a decade.';
    const rules = defaultClaimRules();
    const without = claimRules(rules.framework, { ...rules.language, verdictFactor: null });
    expect(readClaims(text, without).claims).toEqual([]);
    expect(readClaims(text).stance).toEqual(readClaims(text, without).stance);
  });

  it('rejects a verdict factor the framework does not define, naming the factors it has', () => {
    const rules = defaultClaimRules();
    expect(() => claimRules(rules.framework, { ...rules.language, verdictFactor: 'morale' })).toThrow(
      /verdict_factor "morale" is not a factor.*state_capacity/,
    );
  });
});
