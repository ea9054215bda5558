// Article-body extraction on ../shared/bench/article-extraction (181 real news pages): our extractor
// against Readability.js alone, both on linkedom, scored by the benchmark's own score.mjs.
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/ingest/html/extract-article.js';
import { parseHtml } from '../src/ingest/html/parse.js';
import { readDocumentFile } from '../src/ingest/read-file.js';
import type { Benchmark, Figure } from './bench.js';
import { median, percentile } from './bench.js';

const root = resolve(process.env.RESURGENCE_SHARED ?? '../shared', 'bench', 'article-extraction');
const outDir = resolve('.bench');
const REPEATS = 2;

interface Run {
  predictions: Record<string, { articleBody: string }>;
  ms: number[];
}

interface Score {
  f1: number;
  precision: number;
  recall: number;
}

type Extractor = (html: string, id: string) => string;

const ours: Extractor = (html, id) => extractArticle(parseHtml(html, id)).join('\n\n');

const readabilityAlone: Extractor = (html) => {
  const document = parseHTML(html).document as unknown as Document;
  return new Readability(document).parse()?.textContent ?? '';
};

/**
 * Runs both extractors over every page, interleaved page by page so that a busy machine slows both
 * alike, each `repeats` times; a page's time is its best run (parse + extract, in this process).
 */
function runBoth(pages: [string, string][], extractors: Extractor[], repeats: number): Run[] {
  const runs: Run[] = extractors.map(() => ({ predictions: {}, ms: [] }));
  for (const [id, html] of pages) {
    const best = extractors.map(() => Infinity);
    for (let r = 0; r < repeats; r++) {
      extractors.forEach((extract, i) => {
        const start = performance.now();
        const articleBody = extract(html, id);
        best[i] = Math.min(best[i]!, performance.now() - start);
        runs[i]!.predictions[id] = { articleBody };
      });
    }
    best.forEach((ms, i) => runs[i]!.ms.push(ms));
  }
  return runs;
}

function score(name: string, run: Run): Score {
  const path = join(outDir, `article-extraction-${name}.json`);
  writeFileSync(path, JSON.stringify(run.predictions));
  const report = execFileSync(process.execPath, [join(root, 'score.mjs'), path], { encoding: 'utf8' });
  const figure = (label: string) => Number(new RegExp(`${label} ([\\d.]+)`).exec(report)?.[1] ?? NaN);
  return { f1: figure('F1'), precision: figure('precision'), recall: figure('recall') };
}

async function run(): Promise<Figure[]> {
  if (!existsSync(join(root, 'score.mjs'))) {
    console.log(`  skipped: ${root} is absent (it comes with ../shared); nothing to measure.`);
    return [];
  }
  mkdirSync(outDir, { recursive: true });
  const dir = join(root, 'html');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  const pages: [string, string][] = [];
  for (const file of files) {
    pages.push([file.replace(/\.html\.gz$/, ''), (await readDocumentFile(join(dir, file))).content]);
  }
  runBoth(pages.slice(0, 20), [ours, readabilityAlone], 1); // warm up the JIT before timing
  const [mine, theirs] = runBoth(pages, [ours, readabilityAlone], REPEATS) as [Run, Run];
  const a = score('ours', mine);
  const b = score('readability', theirs);
  const note = `${pages.length} pages, best of ${REPEATS} runs each; predictions in .bench/`;
  return [
    { name: 'ours: F1', value: a.f1, unit: '', target: { value: 0.96, better: 'higher' }, note },
    { name: 'ours: precision', value: a.precision, unit: '' },
    { name: 'ours: recall', value: a.recall, unit: '' },
    {
      name: 'ours: median parse+extract',
      value: median(mine.ms),
      unit: 'ms/page',
      target: { value: 20, better: 'lower' },
    },
    { name: 'ours: p95 parse+extract', value: percentile(mine.ms, 95), unit: 'ms/page' },
    { name: 'Readability.js alone (linkedom): F1', value: b.f1, unit: '' },
    { name: 'Readability.js alone: precision', value: b.precision, unit: '' },
    { name: 'Readability.js alone: recall', value: b.recall, unit: '' },
    { name: 'Readability.js alone: median parse+extract', value: median(theirs.ms), unit: 'ms/page' },
    { name: 'ratio ours/Readability: F1', value: a.f1 / b.f1, unit: 'x' },
    { name: 'ratio ours/Readability: median ms', value: median(mine.ms) / median(theirs.ms), unit: 'x' },
  ];
}

/** Article-body F1 and speed on 181 real news pages, ours against Readability.js alone. */
export const articleExtraction: Benchmark = {
  name: 'article-extraction',
  description: 'article-body F1 and ms/page on ../shared/bench/article-extraction, ours vs Readability.js',
  run,
};
