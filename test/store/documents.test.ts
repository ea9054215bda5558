import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../src/model/document.js';
import type { DocumentEvent } from '../../src/model/event.js';
import type { Database } from '../../src/store/database.js';
import { getDocument, saveDocument } from '../../src/store/documents.js';
import { memoryDatabase } from '../helpers/database.js';

const clean: CleanDocument = {
  source: 'report.txt',
  format: 'text',
  text: 'Gunmen attacked a checkpoint on Tuesday, killing four soldiers.',
  title: 'Checkpoint attack',
  authors: ['A. Writer', 'B. Writer'],
  published: '2023-04-05',
  publisher: 'Example Monitor',
  url: null,
  language: 'en',
};

const event = (overrides: Partial<DocumentEvent> = {}): DocumentEvent => ({
  type: 'attack',
  date: '2023-04-04',
  datePrecision: 'day',
  country: 'NG',
  admin1: 'Borno',
  place: 'Maiduguri',
  lat: 11.85,
  lon: 13.16,
  locationPrecision: 'exact',
  perpetrator: 'Islamic State',
  unit: 'West Africa Province',
  target: 'Military of Nigeria',
  fatalities: 4,
  fatalitiesLow: 4,
  fatalitiesHigh: 4,
  attackersKilled: null,
  injured: null,
  injuredLow: null,
  injuredHigh: null,
  claimed: null,
  confidence: 0.8,
  evidence: [{ start: 0, end: 63 }],
  ...overrides,
});

describe('saveDocument', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  it('stores the document and its events together, with provenance', async () => {
    const saved = await saveDocument(db, { clean, contentHash: 'h1', byteSize: 70, events: [event()] });
    const doc = await getDocument(db, saved.id);
    expect(doc).toMatchObject({
      title: 'Checkpoint attack',
      authors: ['A. Writer', 'B. Writer'],
      published: '2023-04-05',
      events: 1,
    });
    const [row] = await db.all<Record<string, unknown>>('select * from events');
    expect(row).toMatchObject({
      origin: 'document',
      document_id: saved.id,
      source_id: `${saved.id}#1`,
      fatalities: 4,
    });
    expect(JSON.parse(row!.evidence as string)).toEqual([{ start: 0, end: 63 }]);
  });

  it('writes nothing when any derived row fails: the document does not land half-written', async () => {
    const broken = event({ date: '2023-13-45' });
    await expect(
      saveDocument(db, { clean, contentHash: 'h2', byteSize: 70, events: [event(), broken] }),
    ).rejects.toThrow();
    const [row] = await db.all<{ n: number }>(
      'select ((select count(*) from documents) + (select count(*) from events))::int as n',
    );
    expect(row!.n).toBe(0);
    const ok = await saveDocument(db, { clean, contentHash: 'h2', byteSize: 70, events: [event()] });
    expect(ok.status).toBe('stored');
  });
});
