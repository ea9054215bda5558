import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-05-15', '2024-05-15'],
    ['2024-05-15T23:30:00-05:00', '2024-05-15'],
    ['2019-01-22T08:10:00Z', '2019-01-22'],
    ['2025/05/06', '2025-05-06'],
    ['18 February 2023', '2023-02-18'],
    ['18th of February, 2023', '2023-02-18'],
    ['Feb. 18, 2023', '2023-02-18'],
    ['February 18 2023', '2023-02-18'],
    ['Saturday 18 February 2023 · 09:12 GMT', '2023-02-18'],
    ['Tue, 22 Jan 2019 10:00:00 +0000', '2019-01-22'],
    ['Published on Jul 18, 2023', '2023-07-18'],
    ['Updated August 2, 2023 09:40pm', '2023-08-02'],
    ['20/07/2021', '2021-07-20'],
    ['07/20/2021', '2021-07-20'],
    ['the day first when dotted: 04.07.2020', '2020-07-04'],
    ['3 mars 2024', '2024-03-03'],
  ])('reads %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it.each([
    ['no date at all', 'Posted by the desk'],
    ['a relative date', '2 hours ago'],
    ['a month without a day', 'March 2024'],
    ['a day and month without a year', 'Oct 3'],
    ['an ambiguous day/month order', '03/04/2024'],
    ['a day that does not exist', '31 February 2023'],
    ['a bare year', '© 2024'],
  ])('gives null for %s', (_, written) => {
    expect(parseDate(written)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads /YYYY/MM/DD/ folders and YYYY-MM-DD slugs', () => {
    expect(dateFromUrl('https://news.example/world/2024/05/15/army-retakes-town')).toBe('2024-05-15');
    expect(dateFromUrl('https://news.example/somalia/2022-10-31-twin-blasts')).toBe('2022-10-31');
  });

  it('ignores numbers that are not a date and URLs without one', () => {
    expect(dateFromUrl('https://news.example/story/2024/99/15/x')).toBeNull();
    expect(dateFromUrl('https://news.example/news/123456789')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
