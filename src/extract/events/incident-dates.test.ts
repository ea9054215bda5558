import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const dated = (text: string, published: string) =>
  extractEvents(text, published).map((e) => [e.date, e.place, e.claimed]);

describe('the date an incident is told at', () => {
  it('takes the weekday of the act over the date of a dateline written in title case', () => {
    expect(
      dated(
        'Bosaso, 9 March 2025 - Militants attacked an army post outside Bosaso on Saturday, killing four soldiers.',
        '2025-03-09',
      ).map(([date]) => date),
    ).toEqual(['2025-03-08']);
  });

  it('takes the weekday of the act over a title-case dateline closed by a colon', () => {
    expect(
      dated(
        'Gilgit, Oct 12: Two soldiers were martyred when militants attacked a checkpost near Gilgit in northern Pakistan on Tuesday.',
        '2024-10-12',
      ),
    ).toEqual([['2024-10-08', 'Gilgit', null]]);
  });

  it('keeps a weekday followed by bare speakers ("late on Friday, officials said") as the day of the act', () => {
    expect(
      dated(
        'KAMPALA - Rebels killed eleven villagers in a raid on Bundibugyo in Uganda late on Friday, officials said.',
        '2024-03-10',
      )[0]?.[0],
    ).toBe('2024-03-08');
  });

  it('dates a past incident told as "a bomb claimed by X" by its own month, apart from the main one', () => {
    const text = [
      'Gunmen killed six traders at a market in Beni, in North Kivu, Congo, on Tuesday.',
      'In February, a bomb claimed by Islamic State tore through a bar in Butembo, killing nine people.',
    ].join('\n\n');
    expect(dated(text, '2024-05-09')).toContainEqual(['2024-02', 'Butembo', true]);
  });

  it('dates an incident by a date written out rather than one counted from the story ("a week later, on …")', () => {
    const text = [
      'On 3 March 2022 a bomber struck a market in Bosaso, Somalia, killing nine people.',
      'A week later, on 10 March 2022, gunmen attacked a police post in Galkayo, killing four officers.',
      'Islamic State claimed both.',
    ].join(' ');
    expect(dated(text, '2024-06-01')).toEqual([
      ['2022-03-03', 'Bosaso', true],
      ['2022-03-10', 'Galkayo', true],
    ]);
  });

  it('keeps a claim made days later, and what followed "a day after the attack", with the incident', () => {
    const text = [
      'Gunmen stormed a police station in Mopti, Mali, on Monday, killing four officers.',
      'Its news agency claimed the killing of four police officers on Wednesday.',
      'On Tuesday, a day after the attack, the movement named two gunmen who stormed the station.',
    ].join('\n\n');
    expect(dated(text, '2024-03-14')).toEqual([['2024-03-11', 'Mopti', true]]);
  });

  it('dates a foiled plot by the arrest, not by the day the attack was planned for', () => {
    const text =
      'On 3 March French police arrested a man in Lyon on suspicion of planning a car-bomb attack on a stadium in Marseille during the Christmas Day service, and Belgian police detained two accomplices in Liege the same day.';
    expect(extractEvents(text, '2024-05-04').map((e) => [e.type, e.date, e.place, e.fatalities])).toEqual([
      ['plot_foiled', '2024-03-03', 'Lyon', 0],
    ]);
  });
});
