import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, keeping offsets into the text', () => {
    const text = 'Troops entered the town. Was it safe? Nobody knew!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Troops entered the town.',
      'Was it safe?',
      'Nobody knew!',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, ranks and initials', () => {
    expect(texts('Gen. Omar Haddad and Lt. Col. Sami Rahim met Dr. Lina Aziz. They agreed.')).toEqual([
      'Gen. Omar Haddad and Lt. Col. Sami Rahim met Dr. Lina Aziz.',
      'They agreed.',
    ]);
    expect(texts('The envoy, John K. Marsh, arrived. He left soon after.')).toHaveLength(2);
  });

  it('keeps dotted acronyms inside a sentence but ends one when a new sentence plainly starts', () => {
    expect(texts('U.S. forces and U.N. monitors arrived in the town. The curfew held.')).toEqual([
      'U.S. forces and U.N. monitors arrived in the town.',
      'The curfew held.',
    ]);
    expect(texts('The aid came from the U.S. The rest came from Europe.')).toHaveLength(2);
  });

  it('treats a.m. and p.m. as part of the sentence when a day or month follows', () => {
    expect(texts('The blast came at 9 a.m. Friday near the market. Police sealed it off.')).toHaveLength(2);
    expect(texts('The blast came at 9 a.m. The market was full.')).toHaveLength(2);
    expect(texts('Shops closed at 6 p.m. on Sunday.')).toHaveLength(1);
  });

  it('ends a sentence after a closing quote and not after a quoted question followed by lowercase', () => {
    expect(texts('He said: "We will stay." Then he left.')).toEqual([
      'He said: "We will stay."',
      'Then he left.',
    ]);
    expect(texts('"Why now?" she asked. Nobody answered.')).toEqual([
      '"Why now?" she asked.',
      'Nobody answered.',
    ]);
  });

  it('always breaks at blank lines and keeps decimals and numbered items whole', () => {
    expect(texts('A headline without a stop\n\nThe toll rose to 3.5 per cent. See No. 4 below.')).toEqual([
      'A headline without a stop',
      'The toll rose to 3.5 per cent.',
      'See No. 4 below.',
    ]);
  });

  it('ends a sentence at a bare "no." that no number follows', () => {
    expect(texts('Is the militia back? On this evidence, no. It has lost its towns.')).toEqual([
      'Is the militia back?',
      'On this evidence, no.',
      'It has lost its towns.',
    ]);
  });

  it("keeps a dataset record's fields together with the field that follows them", () => {
    expect(
      texts(
        'Date: 4 March 2019. Country: Niger. City: Ayorou.\nSummary: Gunmen burned the market. Two traders died.',
      ),
    ).toEqual([
      'Date: 4 March 2019. Country: Niger. City: Ayorou.\nSummary: Gunmen burned the market.',
      'Two traders died.',
    ]);
    expect(texts('He said: Yes. They left.')).toEqual(['He said: Yes.', 'They left.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
