import { extractDocument } from '../src/extract/extract-document.js';
import type { CleanDocument } from '../src/model/document.js';
import { median, type Benchmark, type Figure } from './bench.js';
import { syntheticArticle } from './synthetic-documents.js';

/** A cleaned ~5 KB article, varied by `i` so no two are the same text. */
function article(i: number): CleanDocument {
  return {
    source: `bench-${i}.txt`,
    format: 'text',
    text: syntheticArticle(i),
    title: null,
    authors: [],
    published: '2024-05-18',
    publisher: null,
    url: null,
    language: 'en',
  };
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Events, claims and stance from typical 5 KB articles, on this one thread. */
export const extractionBenchmark: Benchmark = {
  name: 'extraction',
  description:
    'extractDocument (events, claims, stance) on ~5 KB articles, one core, memory as documents grow',
  async run() {
    const articles = Array.from({ length: 2_000 }, (_, i) => article(i));
    for (let i = 0; i < 30; i++) extractDocument(article(10_000 + i));
    const times: number[] = [];
    const heaps: number[] = [];
    for (const [i, doc] of articles.entries()) {
      const t = performance.now();
      extractDocument(doc);
      times.push(performance.now() - t);
      if (i === 499 || i === 1_999) heaps.push(heapMb());
    }
    const seconds = times.reduce((a, b) => a + b, 0) / 1000;
    const figures: Figure[] = [
      {
        name: 'throughput, 2,000 documents',
        value: 2_000 / seconds,
        unit: 'docs/s',
        target: { value: 200, better: 'higher' },
      },
      { name: 'median per document', value: median(times), unit: 'ms' },
      { name: 'heap after 500 documents', value: heaps[0]!, unit: 'MB' },
      {
        name: 'heap after 2,000 documents',
        value: heaps[1]!,
        unit: 'MB',
        note: 'flat memory keeps this near the 500 figure',
      },
    ];
    return figures;
  },
};
