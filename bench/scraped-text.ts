// Scraped-text cleaning on real pages from sites it was not written for: the 181 news pages of
// ../shared/bench/article-extraction, each turned into its visible text (one line per block, as a
// scraper would save it) and cleaned without any markup. Scored with the benchmark's own scorer
// against the hand-checked article bodies, next to the same text left uncleaned.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/ingest/decode.js';
import { parseHtml } from '../src/ingest/html/parse.js';
import { visibleText } from '../src/ingest/metadata/visible-text.js';
import { cleanScrapedText } from '../src/ingest/text/clean-text.js';
import { median, percentile, type Benchmark, type Figure } from './bench.js';

const BENCH = resolve(process.env.RESURGENCE_SHARED ?? '../shared', 'bench', 'article-extraction');

type Bodies = Record<string, { articleBody: string }>;

function score(bodies: Bodies, dir: string, name: string): number {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(bodies));
  const out = execFileSync(process.execPath, [join(BENCH, 'score.mjs'), path], { encoding: 'utf8' });
  return Number(out.match(/F1 ([\d.]+)/)?.[1] ?? NaN);
}

export const scrapedTextBenchmark: Benchmark = {
  name: 'scraped-text',
  description: 'cleanScrapedText on the visible text of 181 real news pages (F1 of 4-word shingles)',
  async run(): Promise<Figure[]> {
    if (!existsSync(join(BENCH, 'score.mjs'))) return [];
    const raw: Bodies = {};
    const cleaned: Bodies = {};
    const ms: number[] = [];
    for (const file of readdirSync(join(BENCH, 'html')).filter((f) => f.endsWith('.html.gz'))) {
      const id = file.replace('.html.gz', '');
      const bytes = gunzipSync(readFileSync(join(BENCH, 'html', file)));
      const text = visibleText(parseHtml(decodeBytes(bytes, { html: true }).text, file));
      const started = performance.now();
      const { paragraphs } = cleanScrapedText(text);
      ms.push(performance.now() - started);
      raw[id] = { articleBody: text };
      cleaned[id] = { articleBody: paragraphs.join('\n\n') };
    }
    const dir = mkdtempSync(join(tmpdir(), 'resurgence-scraped-'));
    return [
      {
        name: 'F1, cleaned',
        value: score(cleaned, dir, 'cleaned'),
        unit: '',
        target: { value: 0.85, better: 'higher' },
      },
      { name: 'F1, visible text left as it is', value: score(raw, dir, 'raw'), unit: '' },
      { name: 'time per page, median', value: median(ms), unit: 'ms' },
      { name: 'time per page, p95', value: percentile(ms, 95), unit: 'ms' },
    ];
  },
};
