import { describe, expect, it } from 'vitest';
import { confidenceOf, estimativeTerm } from './estimative.js';

describe('estimativeTerm', () => {
  it.each([
    [0.03, 'almost no chance'],
    [0.5085, 'roughly even chance'],
    [0.55, 'likely'],
    [0.8, 'very likely'],
    [0.97, 'almost certain'],
    [1, 'almost certain'],
  ])('calls %s "%s"', (p, term) => expect(estimativeTerm(p).term).toBe(term));

  it('gives the range of the term', () => expect(estimativeTerm(0.6).range).toBe('55-80%'));
});

describe('confidenceOf', () => {
  const solid = { independentSources: 4, dataItems: 3, meanReliability: 0.75, criticalItems: 0 };
  it('is high with several reliable sources, event data and a robust lead', () => {
    expect(confidenceOf(solid).level).toBe('high');
  });
  it('is low when one item decides the lead, and says so', () => {
    const c = confidenceOf({ ...solid, criticalItems: 1 });
    expect(c.level).toBe('low');
    expect(c.reason).toContain('the lead changes if one item is removed');
  });
  it('is low without event data and moderate with unjudged sources', () => {
    expect(confidenceOf({ ...solid, dataItems: 0 }).level).toBe('low');
    expect(confidenceOf({ ...solid, meanReliability: 0.5 }).level).toBe('moderate');
  });
});
