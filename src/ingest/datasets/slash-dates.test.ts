import { describe, expect, it } from 'vitest';
import { slashDateFormats, slashDateOrder } from './slash-dates.js';

describe('slashDateOrder', () => {
  it('tells the order from a day over 12, whichever side it is on', () => {
    expect(slashDateOrder(['3/9/2023', '3/22/2024'], ',')).toBe('month-first');
    expect(slashDateOrder(['9/3/2023', '22/3/2024'], ',')).toBe('day-first');
    expect(slashDateOrder(['14.03.2023'], ';')).toBe('day-first');
  });

  it('falls back on the separator, and says nothing when no date has slashes', () => {
    expect(slashDateOrder(['3/9/2023'], ',')).toBe('month-first');
    expect(slashDateOrder(['3/9/2023'], ';')).toBe('day-first');
    expect(slashDateOrder(['2024-03-22', '22 March 2024'], ',')).toBeNull();
    expect(slashDateFormats(null)).toEqual([]);
    expect(slashDateFormats('month-first').slice(0, 2)).toEqual(['%m/%d/%y', '%m/%d/%Y']);
  });
});
