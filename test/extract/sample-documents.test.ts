import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { cleanDocument } from '../../src/ingest/clean.js';
import { readDocumentFile } from '../../src/ingest/read-file.js';
import { packagePath } from '../../src/model/package-path.js';

const sample = async (name: string) =>
  extractDocument(cleanDocument(await readDocumentFile(packagePath('samples', 'documents', name)))).events;

describe('events from the sample documents', () => {
  it('reads the Kabul airport bombing from a web page with its toll, claim and province', async () => {
    const [bombing, strike] = await sample('kabul-airport.html');
    expect(bombing).toMatchObject({
      type: 'bombing',
      date: '2021-08-26',
      country: 'AF',
      perpetrator: 'Islamic State',
      unit: 'Khorasan Province',
      fatalities: 183,
      claimed: true,
    });
    expect(strike).toMatchObject({
      type: 'airstrike',
      date: '2021-08-29',
      perpetrator: 'Military of United States',
      fatalities: 10,
    });
  });

  it('reads the Ghwayran prison attack from Markdown as a prison break', async () => {
    const [event] = await sample('hasakah-prison.md');
    expect(event).toMatchObject({
      type: 'prison_break',
      date: '2022-01-20',
      country: 'SY',
      perpetrator: 'Islamic State',
      claimed: true,
    });
    expect(event!.fatalities).toBeGreaterThanOrEqual(150);
  });

  it('reads the Crocus City Hall attack and the plot foiled weeks earlier as two events', async () => {
    const events = await sample('crocus-hall.json');
    expect(events.map((e) => [e.type, e.date, e.country])).toEqual([
      ['attack', '2024-03-22', 'RU'],
      ['plot_foiled', '2024-03-07', 'RU'],
    ]);
    expect(events[0]).toMatchObject({ perpetrator: 'Islamic State', fatalities: 145, claimed: true });
  });

  it('reads the Kasese school attack from scraped text, with the group behind it', async () => {
    const [attack] = await sample('kasese-school.txt');
    expect(attack).toMatchObject({
      type: 'attack',
      date: '2023-06-16',
      country: 'UG',
      perpetrator: 'Islamic State',
      unit: 'Central Africa Province',
      fatalities: 42,
      claimed: true,
    });
  });
});
