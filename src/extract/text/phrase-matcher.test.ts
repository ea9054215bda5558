import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>()
    .add('Islamic State', 'islamic-state')
    .add('Islamic State West Africa Province', 'iswap')
    .add('IS', 'islamic-state')
    .add('al-Qaeda', 'al-qaeda')
    .add('U.S.', 'us');

  it('prefers the longest phrase at a position', () => {
    const found = matcher.find('Fighters of the Islamic State West Africa Province attacked a base.');
    expect(found).toEqual([
      { start: 16, end: 50, text: 'Islamic State West Africa Province', value: 'iswap' },
    ]);
  });

  it('ignores case, diacritics and the punctuation between words, except for acronyms', () => {
    expect(matcher.find('al Qaeda and AL-QAEDA and al-Qā’ida').map((m) => m.value)).toEqual([
      'al-qaeda',
      'al-qaeda',
    ]);
    expect(matcher.find('This is what IS wants.').map((m) => m.text)).toEqual(['IS']);
    expect(matcher.find('the U.S. embassy').map((m) => m.text)).toEqual(['U.S']);
  });

  it('does not join words across a line break', () => {
    expect(matcher.find('Islamic\n\nState')).toEqual([]);
  });

  it('looks up the values of an exact phrase', () => {
    expect(matcher.lookup('islamic state')).toEqual(['islamic-state']);
    expect(matcher.lookup('islamic')).toEqual([]);
  });
});
