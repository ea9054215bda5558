import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { inferDocumentYear } from './infer-year.js';

const yearOf = (text: string) => inferDocumentYear(text)?.year ?? null;

describe('inferDocumentYear', () => {
  it('adds an elapsed span to the year it counts from', () => {
    expect(
      yearOf('The team toured the country for the first time in 12 years; it had not come since 2010.'),
    ).toBe(2022);
    expect(yearOf('She won the seat back, five years after March 2019, when she lost it.')).toBe(2024);
    expect(yearOf('He lost the seat in March 2019, just five years ago.')).toBe(2024);
    expect(yearOf('Crowds marked the tenth anniversary of the fall of the city in 2014.')).toBe(2024);
  });

  it('points at the phrases it used as evidence', () => {
    const text = 'He lost the seat in March 2019, just five years ago.';
    const cited = inferDocumentYear(text)!.evidence.map((e) => text.slice(e.start, e.end));
    expect(cited).toEqual(['March 2019', 'just five years ago']);
  });

  it('gives the month when the text says "this March"', () => {
    const found = inferDocumentYear('She lost in March 2019, five years ago. Earlier this March she won.');
    expect(found).toMatchObject({ year: 2024, month: 3 });
  });

  it('checks the span against weekday-and-date pairs and refuses contradictions', () => {
    expect(yearOf('On Saturday, 4 March, ten years after 2013, they marched.')).toBe(2023);
    expect(yearOf('On Friday, 4 March, ten years after 2013, they marched.')).toBeNull();
  });

  it('accepts the latest named year only when every weekday-and-date pair fits it', () => {
    expect(yearOf('The attack came on Tuesday, 1 March. The cell formed in 2022.')).toBe(2022);
    expect(yearOf('The attack came on Tuesday, 1 March. The cell formed in 2015.')).toBeNull();
    expect(yearOf('The cell formed in 2022 and struck again.')).toBeNull();
  });

  it('returns null when spans disagree or point before a year the text names', () => {
    expect(yearOf('It came five years after 2010 and three years after 2010.')).toBeNull();
    expect(yearOf('Two years after 2010 it fell. It was rebuilt in 2020.')).toBeNull();
    expect(yearOf('Nothing in this text says when it was written.')).toBeNull();
  });

  it('lets findDates resolve the document against the inferred year', () => {
    const text = 'Gunmen struck on Friday, 4 March. It was the first visit in 24 years, since 1998.';
    const found = inferDocumentYear(text)!;
    expect(found.year).toBe(2022);
    const dates = findDates(text, { published: null, inferredYear: found.year });
    expect(dates[0]).toMatchObject({ text: 'Friday, 4 March', value: '2022-03-04' });
  });
});
