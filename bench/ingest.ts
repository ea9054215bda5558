import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, type Benchmark, type Figure } from './bench.js';
import { writeSyntheticPages } from './synthetic-documents.js';

const WORK = '.bench/ingest';
const SIZES = [1_000, 10_000] as const;
/** Rounds of both sizes, alternating: the shared machine's speed varies, so figures are medians. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Flat memory: peak RSS at 10,000 documents at most this many times that at 1,000. */
const FLAT_RATIO = 1.15;

interface ChildResult {
  documents: number;
  stored: number;
  failed: number;
  firstFailure: string | null;
  seconds: number;
  peakRssMb: number;
  rssAtQuarterMb: number[];
  duckdbMb: number;
}

function ingestInChild(count: number): ChildResult {
  const dir = join(WORK, `pages-${count}`);
  if (!existsSync(dir)) writeSyntheticPages(dir, count);
  const db = join(WORK, `bench-${count}.duckdb`);
  const out = execFileSync(process.execPath, ['bench/ingest-child.mjs', dir, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const result = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
  if (result.failed) throw new Error(`${result.failed} pages failed to ingest, e.g. ${result.firstFailure}`);
  return result;
}

const mb = (values: number[]) => values.map((v) => Math.round(v)).join(', ');

/**
 * End-to-end ingest (read, clean, extract, store) of 1,000 and 10,000 synthetic news pages, each in
 * a process of its own, `BENCH_ROUNDS` times (default 3) alternating. Reports throughput, peak RSS
 * and whether memory stayed flat: the ratio of the two peaks, round by round.
 */
export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  description: `end-to-end ingest of synthetic ~6 KB news pages into a DuckDB file by the shipped build (one process per size, ${ROUNDS} rounds)`,
  async run() {
    const rounds: ChildResult[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results = SIZES.map(ingestInChild);
      rounds.push(results);
      const line = results.map(
        (r) =>
          `${r.documents} docs ${(r.documents / r.seconds).toFixed(0)} docs/s, peak ${r.peakRssMb.toFixed(0)} MB ` +
          `(RSS by quarter ${mb(r.rssAtQuarterMb)}; DuckDB ${r.duckdbMb.toFixed(0)} MB)`,
      );
      console.log(`  round ${round + 1}: ${line.join('; ')}`);
    }
    const figures: Figure[] = [];
    SIZES.forEach((count, i) => {
      const runs = rounds.map((r) => r[i]!);
      figures.push(
        {
          name: `throughput, ${count} documents`,
          value: median(runs.map((r) => r.documents / r.seconds)),
          unit: 'docs/s',
          target: { value: 100, better: 'higher' },
          note: `median of ${ROUNDS}`,
        },
        { name: `peak RSS, ${count} documents`, value: median(runs.map((r) => r.peakRssMb)), unit: 'MB' },
      );
    });
    const ratios = rounds.map(([small, large]) => large!.peakRssMb / small!.peakRssMb);
    figures.push({
      name: 'peak RSS ratio, 10,000 / 1,000 documents',
      value: median(ratios),
      unit: 'x',
      target: { value: FLAT_RATIO, better: 'lower' },
      note: `flat; rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
    });
    return figures;
  },
};
