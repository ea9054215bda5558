import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, type Benchmark, type Figure } from './bench.js';
import { writeSyntheticAcled } from './synthetic-acled.js';

const WORK = '.bench/datasets';
const ROWS = Number(process.env.BENCH_ACLED_ROWS ?? 2_000_000);
/** Pairs of runs: the machine's speed varies, so each figure is the median over the pairs. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function child<T>(mode: 'baseline' | 'import', file: string): T {
  const db = join(WORK, `${mode}.duckdb`);
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/datasets-child.ts', mode, file, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

interface ImportResult {
  seconds: number;
  rows: number;
  rejected: number;
  trendP95Ms: number;
  trendMedianMs: number;
  peakRssMb: number;
}

/**
 * Imports a synthetic ACLED export of 2 million rows (`BENCH_ACLED_ROWS` to change) into a fresh
 * DuckDB file, against DuckDB's own `read_csv` of the same file into a table, then times 20 trend
 * queries over the result. Each side runs in its own process, `BENCH_ROUNDS` times (default 3),
 * alternating; figures are medians.
 */
export const datasetsBenchmark: Benchmark = {
  name: 'datasets',
  description: `import of a synthetic ${ROWS.toLocaleString('en-US')}-row ACLED file into a DuckDB file, and trend queries over it`,
  async run() {
    const file = join(WORK, `acled-${ROWS}.csv`);
    if (!existsSync(file)) await writeSyntheticAcled(file, ROWS);
    const baselines: { seconds: number; peakRssMb: number }[] = [];
    const imports: ImportResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baselines.push(child('baseline', file));
      imports.push(child<ImportResult>('import', file));
    }
    const bad = imports.find((r) => r.rows !== ROWS);
    if (bad) throw new Error(`imported ${bad.rows} of ${ROWS} rows (${bad.rejected} rejected)`);
    const baseline = {
      seconds: median(baselines.map((b) => b.seconds)),
      peakRssMb: median(baselines.map((b) => b.peakRssMb)),
    };
    const imported = {
      seconds: median(imports.map((r) => r.seconds)),
      trendP95Ms: median(imports.map((r) => r.trendP95Ms)),
      trendMedianMs: median(imports.map((r) => r.trendMedianMs)),
      peakRssMb: median(imports.map((r) => r.peakRssMb)),
    };
    const ratio = median(imports.map((r, i) => r.seconds / baselines[i]!.seconds));
    const figures: Figure[] = [
      {
        name: 'import time',
        value: imported.seconds,
        unit: 's',
        target: { value: 15, better: 'lower' },
        note: 'read, map, resolve actors, write, merge',
      },
      { name: "DuckDB's own read_csv into a table", value: baseline.seconds, unit: 's' },
      {
        name: 'import / read_csv',
        value: ratio,
        unit: 'x',
        target: { value: 2, better: 'lower' },
        note: `median of ${ROUNDS} back-to-back pairs`,
      },
      {
        name: 'trend query p95 (20 queries)',
        value: imported.trendP95Ms,
        unit: 'ms',
        target: { value: 100, better: 'lower' },
      },
      { name: 'trend query median', value: imported.trendMedianMs, unit: 'ms' },
      { name: 'peak RSS, import and queries', value: imported.peakRssMb, unit: 'MB' },
      { name: 'peak RSS, read_csv', value: baseline.peakRssMb, unit: 'MB' },
    ];
    return figures;
  },
};
