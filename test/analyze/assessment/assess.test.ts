import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessDatabase } from '../../../src/analyze/assessment/index.js';
import type { Database } from '../../../src/store/database.js';
import { setRating, setReliability } from '../../../src/store/judgments.js';
import { memoryDatabase } from '../../helpers/database.js';
import { GLOOMY, HOPEFUL, insertEvent, storeAnalysis } from '../../helpers/assessment.js';

/** Core events fall 6 -> 2 from 2017 to 2019; events in Nigeria rise 1 -> 5. */
async function insertTrajectory(db: Database) {
  let n = 0;
  const add = async (year: number, country: string, count: number) => {
    for (let i = 0; i < count; i++)
      await insertEvent(db, { id: String(++n), date: `${year}-12-${10 + i}`, country });
  };
  await add(2017, 'SY', 6);
  await add(2018, 'SY', 4);
  await add(2019, 'SY', 2);
  await add(2017, 'NG', 1);
  await add(2018, 'NG', 3);
  await add(2019, 'NG', 5);
}

describe('assessDatabase', () => {
  let db: Database;
  let gloomy: number;
  let hopeful: number;
  beforeEach(async () => {
    db = await memoryDatabase();
    gloomy = await storeAnalysis(db, 'gloomy.txt', GLOOMY, 'Example Review');
    hopeful = await storeAnalysis(db, 'hopeful.txt', HOPEFUL, 'Example Monitor');
    await insertTrajectory(db);
  });
  afterEach(() => db.close());

  it('compares the two documents factor by factor, quoting each with offsets', async () => {
    const a = await assessDatabase(db);
    const status = Object.fromEntries(a.disagreements.map((d) => [d.factor, d.status]));
    expect(status).toMatchObject({ manpower: 'disagree', resources: 'disagree', state_capacity: 'agree' });
    const manpower = a.disagreements.find((d) => d.factor === 'manpower')!;
    expect(manpower.positions.map((p) => [p.documentId, p.direction])).toEqual([
      [gloomy, 'against'],
      [hopeful, 'for'],
    ]);
    const quote = manpower.positions[1]!.quotes[0]!;
    expect(HOPEFUL.slice(quote.start, quote.end)).toBe(
      'A prison break last spring freed hundreds of fighters.',
    );
    expect(a.disagreements[0]!.status).toBe('disagree');
  });

  it('turns event data into evidence with its numbers and period, and says which document it agrees with', async () => {
    const a = await assessDatabase(db);
    const core = a.matrix.items.find((i) => i.key === 'data/core_activity')!;
    expect(core.summary).toBe(
      'Islamic State events in the core (Iraq and Syria) fell from 6 in 2017 to 2 in 2019 (UCDP)',
    );
    expect([core.reading, core.scope, core.grade, core.weight]).toEqual(['against', 'core', 'B', 0.8]);
    const periphery = a.matrix.items.find((i) => i.key === 'data/periphery_activity')!;
    expect(periphery.reading).toBe('for');
    const decentralisation = a.disagreements.find((d) => d.factor === 'decentralisation')!;
    // the gloomy piece's verdict ("cannot make a comeback") is a claim on decentralisation too
    expect(decentralisation.positions.map((p) => [p.documentId, p.direction, p.dataAgrees])).toEqual([
      [gloomy, 'against', false],
      [hopeful, 'for', true],
    ]);
  });

  it('names the hypothesis each document supports and writes the bottom line in estimative language', async () => {
    const a = await assessDatabase(db);
    expect(a.documents.map((d) => [d.documentId, d.stance, d.ranking[0]])).toEqual([
      [gloomy, 'against', 'H1'],
      [hopeful, 'for', 'H2'],
    ]);
    expect(a.bottomLine?.hypothesis).toBe(a.hypotheses[0]!.id);
    expect(a.bottomLine?.sentence).toMatch(/^(It is|There is)/);
    expect(['low', 'moderate', 'high']).toContain(a.bottomLine?.confidence.level);
    expect(a.sources.map((s) => s.id)).toEqual([`doc${gloomy}`, `doc${hopeful}`, 'ucdp']);
  });

  it("applies the analyst's rating and moves the score by weight x the change in inconsistency", async () => {
    const before = await assessDatabase(db);
    const h3 = (a: typeof before) => a.hypotheses.find((h) => h.id === 'H3')!;
    const row = before.matrix.items.findIndex((i) => i.key === 'data/core_activity');
    expect(before.matrix.cells[row]![2]!.rating).toBe('II');
    await setRating(db, { evidenceKey: 'data/core_activity', hypothesis: 'H3', rating: 'C', note: 'test' });
    const after = await assessDatabase(db);
    expect(after.matrix.cells[row]![2]).toEqual({
      rating: 'C',
      proposed: 'II',
      overridden: true,
      note: 'test',
    });
    // II counts 2 of inconsistency, C counts none: H3 loses weight (0.8) x 2 = 1.6.
    expect(Math.round((h3(before).inconsistency - h3(after).inconsistency) * 1e6) / 1e6).toBe(1.6);
  });

  it("weighs a document by its outlet's reliability grade", async () => {
    await setReliability(db, 'Example Review', 'A', null);
    const a = await assessDatabase(db);
    const item = a.matrix.items.find((i) => i.key === `doc${gloomy}/manpower/against`)!;
    expect([item.grade, item.weights.reliability]).toEqual(['A', 1]);
  });
});
