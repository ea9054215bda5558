import { readFileSync } from 'node:fs';
import { assessDatabase } from '../src/analyze/assessment/index.js';
import { readClaims } from '../src/extract/claims/index.js';
import { extractDocument } from '../src/extract/extract-document.js';
import type { CleanDocument } from '../src/model/document.js';
import { packagePath } from '../src/model/package-path.js';
import { openDatabase } from '../src/store/database.js';
import { saveDocument } from '../src/store/documents.js';
import { median, type Benchmark } from './bench.js';

const SAMPLES = ['analysis-contained.json', 'analysis-resurgent.json'].map(
  (f) =>
    JSON.parse(readFileSync(packagePath('samples', 'documents', f), 'utf8')) as {
      title: string;
      text: string;
    },
);

/** Runs `work` repeatedly for about `ms` after a warm-up, returning the median time in ms. */
function time(work: () => unknown, ms = 2_000): number {
  for (let i = 0; i < 10; i++) work();
  const times: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const COUNTRY_LIST = `['IQ', 'SY', 'NG', 'AF', 'ML', 'RU']`;

export const assessmentBenchmark: Benchmark = {
  name: 'assessment',
  description: 'claims + stance over the sample analyses; the whole assessment over 50,000 stored events',
  async run() {
    const text = SAMPLES.map((s) => s.text).join('\n\n');
    const perDocument = time(() => readClaims(text)) / SAMPLES.length;
    const db = await openDatabase(':memory:');
    for (const [i, s] of SAMPLES.entries()) {
      const clean: CleanDocument = {
        source: `s${i}`,
        format: 'text',
        text: s.text,
        title: s.title,
        authors: [],
        published: null,
        publisher: null,
        url: null,
        language: null,
      };
      await saveDocument(db, {
        clean,
        contentHash: `s${i}`,
        byteSize: s.text.length,
        ...extractDocument(clean),
      });
    }
    await db.run(`insert into events (origin, source_id, type, date, date_precision, date_start, date_end, country,
        perpetrator, fatalities)
      select 'ucdp', i::varchar, 'attack', d::varchar, 'day', d, d, ${COUNTRY_LIST}[1 + (i % 6)], 'Islamic State', (i % 13)::int
      from (select i, date '2014-01-01' + (i % 3650)::int as d from range(50000) t(i))`);
    const t0 = performance.now();
    const assessment = await assessDatabase(db);
    const assessMs = performance.now() - t0;
    await db.close();
    return [
      {
        name: 'claims + stance per analysis (~1.5 KB)',
        value: perDocument,
        unit: 'ms',
        target: { value: 5, better: 'lower' },
      },
      {
        name: 'assessment over 50,000 events',
        value: assessMs,
        unit: 'ms',
        target: { value: 3_000, better: 'lower' },
      },
      { name: 'evidence items in the matrix', value: assessment.matrix.items.length, unit: 'items' },
    ];
  },
};
