import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const perpetrators = (text: string, published = '2024-05-04') =>
  extractEvents(text, published).map((e) => [e.perpetrator, e.unit]);

describe('the perpetrator of an incident', () => {
  it('reads doers described between their name and their act', () => {
    expect(
      perpetrators(
        'On Monday IS fighters loyal to a local commander took control of the port town of Eyl, in Somalia.',
      ),
    ).toEqual([['Islamic State', 'Somalia Province']]);
    expect(
      perpetrators(
        'On Monday ISWAP fighters from the Sambisa forest attacked a market near Monguno in Borno state, killing six traders.',
      ),
    ).toEqual([['Islamic State', 'West Africa Province']]);
  });

  it('knows the Greater Sahara group by its short name', () => {
    expect(
      perpetrators(
        'The Greater Sahara faction was behind Thursday’s ambush near Ayorou in Niger in which nine soldiers were killed.',
        '2021-05-08',
      ),
    ).toEqual([['Islamic State', 'Greater Sahara']]);
  });
});
