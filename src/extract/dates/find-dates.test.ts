import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import type { DateContext } from './types.js';

/** Saturday 10 June 2023; its calendar week runs from Monday 5 to Sunday 11 June. */
const SATURDAY: DateContext = { published: '2023-06-10' };

const values = (text: string, context: DateContext = SATURDAY) =>
  findDates(text, context).map((d) => [d.text, d.value]);
const value = (text: string, context: DateContext = SATURDAY) => findDates(text, context)[0]?.value;

describe('findDates: dates that carry their year', () => {
  it('reads day, month and year in either order, abbreviated or not', () => {
    expect(values('The raid began on 22 March 2024 and ended on March 25, 2024.')).toEqual([
      ['22 March 2024', '2024-03-22'],
      ['March 25, 2024', '2024-03-25'],
    ]);
    expect(value('Filed Jul 18, 2023 by our desk.')).toBe('2023-07-18');
    expect(value('The attacks of Sept. 11, 2001 changed everything.')).toBe('2001-09-11');
    expect(value('It was the 4th of July 2019.')).toBe('2019-07-04');
    expect(value('On Thursday 20 January 2022 the prison was stormed.')).toBe('2022-01-20');
  });

  it('marks them as absolute, at day precision, with offsets into the text', () => {
    const text = 'Troops withdrew on 3 May 2021.';
    const [mention] = findDates(text, SATURDAY);
    expect(mention).toMatchObject({ text: '3 May 2021', precision: 'day', relative: false });
    expect(text.slice(mention!.start, mention!.end)).toBe('3 May 2021');
  });

  it('reads ISO dates, and numeric dates to the day only when the order is unambiguous', () => {
    expect(value('Updated 2024-01-05 at noon.')).toBe('2024-01-05');
    expect(value('Dated 22/03/2024.')).toBe('2024-03-22');
    expect(value('Dated 03/22/2024.')).toBe('2024-03-22');
    expect(value('Dated 03/04/2024.')).toBe('2024');
    expect(value('Dated 05.05.2020.')).toBe('2020-05-05');
  });

  it('settles the order of an ambiguous numeric date from the text, the publication date or its form', () => {
    expect(value('Dated 04.03.2024.')).toBe('2024-03-04');
    expect(value('Filed 14/02/2021; the raid of 03/02/2021 was first.')).toBe('2021-02-14');
    expect(values('Filed 14/02/2021; the raid of 03/02/2021 was first.')[1]).toEqual([
      '03/02/2021',
      '2021-02-03',
    ]);
    expect(value('Raided on 12/04/2023, officials said.')).toBe('2023-04-12');
    expect(value('10/03/2016: Gunmen fired on a police post in a northern town.', { published: null })).toBe(
      '2016-10-03',
    );
    expect(value('Gunmen fired on 10/03/2016 at a police post.', { published: null })).toBe('2016');
  });

  it('gives month precision for a month and year, qualified or not', () => {
    expect(findDates('The town fell in March 2024.', SATURDAY)[0]).toMatchObject({
      value: '2024-03',
      precision: 'month',
    });
    expect(value('It happened in early March 2024.')).toBe('2024-03');
    expect(value('By the end of June 2017 the city was retaken.')).toBe('2017-06');
    expect(value('In March of 2019 the last pocket fell.')).toBe('2019-03');
  });

  it('gives the month for a span of days within it', () => {
    expect(value('Between 3 and 6 May 2021, troops swept the forest.')).toBe('2021-05');
    expect(value('The siege lasted 12-15 October 2018.')).toBe('2018-10');
    expect(value('Fighting went on from 9 to 11 June 2020.')).toBe('2020-06');
    expect(value('Nine were shot on 11 June 2020.')).toBe('2020-06-11');
  });

  it('gives year precision for years after a preposition, in brackets, possessive or qualified', () => {
    expect(values('Since 2015 the group has grown; in 2019 it lost its last town.')).toEqual([
      ['2015', '2015'],
      ['2019', '2019'],
    ]);
    expect(value('The first wave (2014) was the worst.')).toBe('2014');
    expect(value('It was 2016’s deadliest attack.')).toBe('2016');
    expect(value('The group peaked in mid-2014.')).toBe('2014');
    expect(value('Talks resumed in late 2019.')).toBe('2019');
    expect(value('In the summer of 2016 the offensive began.')).toBe('2016');
    expect(values('Between 2014 and 2017 it held the city.').map(([, v]) => v)).toEqual(['2014', '2017']);
  });

  it('does not take counts, thousands or bare numbers for years', () => {
    expect(findDates('More than 2,400 people and 1998 soldiers took part.', SATURDAY)).toEqual([]);
    expect(findDates('Police found 2019 rounds of ammunition.', SATURDAY)).toEqual([]);
  });
});

describe('findDates: expressions resolved against the publication date', () => {
  it('resolves a weekday to the latest such day on or before publication, the same day included', () => {
    expect(value('Gunmen struck on Friday.')).toBe('2023-06-09');
    expect(value('Officials spoke on Saturday.')).toBe('2023-06-10');
    expect(value('The convoy left on Sunday.')).toBe('2023-06-04');
    const [mention] = findDates('It began on Monday.', SATURDAY);
    expect(mention).toMatchObject({ text: 'Monday', precision: 'day', relative: true });
  });

  it('keeps the weekday when a part of the day or a possessive goes with it', () => {
    expect(value('The blast came on Friday evening.')).toBe('2023-06-09');
    expect(value('The clashes went on late on Tuesday night.')).toBe('2023-06-06');
    expect(value("Wednesday's attack was claimed.")).toBe('2023-06-07');
    expect(value('In the early hours of Thursday, troops moved in.')).toBe('2023-06-08');
  });

  it('reads "last", "this" and "next" weekday by calendar week (Monday to Sunday)', () => {
    expect(value('Last Friday a bomb went off.')).toBe('2023-06-02');
    expect(value('This Monday the curfew ended.')).toBe('2023-06-05');
    expect(value('The talks open next Tuesday.')).toBe('2023-06-13');
    expect(value('A verdict came last Friday.', { published: '2023-06-12' })).toBe('2023-06-09');
  });

  it('takes the weekday of one service for a date, not a weekday that names a custom or a habit', () => {
    expect(findDates('Worshippers gather for Friday prayers.', SATURDAY)).toEqual([]);
    expect(value('The bomber struck during Friday prayers.')).toBe('2023-06-09');
    expect(findDates('Markets close every Friday and on Sundays.', SATURDAY)).toEqual([]);
  });

  it('takes a weekday the same sentence has just dated for that day, not the latest such day', () => {
    // 12 May 2023 was a Friday
    expect(values('On 12 May 2023, a gunman opened fire during Friday prayers.')).toEqual([
      ['12 May 2023', '2023-05-12'],
      ['Friday', '2023-05-12'],
    ]);
    expect(values('On 11 May 2023, the army moved in. On Friday it withdrew.')[1]).toEqual([
      'Friday',
      '2023-06-09',
    ]);
    expect(values('On 11 May 2023 talks began, and a bomb went off on Friday.')[1]).toEqual([
      'Friday',
      '2023-06-09',
    ]);
  });

  it('resolves day words', () => {
    expect(values('Yesterday police said that today and tomorrow would be quiet.')).toEqual([
      ['Yesterday', '2023-06-09'],
      ['today', '2023-06-10'],
      ['tomorrow', '2023-06-11'],
    ]);
    expect(value('The day before yesterday a mine exploded.')).toBe('2023-06-08');
    expect(value("Yesterday's blast killed two.")).toBe('2023-06-09');
  });

  it('gives a month for weeks and months, a year for years', () => {
    expect(findDates('Last week officials met.', SATURDAY)[0]).toMatchObject({
      value: '2023-06',
      precision: 'month',
    });
    expect(value('Last week officials met.', { published: '2023-06-03' })).toBe('2023-05');
    expect(value('Last week officials met.', { published: '2023-03-06' })).toBe('2023-03');
    expect(value('Earlier this month raids began.')).toBe('2023-06');
    expect(value('Last month a raid failed.')).toBe('2023-05');
    expect(value('Last month a raid failed.', { published: '2023-01-15' })).toBe('2022-12');
    expect(value('Next month elections are due.')).toBe('2023-07');
    expect(findDates('Last year was calm; this year is not.', SATURDAY).map((d) => d.value)).toEqual([
      '2022',
      '2023',
    ]);
  });

  it('counts back spans that end in "ago"', () => {
    expect(value('Five years ago the city fell.')).toBe('2018');
    expect(value('Three days ago a patrol vanished.')).toBe('2023-06-07');
    expect(value('Two weeks ago a patrol vanished.')).toBe('2023-05');
    expect(value('A month ago a patrol vanished.')).toBe('2023-05');
    expect(value('Ten years ago today the bridge was blown up.')).toBe('2013-06-10');
  });

  it('places a month without a year at its latest occurrence, or as "last", "this" and "next" say', () => {
    expect(value('In June the group struck.')).toBe('2023-06');
    expect(value('In July the group struck.')).toBe('2022-07');
    expect(value('Last January the group struck.')).toBe('2023-01');
    expect(value('Last June the group struck.')).toBe('2022-06');
    expect(value('Earlier this March the group struck.')).toBe('2023-03');
    expect(value('Next March the mission ends.')).toBe('2024-03');
    expect(value('It peaked in early May.')).toBe('2023-05');
    expect(value('At the end of February the road reopened.')).toBe('2023-02');
  });

  it('reads a month with the year said after it, and a month that names an incident', () => {
    expect(values('The rebels took the port in August last year.')).toEqual([
      ['August last year', '2022-08'],
    ]);
    expect(value('It was signed in March of this year.')).toBe('2023-03');
    expect(value('Since the April bombing the market has stayed shut.')).toBe('2023-04');
    expect(value('The Marchers gathered in the square.')).toBeUndefined();
  });

  it('does not take a modal "May" or a month name with no date cue for a date', () => {
    expect(findDates('May God protect them, said March, the spokesman.', SATURDAY)).toEqual([]);
  });

  it('gives a day and month without a year the latest year that is not after publication', () => {
    expect(value('On 4 March gunmen attacked.')).toBe('2023-03-04');
    expect(value('On 10 June gunmen attacked.')).toBe('2023-06-10');
    expect(value('On 11 June gunmen attacked.')).toBe('2022-06-11');
    expect(value('On 28 December gunmen attacked.', { published: '2024-01-02' })).toBe('2023-12-28');
    expect(value('It happened on August 26, during the evacuation.')).toBe('2022-08-26');
    expect(value('On Friday, 2 June, gunmen attacked.')).toBe('2023-06-02');
  });

  it('puts a day and month without a year in the year the text has just set its events in', () => {
    const dayIn = (text: string) => findDates(text, { published: '2025-02-09' }).at(-1)?.value;
    expect(dayIn('The worst violence came in 2023. On 3 January a bomb hit the market.')).toBe('2023-01-03');
    // a yardstick is no frame, nor a year two sentences or a paragraph away
    expect(dayIn('Attacks have fallen since 2023. On 3 January a bomb hit the market.')).toBe('2025-01-03');
    expect(dayIn('It grew in 2023.\n\nOn 3 January a bomb hit the market.')).toBe('2025-01-03');
    expect(dayIn('It grew in 2023. Then it split. On 3 January a bomb hit the market.')).toBe('2025-01-03');
    // never after publication: 3 March 2025 had not come when the text was published
    expect(dayIn('Plans are set in 2025. On 3 March a bomb hit the market.')).toBe('2024-03-03');
  });

  it('reads seasons relative to publication', () => {
    expect(value('Plots last summer were foiled.', { published: '2024-03-21' })).toBe('2023');
    expect(value('Plots last summer were foiled.', { published: '2024-10-01' })).toBe('2024');
    expect(value('Plots this summer were foiled.')).toBe('2023');
  });

  it('does not read "the following days" as one day', () => {
    expect(values('On 4 March gunmen attacked. Most were caught in the following days.')).toEqual([
      ['4 March', '2023-03-04'],
    ]);
  });

  it('counts "two days later" and "the following day" from the previous date in the text, or the anchor', () => {
    expect(
      values('On 4 March gunmen attacked. Two days later troops came; the following day they left.'),
    ).toEqual([
      ['4 March', '2023-03-04'],
      ['Two days later', '2023-03-06'],
      ['the following day', '2023-03-07'],
    ]);
    expect(value('Three days earlier the army had warned.', { ...SATURDAY, anchor: '2023-06-09' })).toBe(
      '2023-06-06',
    );
    expect(value('A week later it happened again.', { ...SATURDAY, anchor: '2023-05' })).toBe('2023-05');
    expect(findDates('Two days later troops came.', SATURDAY)).toEqual([]);
    const skipping = 'On 4 March gunmen attacked. Since 2015 it was calm. Two days later troops came.';
    expect(findDates(skipping, SATURDAY).map((d) => d.value)).toEqual(['2023-03-04', '2015', '2023-03-06']);
    const told = 'On 4 March gunmen attacked. In May, a second raid came, claimed the same day.';
    expect(findDates(told, SATURDAY).map((d) => d.value)).toEqual(['2023-03-04', '2023-05', '2023-05']);
  });
});

describe('findDates without a publication date', () => {
  const NONE: DateContext = { published: null };

  it('never uses the clock: weekdays, day words and dates without a year give nothing', () => {
    expect(findDates('On Friday, 4 March, yesterday and last month, gunmen attacked.', NONE)).toEqual([]);
  });

  it('still reads dates that carry their own year', () => {
    expect(values('It happened on 22 March 2024 and in 2019.', NONE)).toEqual([
      ['22 March 2024', '2024-03-22'],
      ['2019', '2019'],
    ]);
  });

  it('resolves against an inferred year at the precision it allows', () => {
    const year: DateContext = { published: null, inferredYear: 2022 };
    expect(findDates('On Friday, 4 March, gunmen attacked.', year)[0]).toMatchObject({
      value: '2022-03-04',
      relative: true,
    });
    expect(value('Gunmen attacked on Friday.', year)).toBe('2022');
    expect(value('Last year the city was calm.', year)).toBe('2021');
    expect(findDates('Last month the city was calm.', year)).toEqual([]);
    expect(findDates('Last August the city fell.', year)).toEqual([]);
  });

  it('uses an inferred month for weekdays, day words and months', () => {
    const month: DateContext = { published: null, inferredYear: 2022, inferredMonth: 3 };
    expect(value('Gunmen attacked on Friday.', month)).toBe('2022-03');
    expect(value('Yesterday troops arrived.', month)).toBe('2022-03');
    expect(value('Last month the city was calm.', month)).toBe('2022-02');
    expect(value('Last August the city fell.', month)).toBe('2021-08');
  });
});

describe('findDates: named days', () => {
  it('reads fixed and Easter-based named days, with a year or counted back from the reference', () => {
    expect(value("Gunmen struck a bar on New Year's Eve.", { published: '2025-01-03' })).toBe('2024-12-31');
    expect(value('The church was bombed on Christmas Day 2011.')).toBe('2011-12-25');
    expect(value('Churches were bombed on Easter Sunday.', { published: '2019-04-25' })).toBe('2019-04-21');
    expect(value('A bomb went off on Good Friday 2024.')).toBe('2024-03-29');
    // a season with its year is that month
    expect(value('Police stepped up patrols at Christmas 2019.')).toBe('2019-12');
    expect(value('Attacks rose over Easter 2016.')).toBe('2016-03');
    // a named day later in the year than the reference is last year's
    expect(value('The Boxing Day raid left nine dead.', { published: '2023-06-10' })).toBe('2022-12-26');
  });
});

describe('findDates: a day whose year is said relative to publication', () => {
  it('reads "26 October last year" and "May 3 of this year" as those days', () => {
    expect(values('On the evening of 26 October last year, gunmen came to the village.')).toEqual([
      ['26 October last year', '2022-10-26'],
    ]);
    expect(value('The bridge was bombed on May 3 of this year.')).toBe('2023-05-03');
  });
});
