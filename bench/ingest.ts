import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, Figure } from './bench.js';
import { writeSyntheticPages } from './synthetic-documents.js';

const WORK = '.bench/ingest';

interface ChildResult {
  documents: number;
  stored: number;
  failed: number;
  firstFailure: string | null;
  seconds: number;
  peakRssMb: number;
}

function ingestInChild(count: number): ChildResult {
  const dir = join(WORK, `pages-${count}`);
  if (!existsSync(dir)) writeSyntheticPages(dir, count);
  const db = join(WORK, `bench-${count}.duckdb`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/ingest-child.ts', dir, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

/** End-to-end ingest (read, clean, extract, store) of synthetic news pages at two batch sizes. */
export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  description: 'end-to-end ingest of synthetic ~6 KB news pages into a DuckDB file (one process per size)',
  async run() {
    const figures: Figure[] = [];
    const results: ChildResult[] = [];
    for (const count of [1_000, 10_000]) {
      const r = ingestInChild(count);
      if (r.failed) throw new Error(`${r.failed} pages failed to ingest, e.g. ${r.firstFailure}`);
      results.push(r);
      figures.push(
        {
          name: `throughput, ${count} documents`,
          value: r.documents / r.seconds,
          unit: 'docs/s',
          target: { value: 100, better: 'higher' },
        },
        { name: `peak RSS, ${count} documents`, value: r.peakRssMb, unit: 'MB' },
      );
    }
    figures.push({
      name: 'peak RSS ratio, 10,000 / 1,000 documents',
      value: results[1]!.peakRssMb / results[0]!.peakRssMb,
      unit: 'x',
      note: 'flat memory is close to 1',
    });
    return figures;
  },
};
