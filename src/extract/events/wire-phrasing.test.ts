import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const brief = (text: string, published: string) =>
  extractEvents(text, published).map((e) => [e.date, e.perpetrator, e.unit, e.claimed]);

describe('wire phrasing: datelines, statements and the group news agency', () => {
  it('does not date the act by a dateline naming city, country and agency', () => {
    expect(
      extractEvents(
        'QUETTA, Pakistan, March 6, 2024 (Harbour Wire) - The number of people killed by a bomb at a bus stand in Quetta rose to 19 on Wednesday, officials said.\n\nThe bomb went off on Monday morning as passengers boarded.',
        '2024-03-06',
      ).map((e) => e.date),
    ).toEqual(['2024-03-04']);
  });

  it("does not date the act by the day a group's outlet spoke", () => {
    expect(
      brief(
        'Gunmen attacked a police post in Mosul on Saturday, killing three officers.\n\nLate on Sunday, the militants’ Amaq outlet said two of its fighters had carried out the attack.',
        '2024-03-12',
      ),
    ).toEqual([['2024-03-09', 'Islamic State', 'Iraq Province', true]]);
  });

  it('dates a retaking by the day the army said it had done it', () => {
    const events = extractEvents(
      'Militants overran an army base in Damasak, Nigeria, late on Thursday, killing six soldiers.\n\nThe army said on Saturday that its troops, supported by jets, had recaptured Damasak.',
      '2024-03-10',
    );
    expect(events.map((e) => [e.type, e.date])).toContainEqual(['territory_change', '2024-03-09']);
  });

  it('dates a capture by the day the security forces said they had made it', () => {
    const events = extractEvents(
      'Security forces said on Sunday they had captured Galgala, a militant stronghold in Somalia, after a week of fighting.\n\nThe offensive began after militants attacked a base near Galgala on 2 February, killing nine soldiers.',
      '2024-03-11',
    );
    expect(events.map((e) => e.date)).toEqual(['2024-03-10', '2024-02-02']);
  });

  it('types the act told after "came three days after", not the one the sentence looks back to', () => {
    const events = extractEvents(
      'Gunmen kidnapped 30 pupils from a school in Kebbi, Nigeria, on 12 March.\n\nThe kidnapping came two days after a suicide bomber blew himself up at a market in Maiduguri on 10 March, killing eight people.',
      '2024-03-14',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([
      ['abduction', '2024-03-12'],
      ['bombing', '2024-03-10'],
    ]);
  });

  it("reads an abduction by 'NSAG members', as United Nations updates name armed groups, as armed", () => {
    expect(
      extractEvents(
        'In Ancuabe district, on 4 March, NSAG members abducted three farmers from Meza village in Cabo Delgado, Mozambique.',
        '2024-03-10',
      ).map((e) => [e.type, e.date]),
    ).toEqual([['abduction', '2024-03-04']]);
  });

  it('reads provinces written in Russian and Arabic transliteration and the Dari name of the Khorasan branch', () => {
    expect(
      brief(
        'Gunmen attacked a police post in Nalchik, Russia, on Friday, killing two officers. Vilayat Kavkaz claimed the attack.',
        '2024-03-10',
      ),
    ).toEqual([['2024-03-08', 'Islamic State', 'Caucasus Province', true]]);
    expect(
      brief(
        'Militants attacked a checkpoint near Qandala in Somalia on Tuesday. Wilayat al-Somal claimed the attack.',
        '2024-03-10',
      ),
    ).toEqual([['2024-03-05', 'Islamic State', 'Somalia Province', true]]);
    expect(
      brief(
        'A suicide bomber killed nine people at a market in Jalalabad, Afghanistan, on Monday. Daesh-Khorasan claimed the bombing.',
        '2024-03-10',
      ),
    ).toEqual([['2024-03-04', 'Islamic State', 'Khorasan Province', true]]);
  });
});
