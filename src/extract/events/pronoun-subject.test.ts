import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const perpetrators = (text: string) =>
  extractEvents(text, '2025-03-10').map((e) => [e.date, e.place ?? e.admin1, e.perpetrator]);

describe('acts told of a pronoun in analysis prose', () => {
  it('gives an act told of "they" or "it" to the group named before it', () => {
    const text = [
      'JNIM has grown into the strongest force in the central Sahel.',
      'In the rainy season of 2024, they killed dozens of soldiers at a camp in Mopti, whom the army had left without supplies.',
      'In May 2025 they overran the garrison town of Diapaga.',
    ].join(' ');
    expect(perpetrators(text)).toEqual([
      ['2024', 'Mopti', 'JNIM'],
      ['2025-05', 'Diapaga', 'JNIM'],
    ]);
  });

  it("leaves the act to nobody when a state's forces opened the sentence before", () => {
    const text = [
      'JNIM has grown into the strongest force in the central Sahel.',
      'The army then changed its tactics in Mopti.',
      'In May 2025 they overran the garrison town of Diapaga.',
    ].join(' ');
    expect(perpetrators(text)).toEqual([['2025-05', 'Diapaga', null]]);
  });

  it('reads a pronoun after the group in the same sentence, but not in a denial', () => {
    expect(
      perpetrators(
        'Al-Shabaab remains strong in Lower Shabelle, where it killed 30 soldiers at a base in Marka in June 2024.',
      ),
    ).toEqual([['2024-06', 'Marka', 'al-Shabaab']]);
    const denial = [
      'ISWAP is active across the north-east.',
      'Gunmen ambushed a convoy near Gusau on 2 May 2024, killing four guards, and no group said it carried out the ambush.',
    ].join('\n\n');
    expect(perpetrators(denial)).toEqual([['2024-05-02', 'Gusau', null]]);
  });
});
