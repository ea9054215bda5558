// Child process of the ingest benchmark: ingests one folder into a fresh database file and prints
// its timing and memory as JSON, so each size is measured in a process of its own. Plain
// JavaScript over the shipped build (dist/), run by plain Node as `resurgence ingest` is: under
// tsx, each worker thread would first load tsx and translate every module.
import { rmSync } from 'node:fs';
import { openDatabase } from '../dist/store/database.js';
import { ingestFiles } from '../dist/store/ingest-files.js';

const MB = 1024 * 1024;
const [dir, dbPath] = process.argv.slice(2);
rmSync(dbPath, { force: true });
const db = await openDatabase(dbPath);
/** @type {number[]} */
const rssAtQuarter = [];
const started = performance.now();
const outcomes = await ingestFiles(db, [dir], {
  onProgress: (done, total) => {
    if (total && done === Math.ceil(((rssAtQuarter.length + 1) * total) / 4))
      rssAtQuarter.push(process.memoryUsage().rss / MB);
  },
});
const seconds = (performance.now() - started) / 1000;
const [duck] = await db.all('select sum(memory_usage_bytes)::bigint as bytes from duckdb_memory()');
await db.close();
const failed = outcomes.filter((o) => o.status === 'failed');
console.log(
  JSON.stringify({
    documents: outcomes.length,
    stored: outcomes.filter((o) => o.status === 'stored').length,
    failed: failed.length,
    firstFailure: failed[0]?.reason ?? null,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssAtQuarterMb: rssAtQuarter,
    duckdbMb: Number(duck?.bytes ?? 0) / MB,
  }),
);
