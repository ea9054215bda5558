import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';
import { readClaim } from './responsibility.js';

const perpetrators = (text: string, published = '2024-05-04') =>
  extractEvents(text, published).map((e) => e.perpetrator);

describe('perpetrators named indirectly', () => {
  it('reads "gunmen suspected to be <group> fighters" as blame', () => {
    expect(
      perpetrators(
        'Gunmen suspected to be al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing nine people.',
      ),
    ).toEqual(['al-Shabaab']);
  });

  it("reads a state's command named with its forces as the striking side", () => {
    expect(
      perpetrators(
        'On 3 March, U.S. Central Command forces conducted an air strike near Idlib in Syria, killing two militants.',
        '2024-03-05',
      ),
    ).toEqual(['Military of United States']);
  });

  it('reads an attacker who says he is a member of a group, or was recruited by it', () => {
    expect(
      perpetrators(
        [
          'A man stabbed three people at a railway station in Hamburg on Sunday.',
          'In a video recorded before the stabbing he said he was a member of the Islamic State group.',
        ].join('\n\n'),
      ),
    ).toEqual(['Islamic State']);
    expect(
      perpetrators(
        [
          'A gunman killed four worshippers at a shrine in Mashhad on Sunday.',
          'Officials said he had been recruited by al-Shabaab during a stay in Kenya.',
        ].join('\n\n'),
      ),
    ).toEqual(['al-Shabaab']);
  });
});

describe('claims in the group’s own words', () => {
  it.each([
    'The movement said that three of its "lions of the faith" had carried out the raid.',
    'Its leader said in a recorded message that his men had carried out the kidnapping.',
    'In a statement the group said its fighters had taken the barracks.',
  ])('reads a claim in "%s"', (sentence) => expect(readClaim(sentence).claimed).toBe(true));
});

describe('bare plurals in a text about one group', () => {
  const story = (act: string) =>
    [
      'Shabaab fighters have grown bolder in Somalia this year, and al-Shabaab still taxes traders across the south.',
      act,
    ].join('\n\n');

  it('gives "insurgents stormed …" to the group the text is about', () => {
    expect(
      perpetrators(story('On 2 May, dozens of insurgents stormed the town of Jowhar in Somalia.')),
    ).toEqual(['al-Shabaab']);
  });

  it('blames no one for "suspected jihadists", and lets "jihadists of X" be X', () => {
    expect(
      perpetrators(story('On 2 May, suspected jihadists killed six farmers near Jowhar in Somalia.')),
    ).toEqual([null]);
    expect(
      perpetrators(
        story(
          "On 2 May, jihadists of the Islamic State's Somali affiliate attacked a base near Qandala in Somalia.",
        ),
      ),
    ).toEqual(['Islamic State']);
  });
});

describe('units bounded to a region', () => {
  it('assumes the Caucasus unit in Dagestan, not for an attack in Moscow', () => {
    const units = (text: string) => extractEvents(text, '2024-05-04').map((e) => e.unit);
    expect(units('On 2 May, Islamic State gunmen attacked a police post in Makhachkala, Dagestan.')).toEqual([
      'Caucasus Province',
    ]);
    expect(units('On 2 May, Islamic State gunmen attacked a shopping centre in Moscow.')).toEqual([null]);
  });
});

describe('whose army', () => {
  it("takes 'the army' in a sentence without a place for the army of the country its paragraph names", () => {
    const text = [
      'Philippines. Troops clashed with militants near Marawi on 2 May, the military said.',
      'Nigeria. On 3 May an army drone struck a wedding party in Tudun Wada, in Kaduna State, killing 30 people. The army admitted the strike was a mistake, saying its drone had been sent after bandits.',
    ].join('\n\n');
    expect(perpetrators(text)).toContain('Military of Nigeria');
    expect(perpetrators(text)).not.toContain('Military of Philippines');
  });
});
