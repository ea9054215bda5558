import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const perpetrators = (text: string, published = '2024-05-04') =>
  extractEvents(text, published).map((e) => [e.perpetrator, e.unit]);

describe('the perpetrator of an incident', () => {
  it('reads doers described between their name and their act', () => {
    expect(
      perpetrators(
        'On Monday IS fighters loyal to a local commander took control of the port town of Eyl, in Somalia.',
      ),
    ).toEqual([['Islamic State', 'Somalia Province']]);
    expect(
      perpetrators(
        'On Monday ISWAP fighters from the Sambisa forest attacked a market near Monguno in Borno state, killing six traders.',
      ),
    ).toEqual([['Islamic State', 'West Africa Province']]);
  });

  it('knows the Greater Sahara group by its short name', () => {
    expect(
      perpetrators(
        'The Greater Sahara faction was behind Thursday’s ambush near Ayorou in Niger in which nine soldiers were killed.',
        '2021-05-08',
      ),
    ).toEqual([['Islamic State', 'Greater Sahara']]);
  });

  it("gives the group its own past attack told in a comparison ('its deadliest attack …, when …')", () => {
    const text = [
      'ISTANBUL — Islamic State claimed a knife attack on a bus in Istanbul on Sunday that wounded three people.',
      'Its deadliest attack in the country was the bombing of a peace rally in Ankara in October 2015, when two suicide bombers killed 109 people.',
    ].join('\n\n');
    const found = extractEvents(text, '2024-05-06').map((e) => [e.date, e.perpetrator]);
    expect(found).toContainEqual(['2015-10', 'Islamic State']);
  });

  it("reads an attack planned in the name of a group as that group's", () => {
    expect(
      perpetrators(
        'Police in Graz arrested a man on Tuesday who was planning an attack on a Christmas market in Austria in the name of the Islamic State group.',
      ),
    ).toEqual([['Islamic State', null]]);
  });

  it('gives a claim to the group before a clause set off by commas, not to a group named inside it', () => {
    expect(
      perpetrators(
        'ISWAP, which broke away from Boko Haram in 2016, claimed responsibility for an attack on an army post in Borno state on Thursday that killed seven soldiers.',
      ),
    ).toEqual([['Islamic State', 'West Africa Province']]);
    expect(
      perpetrators(
        "Gunmen killed nine worshippers at a mosque in Herat, Afghanistan, on Friday. ISKP, the group's regional branch and a sworn enemy of the Taliban, claimed the attack.",
      ),
    ).toEqual([['Islamic State', 'Khorasan Province']]);
  });

  it('keeps the unit the wording blames for an attack abroad, outside its home countries', () => {
    expect(
      perpetrators(
        'Gunmen killed two worshippers at a church in Istanbul, Turkey, on Sunday. Islamic State claimed the attack. Turkish officials blamed ISKP.',
        '2024-01-30',
      ),
    ).toEqual([['Islamic State', 'Khorasan Province']]);
  });

  it('takes the one unit the text names for an attack abroad over the unit of the place', () => {
    expect(
      perpetrators(
        'Gunmen shot dead eleven people at a shopping centre in Makhachkala, Russia, on Sunday. Islamic State claimed the attack; Russian investigators said they were looking at the group’s Afghan offshoot, IS-K.',
        '2024-06-25',
      ),
    ).toEqual([['Islamic State', 'Khorasan Province']]);
  });

  it('reads a one-sided record\'s "Actor: Government of X" as that country\'s forces', () => {
    const record = [
      'Conflict records (extract)',
      '',
      'Type of violence: one-sided violence',
      'Actor: Government of Nigeria',
      'Country: Nigeria | Region: Kaduna | Location: Tudun Biri',
      'Date: 2023-12-03',
      'Deaths: best 85, low 85, high 120',
      'Source summary: A drone strike hit villagers gathered for a religious festival.',
    ].join('\n');
    expect(perpetrators(record, '2024-01-10')).toEqual([['Military of Nigeria', null]]);
  });

  it('gives an unattributed act the group a paragraph opens on, not across paragraphs or to other groups', () => {
    const text = [
      'Al-Shabaab has shifted its focus to the capital region over the past year.',
      'In the south, the group opened the year with raids on army outposts. On 4 March 2024 gunmen stormed a hotel in Kismayo, killing nine guests.',
      'On 9 March 2024 gunmen stormed a hotel in Baidoa, killing four guests.',
    ].join('\n\n');
    expect(perpetrators(text, '2024-03-20')).toEqual([
      ['al-Shabaab', null],
      [null, null],
    ]);
    const victims = [
      'In the south, al-Shabaab opened the year with raids on army outposts.',
      'On 4 March 2024 a bomber killed nine ISWAP fighters in Kismayo, Somalia.',
    ].join(' ');
    expect(perpetrators(victims, '2024-03-20')[0]?.[0]).not.toBe('al-Shabaab');
  });

  it('reads "the group" as the group last named in the same record, not the one the document names most', () => {
    const text = [
      'JNIM fighters attacked a gendarmerie post near Kayes on 2 February 2025. JNIM claimed the attack.',
      'JNIM militants ambushed a convoy near Nioro on 5 February 2025. JNIM claimed it the next day.',
      'ISGS militants attacked a market in Menaka on 9 February 2025, killing 12 traders. The group claimed the attack.',
    ].join('\n\n');
    const last = extractEvents(text, '2025-02-20').at(-1);
    expect([last?.perpetrator, last?.claimed]).toEqual(['Islamic State', true]);
  });

  it('reads the group that leads a coalition, or acts with its allies, as the doer', () => {
    expect(
      perpetrators(
        'On Friday rebels led by Hayat Tahrir al-Sham seized the town of Saraqeb in Idlib, Syria.',
      ),
    ).toEqual([['HTS', null]]);
    expect(
      perpetrators('On Friday HTS and allied factions attacked army positions near Saraqeb in Idlib, Syria.'),
    ).toEqual([['HTS', null]]);
  });
});
