// One measurement of the dataset benchmark, in its own process so that peak memory is its own.
// Usage: tsx bench/datasets-child.ts baseline|import FILE DB  → prints one JSON line.
import { actorTrajectory } from '../src/analyze/trend/trajectory.js';
import { openDatabase } from '../src/store/database.js';
import { importDatasetFiles } from '../src/store/datasets/import-files.js';
import { peakRssMb, percentile } from './bench.js';

const [mode, file, path] = process.argv.slice(2) as [string, string, string];
const db = await openDatabase(path);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

const QUERIES: { actor: string; unit?: string; country?: string }[] = [
  { actor: 'Islamic State' },
  { actor: 'Islamic State', unit: 'West Africa Province' },
  { actor: 'Islamic State', unit: 'Sahel Province' },
  { actor: 'Islamic State', unit: 'Somalia Province' },
  { actor: 'Islamic State', unit: 'Central Africa Province' },
  { actor: 'Islamic State', unit: 'Mozambique Province' },
  { actor: 'Islamic State', unit: 'Iraq Province' },
  { actor: 'Islamic State', unit: 'Syria Province' },
  { actor: 'Islamic State', unit: 'Khorasan Province' },
  { actor: 'Islamic State', country: 'NG' },
  { actor: 'Islamic State', country: 'IQ' },
  { actor: 'JNIM' },
  { actor: 'JNIM', country: 'ML' },
  { actor: 'al-Shabaab' },
  { actor: 'Boko Haram' },
  { actor: 'Taliban' },
  { actor: 'HTS' },
  { actor: 'Military of Nigeria' },
  { actor: 'Military of Mali', country: 'ML' },
  { actor: 'Popular Mobilization Forces' },
];

if (mode === 'baseline') {
  const t0 = performance.now();
  await db.run(`create table baseline as select * from read_csv('${file.replaceAll("'", "''")}')`);
  console.log(JSON.stringify({ seconds: seconds(t0), peakRssMb: peakRssMb() }));
} else {
  const t0 = performance.now();
  const batch = await importDatasetFiles(db, [file]);
  const importSeconds = seconds(t0);
  const report = batch.reports[0];
  if (!report) throw new Error(`import failed: ${batch.failures[0]?.reason}`);
  const times: number[] = [];
  let events = 0;
  for (const query of QUERIES) {
    const q0 = performance.now();
    const { series } = await actorTrajectory(db, { ...query, by: 'month' });
    times.push(performance.now() - q0);
    events += series.months.reduce((n, m) => n + m.events, 0);
  }
  console.log(
    JSON.stringify({
      seconds: importSeconds,
      rows: report.inserted,
      rejected: report.rejected,
      trendP95Ms: percentile(times, 95),
      trendMedianMs: percentile(times, 50),
      trendEvents: events,
      peakRssMb: peakRssMb(),
    }),
  );
}
await db.close();
