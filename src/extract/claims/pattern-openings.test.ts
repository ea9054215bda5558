import { describe, expect, it } from 'vitest';
import { addOpenings, forEachOpening, openingNode, patternOpenings } from './pattern-openings.js';

describe('patternOpenings', () => {
  it('reads the literal words each alternative opens with, lower-cased', () => {
    expect(patternOpenings('(Ethnic|tribal) (tensions?|strife)')).toEqual(['ethnic', 'tribal']);
    expect(patternOpenings('(?:sustained|counter-?terrorism) pressure')).toEqual(['counter', 'sustained']);
    expect(patternOpenings('(US|U\\.S\\.|Western) withdrawal')).toEqual(['u', 'western']);
    expect(patternOpenings('fre(e|es|ed) (\\w+ ){0,3}men')).toEqual(['free']);
  });

  it('keeps only the shortest of openings that begin alike', () => {
    expect(patternOpenings('(its|their|the|the group)')).toEqual(['its', 'the']);
  });

  it('stops at an optional letter and skips a look-behind at the start', () => {
    expect(patternOpenings('wars? (in|over)')).toEqual(['war']);
    expect(patternOpenings('(?<!(tribal|local) )leaders?')).toEqual(['leader']);
    expect(patternOpenings('still(?! not)')).toEqual(['still']);
  });

  it('gives null when a match may open with anything', () => {
    expect(patternOpenings('\\w+ forces')).toBeNull();
    expect(patternOpenings('(the )?army')).toBeNull();
    expect(patternOpenings('s?he said')).toBeNull();
    expect(patternOpenings('(army|\\$\\d+)')).toBeNull();
    expect(patternOpenings('[Tt]roops')).toBeNull();
  });
});

describe('forEachOpening', () => {
  it('finds the patterns whose opening a text spells at a position, in any case', () => {
    const root = openingNode<string>();
    addOpenings(root, ['the', 'th'], 'a');
    addOpenings(root, ['their'], 'b');
    const seen: string[] = [];
    forEachOpening('x THEIR', 2, root, (entry) => seen.push(entry));
    expect(seen).toEqual(['a', 'a', 'b']);
    const folded: string[] = [];
    forEachOpening('\u212Aill \u017Fo', 0, root, (entry) => folded.push(entry));
    expect(folded).toEqual([]);
  });
});
