import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../../src/analyze/assessment/contradictions.js';
import type { ComparableEvent } from '../../../src/store/indicators.js';

const event = (o: Partial<ComparableEvent>): ComparableEvent => ({
  id: 1,
  origin: 'document',
  documentId: 1,
  sourceId: '1#1',
  type: 'attack',
  date: '2022-01-20',
  datePrecision: 'day',
  country: 'SY',
  admin1: 'Hasakah',
  place: 'Ghwayran',
  perpetrator: 'Islamic State',
  fatalities: 150,
  fatalitiesLow: 150,
  fatalitiesHigh: null,
  evidence: [{ start: 0, end: 12 }],
  ...o,
});
const docs = [
  {
    id: 1,
    title: 'First report',
    publisher: null,
    source: 'a.txt',
    published: null,
    url: null,
    authors: [],
    text: 'A toll of 150 was given.',
  },
  {
    id: 2,
    title: 'Second report',
    publisher: null,
    source: 'b.txt',
    published: null,
    url: null,
    authors: [],
    text: 'Some 500 died there.',
  },
];

describe('findContradictions', () => {
  it('flags a count that two documents give with ranges that do not overlap, quoting both', () => {
    const a = event({
      fatalities: 150,
      fatalitiesLow: 150,
      fatalitiesHigh: 160,
      evidence: [{ start: 0, end: 24 }],
    });
    const b = event({
      id: 2,
      documentId: 2,
      sourceId: '2#1',
      fatalities: 500,
      fatalitiesLow: 500,
      fatalitiesHigh: 500,
      evidence: [{ start: 0, end: 19 }],
    });
    const [c] = findContradictions([[a, b]], docs);
    expect(c?.kind).toBe('count');
    expect(c?.sides.map((s) => [s.source, s.value, s.quote?.text])).toEqual([
      ['First report', '150-160 killed', 'A toll of 150 was given.'],
      ['Second report', '500 killed', 'Some 500 died there'],
    ]);
  });

  it('flags a date given differently for the same place, and a place for the same day', () => {
    const kinds = (a: ComparableEvent, b: ComparableEvent) =>
      findContradictions([[a, b]], docs).map((c) => c.kind);
    expect(
      kinds(
        event({ fatalitiesHigh: 150 }),
        event({ id: 2, documentId: 2, date: '2022-01-21', fatalitiesHigh: 150 }),
      ),
    ).toEqual(['date']);
    expect(
      kinds(
        event({ fatalitiesHigh: 150 }),
        event({
          id: 2,
          origin: 'ucdp',
          documentId: null,
          place: 'Raqqa',
          admin1: 'Raqqa',
          fatalitiesHigh: 150,
        }),
      ),
    ).toEqual(['place']);
  });

  it('does not flag figures that can both be true, or different kinds of incident', () => {
    expect(
      findContradictions(
        [[event({}), event({ id: 2, documentId: 2, fatalities: 170, fatalitiesLow: 170 })]],
        docs,
      ),
    ).toEqual([]);
    expect(
      findContradictions(
        [[event({ type: 'battle' }), event({ id: 2, documentId: 2, type: 'bombing', date: '2022-01-22' })]],
        docs,
      ),
    ).toEqual([]);
  });
});
