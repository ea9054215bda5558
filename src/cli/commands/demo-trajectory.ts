import { trajectoriesByCountry, type CountryTrajectory } from '../../analyze/trend/by-country.js';
import { resurgenceIndexTable } from '../../analyze/trend/index-table.js';
import { countryByCode } from '../../extract/places/countries.js';
import { packagePath } from '../../model/package-path.js';
import type { Database } from '../../store/database.js';
import { importDatasetFiles } from '../../store/datasets/import-files.js';
import { formatTable, printRows } from '../output.js';
import { summariseImport } from './import.js';
import { INDEX_COLUMNS } from './index-command.js';

const ACTOR = 'Islamic State';

/** Events (and deaths) per year, one column per country. */
function yearsTable(rows: CountryTrajectory[]): string {
  const years = [...new Set(rows.flatMap((r) => r.series.periods.map((p) => p.period)))].sort();
  const cell = (r: CountryTrajectory, year: string) => {
    const p = r.series.periods.find((x) => x.period === year);
    return p ? `${p.events} (${p.fatalities.toLocaleString('en-US')})` : '';
  };
  return formatTable(years, [
    { header: 'year', value: (y) => y },
    ...rows.map((r) => ({
      header: countryByCode(r.country)?.name ?? r.country,
      value: (y: string) => cell(r, y),
      right: true,
    })),
  ]);
}

/**
 * The second half of `npm start`: imports the UCDP extracts shipped in `samples/ucdp`, then
 * prints the Islamic State's trajectory in each country — events (deaths) per year, the trend
 * test, change points, the last 12 months against the 12 before — and its resurgence index per unit.
 */
export async function showTrajectoryDemo(db: Database): Promise<void> {
  const batch = await importDatasetFiles(db, [packagePath('samples', 'ucdp')]);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`Sample event data (UCDP GED, ${packagePath('samples', 'ucdp')}):\n${summariseImport(batch)}\n`);
  const rows = await trajectoriesByCountry(db, ACTOR, 'year');
  out(`The ${ACTOR} by country: events per year (deaths), the group on either side, merged incidents once\n`);
  out(`${yearsTable(rows)}\n`);
  const name = (r: CountryTrajectory) => countryByCode(r.country)?.name ?? r.country;
  for (const r of rows.filter((x) => x.analysis.trend)) {
    out(`${name(r)} (${r.events.toLocaleString('en-US')} events)`);
    if (r.series.end && r.series.periods.at(-1)!.start.slice(0, 7) > r.series.end)
      out(`  Statistics to ${r.series.end}, where the dataset's coverage ends.`);
    for (const sentence of r.analysis.summary) out(`  ${sentence}`);
    out('');
  }
  const few = rows.filter((r) => !r.analysis.trend);
  if (few.length)
    out(`Too few events for statistics: ${few.map((r) => `${name(r)} (${r.events})`).join(', ')}.\n`);
  const index = (await resurgenceIndexTable(db, { actor: ACTOR })).filter((r) => r.index);
  out(
    `Resurgence index of the ${ACTOR} per unit (each unit's last 12 months of data against its 24 before):\n`,
  );
  printRows(index, INDEX_COLUMNS, 'table');
  if (batch.failures.length) process.exitCode = 1;
}
