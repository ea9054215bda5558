import { describe, expect, it } from 'vitest';
import { bottomLines } from './stance.js';

const lines = (text: string) => bottomLines(text).map((l) => l.direction);

describe('bottomLines on what is not a verdict', () => {
  it('reads no verdict from a question', () => {
    expect(lines('Is the insurgency on the rise again in the delta?')).toEqual([]);
  });

  it('reads no revival from advice to someone else', () => {
    expect(
      lines('The governors should rebuild the police before the insurgents return to the hills.'),
    ).toEqual(['for']);
    expect(lines('The ministry must rebuild its border posts along the river.')).toEqual([]);
  });

  it('reads no decline from a state the group was once in', () => {
    expect(lines('The alliance that once kept the militants on the defensive has broken up.')).toEqual([]);
  });

  it('does not take the abbreviation of a number for a negator', () => {
    expect(lines('Report No. 7: The Insurgency Is Rebuilding in the South')).toEqual(['for']);
  });
});

describe('bottomLines on verdicts phrased in other ways', () => {
  it('reads a recovery told by what comes before it, not by what it recovered', () => {
    expect(lines('The insurgents have recovered most of what they lost last year.')).toEqual(['for']);
  });

  it('reads a partial revival and a mixed picture as mixed', () => {
    expect(lines('Its networks in the capital have recovered only in part.')).toEqual(['mixed']);
    expect(lines('On balance, the picture is mixed.')).toEqual(['mixed']);
  });

  it('reads a group that has peaked, has not peaked or came back', () => {
    expect(lines('The movement peaked two summers ago.')).toEqual(['against']);
    expect(lines('An organisation that strikes three capitals in a year has not peaked.')).toEqual(['for']);
    expect(lines('That was the spring the militants came back.')).toEqual(['for']);
    expect(lines('The militants will keep expanding their reach along the coast.')).toEqual(['for']);
  });
});
