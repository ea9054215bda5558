import { articleExtraction } from './article-extraction.js';
import type { Benchmark, Figure } from './bench.js';
import { assessmentBenchmark } from './assessment.js';
import { datasetsBenchmark } from './datasets.js';
import { extractionBenchmark } from './extraction.js';
import { ingestBenchmark } from './ingest.js';
import { placesBenchmark } from './places.js';
import { recognizers } from './recognizers.js';
import { scrapedTextBenchmark } from './scraped-text.js';

/** Every benchmark, in the order `npm run bench` runs them. Add one by adding a module here. */
const BENCHMARKS: Benchmark[] = [
  ingestBenchmark,
  extractionBenchmark,
  recognizers,
  scrapedTextBenchmark,
  placesBenchmark,
  articleExtraction,
  assessmentBenchmark,
  datasetsBenchmark,
];

function format(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(3);
  let verdict = '';
  if (figure.target) {
    const { value: target, better } = figure.target;
    const ok = better === 'higher' ? figure.value >= target : figure.value <= target;
    verdict = `  target ${better === 'higher' ? '>=' : '<='} ${target} ${ok ? 'met' : 'MISSED'}`;
  }
  return `  ${figure.name.padEnd(44)} ${value.padStart(12)} ${figure.unit}${verdict}${figure.note ? `  (${figure.note})` : ''}`;
}

const wanted = process.argv.slice(2);
for (const bench of BENCHMARKS) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  console.log(`${bench.name}: ${bench.description}`);
  for (const figure of await bench.run()) console.log(format(figure));
}
