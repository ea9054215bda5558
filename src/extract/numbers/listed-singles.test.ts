import { describe, expect, it } from 'vitest';
import { findCasualtyFigures } from './casualties.js';

/** The total of each role, adding up figures listed together and leaving breakdowns out. */
function totals(sentence: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findCasualtyFigures(sentence))
    if (!f.part) out[f.role] = (out[f.role] ?? 0) + f.quantity.best;
  return out;
}

describe('single people listed with a count', () => {
  it.each([
    ['Four Belgian engineers, their interpreter and a local guide were killed on Monday.', { killed: 6 }],
    ['Gunmen killed an officer and ten soldiers at the post.', { killed: 11 }],
    ['The blast killed seven soldiers and a civilian.', { killed: 8 }],
    ['Seven soldiers were killed and a civilian was wounded.', { killed: 7, injured: 1 }],
    ['The attack wounded nine pupils and their teacher.', { injured: 10 }],
  ])('%s', (sentence, expected) => {
    expect(totals(sentence)).toEqual(expected);
  });

  it('reads people stabbed, beaten or burned to death as killed', () => {
    expect(totals('A man suspected of stabbing three people to death at a fair was arrested.')).toEqual({
      killed: 3,
    });
    expect(totals('The mob beat two herders to death.')).toEqual({ killed: 2 });
  });

  it.each([
    ['Gunmen killed a policeman in Kano on Monday.', { killed: 1 }],
    ['The strike killed a senior commander and wounded two guards.', { killed: 1, injured: 2 }],
    ['Militants have killed a nurse working for an aid group, the group said.', { killed: 1 }],
    ['They killed a soldier and a policeman.', {}],
  ])('one person killed in the active voice: %s', (sentence, expected) => {
    expect(totals(sentence)).toEqual(expected);
  });
});

describe('single people listed after a noun of death', () => {
  it('adds "the martyrdom of an officer and ten soldiers" up, apart from the wounded told after', () => {
    expect(
      totals(
        'The clash led to the martyrdom of an officer and six soldiers, while three other men were injured.',
      ),
    ).toEqual({ killed: 7, injured: 3 });
    expect(totals('The raid caused the deaths of a nurse and four patients.')).toEqual({ killed: 5 });
  });
});
