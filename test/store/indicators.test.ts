import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { activityCells, candidateEventPairs, eventCoverage } from '../../src/store/indicators.js';
import { memoryDatabase } from '../helpers/database.js';
import { insertEvent } from '../helpers/assessment.js';

describe('event indicators', () => {
  let db: Database;
  beforeEach(async () => {
    db = await memoryDatabase();
    await insertEvent(db, { id: '1', date: '2018-03-01', country: 'SY', fatalities: 12 });
    await insertEvent(db, {
      id: '2',
      date: '2018-07-09',
      country: 'SY',
      fatalities: 3,
      type: 'prison_break',
    });
    await insertEvent(db, {
      id: '3',
      date: '2019-12-20',
      country: 'NG',
      fatalities: 30,
      unit: 'West Africa Province',
    });
    await insertEvent(db, {
      id: '4',
      date: '2019-02-02',
      country: 'IQ',
      fatalities: null,
      target: 'Badush prison',
    });
  });
  afterEach(() => db.close());

  it('counts events, deaths, mass-casualty events and prison attacks by year and country', async () => {
    const cells = await activityCells(db, { actor: 'Islamic State' });
    expect(
      cells.map((c) => [c.year, c.country, c.type, c.events, c.fatalities, c.massCasualty, c.prisonAttacks]),
    ).toEqual([
      [2018, 'SY', 'attack', 1, 12, 1, 0],
      [2018, 'SY', 'prison_break', 1, 3, 0, 1],
      [2019, 'IQ', 'attack', 1, 0, 0, 1],
      [2019, 'NG', 'attack', 1, 30, 1, 0],
    ]);
    expect(cells.find((c) => c.country === 'NG')?.lastDay).toBe('2019-12-20');
  });

  it('filters by unit and by actor', async () => {
    expect((await activityCells(db, { unit: 'West Africa' })).map((c) => c.country)).toEqual(['NG']);
    expect(await activityCells(db, { actor: 'al-Shabaab' })).toEqual([]);
  });

  it('pairs an event read from a document with events near it in time and place, not with itself', async () => {
    await insertEvent(db, {
      origin: 'document',
      id: '9#1',
      documentId: 9,
      date: '2018-03-02',
      country: 'SY',
    });
    const pairs = await candidateEventPairs(db, { actor: 'Islamic State' });
    expect(pairs.map(([a, b]) => [a.sourceId, b.sourceId])).toEqual([['9#1', '1']]);
  });

  it('says what each origin covers', async () => {
    expect(await eventCoverage(db)).toEqual([
      { origin: 'ucdp', events: 4, first: '2018-03-01', last: '2019-12-20' },
    ]);
  });
});
