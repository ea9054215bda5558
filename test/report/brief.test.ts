import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessDatabase, type Assessment } from '../../src/analyze/assessment/index.js';
import { SECTIONS } from '../../src/report/brief-blocks.js';
import { renderBrief } from '../../src/report/brief.js';
import type { Database } from '../../src/store/database.js';
import { memoryDatabase } from '../helpers/database.js';
import { GLOOMY, HOPEFUL, insertEvent, storeAnalysis } from '../helpers/assessment.js';

describe('the brief', () => {
  let db: Database;
  let assessment: Assessment;
  beforeAll(async () => {
    db = await memoryDatabase();
    await storeAnalysis(db, 'gloomy.txt', GLOOMY, 'Example Review');
    await storeAnalysis(db, 'hopeful.txt', HOPEFUL, 'Example Monitor');
    for (const [i, year] of [2017, 2017, 2017, 2018, 2019].entries()) {
      await insertEvent(db, { id: String(i), date: `${year}-12-01`, country: 'IQ', fatalities: 2 });
    }
    assessment = await assessDatabase(db);
  });
  afterAll(() => db.close());

  it('has every section in Markdown, quotes both documents and links its charts', () => {
    const { text, attachments } = renderBrief(assessment, 'md', { chartFolder: 'brief.charts' });
    for (const section of SECTIONS) expect(text).toContain(`\n## ${section}\n`);
    expect(text).toMatch(/\*\*(It is|There is) .+ \(H\d, .+; (low|moderate|high) confidence\.\)\*\*/);
    expect(text).toContain('Confidence: ');
    expect(text).toContain('### Manpower: disagree');
    expect(text).toContain('> Its recruits have dwindled since 2021.');
    expect(text).toContain('> A prison break last spring freed hundreds of fighters.');
    expect(text).toContain('![Events per year by theatre](brief.charts/chart-events.svg)');
    expect(attachments.map((a) => a.name)).toEqual([
      'brief.charts/chart-events.svg',
      'brief.charts/chart-deaths.svg',
    ]);
    expect(attachments[0]!.content).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('| 2017 | 3 | 0 | 0 | 6 |');
    expect(text).toContain('| doc1 | gloomy |');
  });

  it('holds the whole assessment and the charts in JSON', () => {
    const json = JSON.parse(renderBrief(assessment, 'json').text);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'bottomLine',
        'keyJudgments',
        'hypotheses',
        'matrix',
        'sensitivity',
        'scorecard',
      ]),
    );
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['disagreements', 'contradictions', 'trajectory', 'sources', 'charts']),
    );
    expect(json.hypotheses.map((h: { id: string }) => h.id).sort()).toEqual(['H1', 'H2', 'H3']);
    expect(json.trajectory.years).toEqual([2017, 2018, 2019]);
    expect(json.charts[0].svg).toContain('<polyline');
  });

  it('is one HTML page with inline SVG charts and nothing to fetch', () => {
    const { text } = renderBrief(assessment, 'html');
    for (const section of SECTIONS) expect(text).toContain(`>${section}</h2>`);
    expect(text.match(/<svg /g)).toHaveLength(2);
    expect(text).not.toMatch(/<script|<link |src="http|href="http/);
  });
});

describe('the brief on a claim whose direction was inferred', () => {
  it('cites a direction read from the paragraph as such', async () => {
    const db = await memoryDatabase();
    try {
      await storeAnalysis(db, 'gloomy.txt', GLOOMY, 'Example Review');
      const inferred = [
        'The group is recovering through its provinces.',
        'The network has rebuilt its finances through kidnapping for ransom. Its fighters answer to commanders in the hills.',
        'Its African provinces have expanded their operations.',
      ].join('\n\n');
      await storeAnalysis(db, 'inferred.txt', inferred, 'Example Monitor');
      const { text } = renderBrief(await assessDatabase(db), 'md');
      expect(text).toContain('> Its fighters answer to commanders in the hills.');
      expect(text).toMatch(/for \(read from the paragraph's argument\), asserted/);
      // a direction read from the claim's own words carries no such note
      expect(text).toMatch(
        /Its recruits have dwindled since 2021\.\n>\n> — doc1, characters \d+-\d+; against, asserted/,
      );
    } finally {
      db.close();
    }
  });
});
