import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../../ingest/text/clean-text.js';
import { extractEvents } from './extract-events.js';
import { readClaim } from './responsibility.js';

describe('numbered entries of a brief', () => {
  it('gives each entry the place and day of its own heading, not the one before', () => {
    const text = [
      'Quarterly notes',
      'Published 3 October 2023.',
      '1. Kidal, Mali (4 August). Nine soldiers were killed when their convoy was ambushed near Kidal, the army said.',
      '2. Djibo, Burkina Faso (19 September). Gunmen attacked a market near Djibo, killing 14 traders.',
    ].join('\n\n');
    const found = extractEvents(text, '2023-10-03').map((e) => [e.date, e.country, e.fatalities]);
    expect(found).toEqual([
      ['2023-08-04', 'ML', 9],
      ['2023-09-19', 'BF', 14],
    ]);
  });
});

describe('a coding sheet of incident records', () => {
  const sheet = [
    'Record A',
    'Incident date: 2021-03-14',
    'Country: Somalia',
    'Province / administrative region: Lower Shabelle',
    'City: Afgooye',
    'Attack type: Bombing/Explosion',
    'Perpetrator group name: Al-Shabaab',
    'Claim of responsibility: No',
    'Total number of fatalities: 6 | Total number of injured: 11',
    'Summary: A roadside bomb hit a minibus on the road out of Afgooye.',
  ].join('\n');

  it('keeps the incident date and a field whose label holds a slash in the cleaned text', () => {
    const text = cleanScrapedText(`Incident records (extract)\n\n${sheet}`).paragraphs.join('\n');
    expect(text).toContain('Incident date: 2021-03-14');
    expect(text).toContain('Province / administrative region: Lower Shabelle');
  });

  it("reads the record's claim field and its 'Total number of' casualty fields", () => {
    const [event] = extractEvents(sheet, null);
    expect(event).toMatchObject({
      date: '2021-03-14',
      type: 'bombing',
      perpetrator: 'al-Shabaab',
      fatalities: 6,
      injured: 11,
      claimed: false,
    });
  });

  it.each([
    ['Claim of responsibility: Yes', true],
    ['claimed: 0', false],
    ['Claim of responsibility: Unknown', null],
  ])('reads "%s" as %s', (field, claimed) => expect(readClaim(field).claimed).toBe(claimed));
});

describe('who speaks and when a wire story was filed', () => {
  it("neither dates the act by a dateline naming its agency nor places it in a capital that 'believed'", () => {
    const text = [
      'AMMAN, Feb 9 (Levant Wire) - Syria on Friday raised the toll from a car bomb that went off in a market in Azaz on Wednesday to 19.',
      'A European official said Paris believed the bombing was the work of a local cell.',
    ].join('\n\n');
    const [event] = extractEvents(text, '2024-02-09');
    expect(event).toMatchObject({ date: '2024-02-07', country: 'SY', place: 'Azaz', fatalities: 19 });
  });

  it("takes 'the group' for the group that acts, not the network it is an affiliate of", () => {
    const text = [
      'Fighters of JNIM, the Sahel affiliate of al-Qaeda, stormed a gendarmerie post at Sebba in Burkina Faso on 3 May 2024.',
      'The group said in a statement that it had killed 12 gendarmes.',
    ].join('\n\n');
    expect(extractEvents(text, '2024-05-06')[0]?.perpetrator).toBe('JNIM');
  });
});
