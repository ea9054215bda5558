import { describe, expect, it } from 'vitest';
import { compileCue, cueIndex, findCues, scanCues } from './cues.js';

const spans = (hits: { start: number; end: number }[], text: string) =>
  hits.map((h) => text.slice(h.start, h.end));

describe('cues', () => {
  it('finds a regular-expression cue only as whole words', () => {
    const cue = compileCue('re:(?:air|ground) forces?');
    const text = 'Air forces and ground force units, but not the airforces or 𝐀air forces.';
    expect(spans(findCues(text, [cue]), text)).toEqual(['Air forces', 'ground force']);
  });

  it('reads a text once for every list, stems and phrases included, in order of position', () => {
    const index = cueIndex([
      ['up', ['recruit*', 'recruitment drive*', 'grow*'].map(compileCue)],
      ['down', ['lost ground', 're:(?:fewer|less) (?:fighters|money)'].map(compileCue)],
    ]);
    const text =
      'Recruiting rose with a recruitment drives push, growth slowed; it lost ground, with fewer fighters.';
    const hits = scanCues(text, index);
    expect(spans(hits.get('up')!, text)).toEqual([
      'Recruiting',
      'recruitment drives',
      'recruitment',
      'growth',
    ]);
    expect(spans(hits.get('down')!, text)).toEqual(['lost ground', 'fewer fighters']);
  });
});
