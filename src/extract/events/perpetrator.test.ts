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
});
