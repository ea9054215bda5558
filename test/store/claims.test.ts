import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { documentStances, listClaims } from '../../src/store/claims.js';
import { listDocuments, saveDocument } from '../../src/store/documents.js';
import { memoryDatabase } from '../helpers/database.js';
import { GLOOMY, storeAnalysis } from '../helpers/assessment.js';

describe('claims in the store', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  it('stores a document with its claims and stance, and reads them back with their offsets', async () => {
    const id = await storeAnalysis(db, 'gloomy.txt', GLOOMY, 'Example Review');
    const claims = await listClaims(db);
    expect(claims.map((c) => [c.documentId, c.factor, c.direction, c.directionFrom])).toEqual([
      // the verdict "cannot make a comeback" is a claim on the group's operational capacity
      [id, 'decentralisation', 'against', 'text'],
      [id, 'state_capacity', 'against', 'text'],
      [id, 'manpower', 'against', 'text'],
      [id, 'resources', 'against', 'text'],
    ]);
    const recruits = claims.find((c) => c.factor === 'manpower')!;
    expect(GLOOMY.slice(recruits.start, recruits.end)).toBe('Its recruits have dwindled since 2021.');
    expect(recruits.period).toBe('since 2021');
    expect((await documentStances(db)).get(id)?.stance).toBe('against');
  });

  it('writes nothing of a document whose claims cannot be stored', async () => {
    const doc = {
      source: 'bad.txt',
      format: 'text' as const,
      text: 'x',
      title: null,
      authors: [],
      published: null,
      publisher: null,
      url: null,
      language: null,
    };
    const bad = {
      factor: null as unknown as string,
      direction: 'for' as const,
      directionFrom: 'text' as const,
      firmness: 'asserted' as const,
      attribution: 'author',
      period: null,
      start: 0,
      end: 1,
      text: 'x',
    };
    await expect(
      saveDocument(db, {
        clean: doc,
        contentHash: 'h',
        byteSize: 1,
        events: [],
        claims: [bad],
        stance: null,
      }),
    ).rejects.toThrow();
    expect(await listDocuments(db)).toEqual([]);
    expect(await listClaims(db)).toEqual([]);
  });
});
