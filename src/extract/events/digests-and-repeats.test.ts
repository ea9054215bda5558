import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';
import { readClaim } from './responsibility.js';

const brief = (text: string, published: string) =>
  extractEvents(text, published).map((e) => ({
    type: e.type,
    date: e.date,
    perpetrator: e.perpetrator,
    fatalities: e.fatalities,
  }));

describe('digests, record entries and repeated claims', () => {
  it('dates each entry of a digest by its own "Place, day:" opening, not as a dateline', () => {
    const events = brief(
      [
        'Kirkuk, 3 March: A roadside bomb killed two soldiers on the road to Hawija.',
        'Nineveh, 5 March: Gunmen shot dead a shepherd near Sinjar.',
      ].join('\n\n'),
      '2023-03-10',
    );
    expect(events.map((e) => e.date)).toEqual(['2023-03-03', '2023-03-05']);
  });

  it('does not blame a group whose fighters are counted among the dead', () => {
    const events = brief(
      'Nine fighters of the Syrian Democratic Forces died when militants attacked their checkpoint near Shaddadi on Monday. Commanders blamed Islamic State cells.',
      '2023-06-14',
    );
    expect(events[0]).toMatchObject({ perpetrator: 'Islamic State', fatalities: 9 });
  });

  it('lets a record whose summary opens on armed people set the scene of the act told next', () => {
    const events = brief(
      [
        'Record 7\nDate: 4 May 2022. Location: Mosul, Iraq.\nSummary: A car bomb exploded at a livestock market, killing six people.',
        'Record 8\nDate: 9 June 2022. Location: Kabul, Afghanistan.\nSummary: Three gunmen reached the gate of a ministry. One threw a grenade and the others opened fire, killing two guards.',
      ].join('\n\n'),
      '2022-12-01',
    );
    expect(events.map((e) => e.date)).toEqual(['2022-05-04', '2022-06-09']);
  });

  it("does not date an act by the day a group's wing or a leader's message spoke of it", () => {
    expect(
      brief(
        "Militants stormed a police post in Tank on Tuesday, killing three officers. On Thursday the group's media wing said that its fighters had carried out the raid.",
        '2023-05-12',
      ).map((e) => e.date),
    ).toEqual(['2023-05-09']);
    expect(
      brief(
        'Gunmen abducted 20 traders near Baidoa on 4 May. In a video message on 9 May the insurgents said they had taken them.',
        '2023-05-12',
      ).map((e) => e.date),
    ).toEqual(['2023-05-04']);
  });

  it('reads people taken by count as an abduction, actively or in the passive', () => {
    expect(
      brief(
        'Gunmen raided a boarding school in Zamfara State on Tuesday night and took 80 girls.',
        '2023-05-12',
      )[0]?.type,
    ).toBe('abduction');
    expect(
      brief(
        'Dozens of pupils were taken from a school in Birnin Yauri, Kebbi State, by gunmen on Friday.',
        '2023-05-12',
      )[0]?.type,
    ).toBe('abduction');
  });

  it('gives a claim made "again" or "as well" to the group that claimed before, not the rival named since', () => {
    const events = brief(
      [
        'A bomber struck a Shiite mosque in Kunduz on 8 October. The Islamic State claimed the blast.',
        'Taliban officials vowed to hunt down the cell.',
        'On 15 October a bomber struck a mosque in Kandahar. The militants again claimed responsibility.',
      ].join('\n\n'),
      '2023-10-20',
    );
    expect(events.map((e) => e.perpetrator)).toEqual(['Islamic State', 'Islamic State']);
  });

  it("reads a claim made by a man introduced as the leader of a group as that group's", () => {
    const events = brief(
      [
        'Ahmed Diriye, the leader of al-Shabaab, has rarely spoken in public.',
        'On 4 May gunmen stormed a hotel in Kismayo and killed nine guests. Officials blamed clan militias, but Diriye said that his group was behind the raid.',
      ].join('\n\n'),
      '2023-05-12',
    );
    expect(events[0]).toMatchObject({ perpetrator: 'al-Shabaab', date: '2023-05-04' });
  });

  it('takes the claimant after "was claimed on <day> by", not the force named before it', () => {
    const events = brief(
      'Twenty soldiers were killed in an attack on a base in Borno on Saturday. The attack, the worst suffered by the Nigerian army this year, was claimed on Sunday evening by ISWAP.',
      '2023-05-15',
    );
    expect(events[0]).toMatchObject({ perpetrator: 'Islamic State', date: '2023-05-13' });
  });

  it('counts attackers who killed before they were killed themselves', () => {
    const events = brief(
      'Three gunmen opened fire in a market in Peshawar on Monday, killing four people before they were shot dead by police.',
      '2023-05-16',
    );
    expect(events[0]?.fatalities).toBe(7);
  });

  it('reads "a unit of its fighters carried out" as a claim', () => {
    expect(readClaim('The group said that a unit of its fighters had carried out the ambush.').claimed).toBe(
      true,
    );
  });

  it('lets a lead without an act date and blame the act told in the next paragraph', () => {
    const events = brief(
      [
        'Nine shepherds grazing their flocks near Palmyra were murdered on Friday when they were targeted by terrorists of the Daesh organisation, state media said.',
        'Nine people were killed in the attack, which took place at dawn, and two were wounded.',
      ].join('\n\n'),
      '2023-03-12',
    );
    expect(events[0]).toMatchObject({ date: '2023-03-10', perpetrator: 'Islamic State' });
  });

  it('reads "no party has announced its responsibility" as no claim', () => {
    expect(readClaim('No party has announced its responsibility for the bombing.').claimed).toBe(false);
  });

  it('blames the group the attackers "belonged to"', () => {
    expect(
      brief(
        'Militants attacked a Peshmerga post near Makhmour on Monday, killing three. The ministry said the attackers belonged to the Islamic State.',
        '2023-03-15',
      )[0]?.perpetrator,
    ).toBe('Islamic State');
  });

  it('types a record coded with an ACLED event type that holds no trigger word', () => {
    const row = (type: string) =>
      `event_date: 3 May 2023 | country: Mali | location: Mopti | event_type: ${type} | fatalities: 4\nnotes: Militants attacked a checkpoint in Mopti, killing four soldiers.`;
    expect(brief(row('Battles'), '2023-06-01')[0]?.type).toBe('battle');
    expect(brief(row('Violence against civilians'), '2023-06-01')[0]?.type).toBe('attack');
  });

  it('does not type an attack by an act the lead tells as having happened before it', () => {
    expect(
      brief(
        'Gunmen came to the village of Albu Bali near Baqubah on Tuesday after two farmers had been kidnapped, and opened fire on the men searching for them, killing eight.',
        '2023-03-15',
      )[0]?.type,
    ).toBe('attack');
  });

  it('places a main incident the body places nowhere where the headline says', () => {
    const body =
      'Police say at least 20 people were killed when a car bomb exploded outside a busy hotel on Saturday evening. The militants said they had carried out the attack.';
    expect(
      extractEvents(body, '2023-05-14', { title: 'Car bomb kills 20 at Baidoa hotel' })[0],
    ).toMatchObject({
      country: 'SO',
      place: 'Baidoa',
    });
    expect(extractEvents(body, '2023-05-14')).toEqual([]);
  });

  it('reads a group "known locally as" another group\'s name as the group the document is about', () => {
    const events = brief(
      [
        'The Islamic State claimed an attack on Mocimboa da Praia in Cabo Delgado on 5 August.',
        'In June, armed men known locally as "al-Shabaab" beheaded twelve villagers near Macomia, Cabo Delgado.',
      ].join('\n\n'),
      '2023-08-20',
    );
    expect(events.map((e) => e.perpetrator)).toEqual(['Islamic State', 'Islamic State']);
  });

  it('names no perpetrator when forces told in the passive were ambushed by men nobody names', () => {
    const events = brief(
      'A patrol of the army was ambushed near Tera, Tillaberi region, on 3 May; nine soldiers were killed. No group claimed the ambush.',
      '2023-05-12',
    );
    expect(events[0]).toMatchObject({ perpetrator: null, fatalities: 9 });
  });

  it("lets a record's line of fields date the summary in the paragraph after it", () => {
    const events = brief(
      [
        'Date: 4 May 2022. Location: Mosul, Iraq.',
        'Summary: Gunmen stormed a checkpoint and killed three policemen.',
        'Record 9',
        'Date: 9 June 2022. Location: Kirkuk, Iraq.',
        'Summary: A bomb hidden in a cart exploded at a market, killing five people.',
      ].join('\n\n'),
      '2022-12-01',
    );
    expect(events.map((e) => e.date)).toEqual(['2022-05-04', '2022-06-09']);
  });
});
