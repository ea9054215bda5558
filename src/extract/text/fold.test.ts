import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from './fold.js';

describe('tokenize', () => {
  it('folds each word as lower-casing or folding it alone would, also after a letter that lengthens', () => {
    const text = 'Gunmen from İzmir and ISTANBUL hit Tillabéri; KİLIS and Mosul, then MOSUL again.';
    const words = tokenize(text);
    expect(words.map((w) => w.folded)).toEqual(
      words.map((w) => (/^[\p{ASCII}]*$/u.test(w.raw) ? w.raw.toLowerCase() : foldText(w.raw))),
    );
    expect(words.at(-2)!.folded).toBe('mosul');
  });
});
