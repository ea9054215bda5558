import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const read = (text: string, published = '2022-01-10') =>
  extractEvents(text, published).map((e) => [e.type, e.date, e.place, e.perpetrator]);

describe('towns taken and battles fought over days', () => {
  it('reads a town overrun as taken, and the force it fell to as the taker', () => {
    expect(
      read('3 January 2022 - Rebel fighters overran Kidal town in northern Mali in a night assault.'),
    ).toEqual([['territory_change', '2022-01-03', 'Kidal', null]]);
    expect(read('5 January 2022 - Herat fell to the Taliban after the garrison surrendered.')).toEqual([
      ['territory_change', '2022-01-05', 'Herat', 'Taliban'],
    ]);
  });

  it('keeps a battle counted in days as one incident, and soldiers among its dead as victims', () => {
    expect(
      read(
        '4 January 2022 - Taliban fighters attacked Kandahar city, beginning three days of fighting in which 40 members of the security forces were killed.',
      ),
    ).toEqual([['battle', '2022-01-04', 'Kandahar', 'Taliban']]);
  });
});

describe('an assault told with its weapons', () => {
  it('reads "attacked the base with car bombs and drones" as an attack, one bomb alone as before', () => {
    expect(
      read(
        'On 9 January 2022, militants attacked an army base at Bosaso in Somalia with suicide car bombs and drones, killing 15 soldiers.',
      ).map(([type]) => type),
    ).toEqual(['attack']);
    expect(
      read(
        'On 9 January 2022, a suicide car bomb exploded at the gate of an army base at Bosaso in Somalia, killing 15 soldiers.',
      ).map(([type]) => type),
    ).toEqual(['bombing']);
  });
});

describe('a proportion of many cases', () => {
  it('does not make the share of people detained for plotting a foiled plot of the incident before it', () => {
    const text = [
      'On 4 January 2022 a man killed two passers-by with a knife at a market in Lyon, France.',
      'Police services say that a rising share of the people they detain for jihadist plotting are teenagers.',
    ].join('\n\n');
    expect(read(text).map(([type]) => type)).toEqual(['attack']);
  });
});

describe('a lead that names only the doers', () => {
  it('takes the kind of act a later sentence names ("carried out the kidnapping")', () => {
    const text = [
      'When gunmen reached the boarding school in Jangebe, Nigeria, on the night of 4 January 2022, most pupils fled into the fields.',
      'Two days later a faction leader said in a message that his men had carried out the kidnapping.',
    ].join('\n\n');
    expect(read(text).map(([type]) => type)).toEqual(['abduction']);
  });
});
