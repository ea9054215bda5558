import { describe, expect, it } from 'vitest';
import { bottomLines } from './stance.js';

const lines = (text: string) => bottomLines(text).map((l) => l.direction);

describe('bottomLines on what is not a verdict', () => {
  it('reads no verdict from a question', () => {
    expect(lines('Is the insurgency on the rise again in the delta?')).toEqual([]);
  });

  it('reads no verdict from a concession granted before it', () => {
    expect(lines('To be sure, the movement is smaller than at its peak.')).toEqual([]);
    expect(lines('The movement is smaller than at its peak.')).toEqual(['against']);
  });

  it('reads a comparison with a word between the comparative and "than"', () => {
    expect(lines('The insurgency is weaker today than a year ago.')).toEqual(['against']);
    expect(lines('The insurgency is better placed now than at any time since 2016.')).toEqual(['for']);
  });

  it('reads no verdict from a question asked in the third person or a view others point out', () => {
    expect(lines('An editor asked me whether the movement had peaked in the spring.')).toEqual([]);
    expect(lines('Its defenders point out that the insurgency is on the rise in the west.')).toEqual([]);
  });

  it('reads the verdict given after a colon that answers the question', () => {
    expect(
      lines('If the question is whether the insurgency is coming back, my answer is no: it is in decline.'),
    ).toContain('against');
    expect(lines('The network is in worse shape than at any point in its history.')).toEqual(['against']);
  });

  it('reads verdicts of expansion, survival and a comparison across a place and a time', () => {
    expect(lines('The insurgency is thriving in the river valleys.')).toEqual(['for']);
    expect(lines('The movement is fighting for its survival in the hills.')).toEqual(['against']);
    expect(lines('The insurgency is weaker in the delta today than a year ago.')).toEqual(['against']);
    expect(lines('The insurgents are now a fraction of what they were in 2015.')).toEqual(['against']);
  });

  it('reads an alternative rejected with "rather than" as it is named', () => {
    expect(lines('The militants are guarding a shrinking enclave rather than expanding.')).toEqual([
      'against',
    ]);
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

describe('bottomLines on verdicts that doubt or reject what they name', () => {
  it('reads a revival the evidence does not support, or that nothing suggests, as against', () => {
    expect(lines('The data do not support the view that the insurgents are back.')).toEqual(['against']);
    expect(lines('Nothing in the harvest reports suggests the militants are coming back.')).toEqual([
      'against',
    ]);
  });

  it('reads a decline called premature as for, and only within its own clause', () => {
    expect(lines('It is premature to write the insurgency off.')).toEqual(['for']);
    expect(
      lines('The movement is weaker than it was in 2019, and talk of its comeback misreads the data.'),
    ).toEqual(['against']);
  });

  it('reads the alternative a sentence rejects the other way', () => {
    expect(
      lines('The militants are now a nuisance for the police rather than an army that could return.'),
    ).toEqual(['against']);
  });

  it('reads a group that is back or getting stronger as for', () => {
    expect(lines('The jihadists are back, and the capital knows it.')).toEqual(['for']);
    expect(lines('By every measure we track, ISWAP is getting stronger, not weaker.')).toEqual(['for']);
    expect(lines('The group is back in the news after the raid.')).toEqual([]);
  });
});

describe('bottomLines on decline words that describe something else', () => {
  it('reads no verdict from a decline word before a noun that is not the group', () => {
    expect(lines('The insurgents now face a shrinking foreign presence in the valley.')).toEqual([]);
    expect(lines('The militants exploit a weakened police force and a fading economy.')).toEqual([]);
  });

  it('still reads a decline word before the group or a word for it', () => {
    expect(lines('Troops now face a weakened Islamic State in the hills.')).toEqual(['against']);
    expect(lines('What remains is a diminished jihadist network.')).toEqual(['against']);
  });
});

describe('bottomLines on verdicts the writer announces', () => {
  it('reads a verdict about "it" when the writer announces it as such', () => {
    expect(lines('On balance, it is a more dangerous outfit than it was in 2019.')).toEqual(['for']);
    expect(lines('It is a more dangerous outfit than it was in 2019.')).toEqual([]);
  });

  it('reads a group more dangerous or stronger than before as for, and no more dangerous as against', () => {
    expect(lines('The militants are stronger than at any time since the ceasefire.')).toEqual(['for']);
    expect(lines('The insurgents are no more dangerous than they were a decade ago.')).toEqual(['against']);
  });
});

describe('bottomLines on the words that govern a revival word', () => {
  it('does not read a revival by a defeat it came back from', () => {
    expect(lines('Lax prisons let the militants rebuild after their heavy defeat in 2017.')).toEqual(['for']);
  });

  it('reads a view of the group whose day is over the other way', () => {
    expect(lines('The cosy tale of a defeated insurgency has had its day.')).toEqual(['for']);
  });
});

describe('bottomLines on views, questions and history inside a sentence', () => {
  it('reads no verdict from a view someone else warns of or argues', () => {
    expect(lines('Pundits keep warning that the insurgents are regrouping in the hills.')).toEqual([]);
    expect(lines('The usual argument for a revival of the movement is its cash.')).toEqual([]);
  });

  it('reads an asked "whether" by the answer the sentence gives', () => {
    expect(lines('Asked whether the movement is making a comeback, my answer is no.')).toEqual(['against']);
    expect(lines('Nobody can yet say whether the insurgents are regrouping.')).toEqual([]);
  });

  it('reads advice as advice across a list of verbs', () => {
    expect(lines('The governors need to pay the police, rebuild the courts and reopen the schools.')).toEqual(
      [],
    );
  });

  it('reads no verdict from a past moment in a "when" clause', () => {
    expect(lines('We remember 2012, when a weakened movement was written off.')).toEqual([]);
  });

  it('reads "not on a path to" as a negator and "it depends" as mixed', () => {
    expect(lines('The branch is not on a path to recovery this year.')).toEqual(['against']);
    expect(lines('Whether the insurgents are back? It depends on the province.')).toEqual(['mixed']);
  });

  it('reads a contracted negator as a negator', () => {
    expect(lines("Don't write off the insurgents in the delta.")).toEqual(['for']);
    expect(lines("The movement isn't in decline.")).toEqual(['for']);
  });

  it('does not let a negator reach across a colon', () => {
    expect(lines('My verdict is no: the movement is contained.')).toEqual(['against']);
  });
});
