import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

describe('a sentence that sets the scene of the act told next', () => {
  it('starts a new incident after a dated header with figures, instead of adding to the story before it', () => {
    const text = [
      'Fighters of JNIM attacked two villages near Tillaberi, in Niger, on 2 January 2021, killing 12 villagers.',
      [
        'Case 2 | Mali | Mopti region, Boni | 2019-09-30 | JNIM | deaths best 38, low 38, high 40',
        'Summary: before dawn, fighters of JNIM breached the perimeter of a gendarmerie camp near Boni.',
        'One soldier and 37 gendarmes were killed.',
      ].join('\n'),
    ].join('\n\n');
    const found = extractEvents(text, null).map((e) => [e.date, e.country, e.fatalities]);
    expect(found).toEqual([
      ['2021-01-02', 'NE', 12],
      ['2019-09-30', 'ML', 38],
    ]);
  });

  it('keeps two dataset entries of the same day and town apart', () => {
    const text = [
      '03/14/2019: Gunmen opened fire on worshippers at a mosque in Kano city, Kano state, Nigeria, killing four people.',
      '03/14/2019: An explosive device planted near a bus station in Kano city, Kano state, Nigeria, detonated, killing two people.',
    ].join('\n\n');
    expect(extractEvents(text, null).map((e) => [e.date, e.type, e.fatalities])).toEqual([
      ['2019-03-14', 'attack', 4],
      ['2019-03-14', 'bombing', 2],
    ]);
  });

  it("reads a record's header line as coding, not as the act, and attackers 'also killed' as the same incident", () => {
    const text = [
      'NGA-7 | 3 May 2021 | Battles - Armed clash',
      'On 3 May 2021, ISWAP militants raided a market near Monguno (Monguno, Borno). 11 traders were killed; several militants were also killed. ISWAP claimed the attack.',
    ].join('\n');
    expect(extractEvents(text, null).map((e) => [e.type, e.fatalities, e.claimed])).toEqual([
      ['attack', 14, true],
    ]);
  });
});
