import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentEvent } from '../../../src/model/event.js';
import type { Database } from '../../../src/store/database.js';
import { importDatasetFile } from '../../../src/store/datasets/import-file.js';
import { saveDocument } from '../../../src/store/documents.js';
import { listIncidents } from '../../../src/store/events/list-incidents.js';
import { mergeIncidents } from '../../../src/store/incidents/merge.js';
import { trendSeries } from '../../../src/store/trends/trend-series.js';
import { memoryDatabase } from '../../helpers/database.js';
import { fixture } from '../../helpers/fixtures.js';

const TEXT =
  'Fighters of the West Africa province attacked the army post at Dikwa on Monday, killing eleven soldiers.';

const reported: DocumentEvent = {
  type: 'attack',
  date: '2021-03-01',
  datePrecision: 'day',
  country: 'NG',
  admin1: 'Borno',
  place: 'Dikwa',
  lat: 12.03,
  lon: 13.92,
  locationPrecision: 'exact',
  perpetrator: 'Islamic State',
  unit: 'West Africa Province',
  target: 'army post',
  fatalities: 11,
  fatalitiesLow: null,
  fatalitiesHigh: null,
  attackersKilled: null,
  injured: null,
  injuredLow: null,
  injuredHigh: null,
  claimed: null,
  confidence: 0.8,
  evidence: [{ start: 0, end: TEXT.length }],
};

async function storeDocument(db: Database, source: string, events: DocumentEvent[]) {
  await saveDocument(db, {
    clean: {
      source,
      format: 'text',
      text: TEXT,
      title: 'Attack at Dikwa',
      authors: [],
      published: '2021-03-02',
      publisher: null,
      url: null,
      language: 'en',
    },
    contentHash: `hash-${source}-${events.length}`,
    byteSize: TEXT.length,
    events,
  });
}

describe('merging incidents across sources', () => {
  let db: Database;
  beforeEach(async () => (db = await memoryDatabase()));
  afterEach(() => db.close());

  const incidentOf = async (origin: string, sourceId: string) => {
    const [row] = await db.all<{ incident: bigint }>(
      'select coalesce(incident_id, id) as incident from events where origin = $1 and source_id = $2',
      [origin, sourceId],
    );
    return Number(row!.incident);
  };

  it('makes one incident of a document, a UCDP row and an ACLED row about the same attack, keeping their tolls', async () => {
    await storeDocument(db, 'report.txt', [reported]);
    await importDatasetFile(db, fixture('datasets', 'ucdp-ged.csv'));
    await importDatasetFile(db, fixture('datasets', 'acled-current.csv'));
    const report = await mergeIncidents(db);
    expect(report.pairs).toBeGreaterThanOrEqual(3);

    const dikwa = await incidentOf('ucdp', '900001');
    expect(await incidentOf('acled', 'NIG90001')).toBe(dikwa);
    expect(await incidentOf('document', '1#1')).toBe(dikwa);

    const [row] = (await listIncidents(db, { actor: 'Islamic State', country: 'NG' })).filter(
      (r) => r.incident === dikwa,
    );
    expect(row).toMatchObject({ sources: 3, origins: ['ucdp', 'acled', 'document'], fatalities: 14 });
    const summary = await trendSeries(db, { actor: 'Islamic State', by: 'month' });
    const direct = await trendSeries(db, { actor: 'Islamic State', by: 'month', direct: true });
    expect(summary.periods).toEqual(direct.periods);
    // Dikwa (three sources, once), Tinabaw, Mogadishu, Bossaso and the Lake Chad strike.
    expect(summary.periods[0]!.events).toBe(5);
    expect(row!.fatalitiesDisagree).toEqual([
      { origin: 'ucdp', fatalities: 14 },
      { origin: 'acled', fatalities: 8 },
      { origin: 'document', fatalities: 11 },
    ]);
  });

  it('never merges two rows of one dataset, and keeps apart reports too far apart', async () => {
    await importDatasetFile(db, fixture('datasets', 'ucdp-ged.csv'));
    await importDatasetFile(db, fixture('datasets', 'acled-current.csv'));
    await mergeIncidents(db);
    expect(await incidentOf('ucdp', '900004')).not.toBe(await incidentOf('ucdp', '900001'));
    expect(await incidentOf('acled', 'SOM90003')).not.toBe(await incidentOf('ucdp', '900003'));
  });

  it('matches a compound ACLED actor with either of its groups', async () => {
    await importDatasetFile(db, fixture('datasets', 'ucdp-ged.csv'));
    await importDatasetFile(db, fixture('datasets', 'acled-current.csv'));
    await mergeIncidents(db);
    expect(await incidentOf('acled', 'MLI90002')).toBe(await incidentOf('ucdp', '900002'));
  });

  it('merges incrementally and counts a merged incident once in the trajectory', async () => {
    await importDatasetFile(db, fixture('datasets', 'ucdp-ged.csv'));
    await mergeIncidents(db);
    const before = await trendSeries(db, { actor: 'Islamic State', country: 'NG', by: 'month' });
    await storeDocument(db, 'later.txt', [reported]);
    const second = await mergeIncidents(db);
    expect(second.pending).toBe(1);
    expect(await incidentOf('document', '1#1')).toBe(await incidentOf('ucdp', '900001'));
    const after = await trendSeries(db, { actor: 'Islamic State', country: 'NG', by: 'month' });
    expect(after.periods.map((p) => p.events)).toEqual(before.periods.map((p) => p.events));
    expect((await mergeIncidents(db)).pending).toBe(0);
  });
});
