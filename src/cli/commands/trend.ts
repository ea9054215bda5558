import type { Command } from 'commander';
import { actorTrajectory, type Trajectory } from '../../analyze/trend/trajectory.js';
import { formatRate, formatZ } from '../../analyze/trend/words.js';
import type { IndexComponent, ResurgenceIndex } from '../../analyze/trend/resurgence-index.js';
import { UsageError } from '../../model/errors.js';
import type { PeriodCounts, PeriodLength } from '../../store/trends/trend-series.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { formatCsv, formatTable, parseFormat, type Column } from '../output.js';
import { resolveSelection, selectionOptions, type Selection, type SelectionFlags } from '../selection.js';

/** The per-period columns of a trajectory, as `trend` prints them. */
export const PERIOD_COLUMNS: Column<PeriodCounts>[] = [
  { header: 'period', value: (p) => p.period },
  { header: 'events', value: (p) => p.events, right: true },
  { header: 'killed', value: (p) => p.fatalities, right: true },
  {
    header: 'killed/event',
    value: (p) => (p.fatalitiesPerEvent === null ? '' : p.fatalitiesPerEvent.toFixed(1)),
    right: true,
  },
  { header: '10+ killed', value: (p) => p.massCasualty, right: true },
  { header: 'regions', value: (p) => p.admin1Active, right: true },
  { header: 'outside home', value: (p) => p.outsideHome, right: true },
];

const COMPONENT_UNITS = {
  tempo: (v: number) => `${formatRate(v)} events/month`,
  lethality: (v: number) => `${(Math.exp(v) - 1).toFixed(1)} killed/event (geometric)`,
  spread: (v: number) => `${formatRate(v)} regions/month`,
  reach: (v: number) => `${Math.round(v * 100)}% outside home`,
} as const;

/** The resurgence index as a table: each component beside the total. */
export function indexTable(index: ResurgenceIndex): string {
  type Line = { component: string; recent: string; baseline: string; z: string };
  const value = (c: IndexComponent, k: keyof typeof COMPONENT_UNITS, v: number | null) =>
    v === null || c.z === null ? 'n/a' : COMPONENT_UNITS[k](v);
  const rows: Line[] = (Object.keys(COMPONENT_UNITS) as (keyof typeof COMPONENT_UNITS)[]).map((k) => ({
    component: k,
    recent: value(index[k], k, index[k].recent),
    baseline: value(index[k], k, index[k].baseline),
    z: formatZ(index[k].z),
  }));
  rows.push({ component: 'index (mean)', recent: '', baseline: '', z: formatZ(index.total) });
  return formatTable(rows, [
    { header: 'component', value: (r) => r.component },
    { header: `${index.recentMonths.join(' to ')}`, value: (r) => r.recent },
    { header: `baseline ${index.baselineMonths.join(' to ')}`, value: (r) => r.baseline },
    { header: 'z', value: (r) => r.z, right: true },
  ]);
}

/** A heading naming what the trajectory covers. */
export function selectionTitle(selection: Selection, by: PeriodLength): string {
  const f = selection.filter;
  const who = f.unit ? `${f.actor}, ${f.unit}` : f.actor;
  const parts = [who, f.country ? `in ${f.country}` : null, `by ${by}`];
  if (f.since || f.until) parts.push(`${f.since ?? '…'} to ${f.until ?? '…'}`);
  return parts.filter(Boolean).join(' ');
}

/** A trajectory as the terminal shows it: the periods, the findings, and the index components. */
export function trajectoryText(title: string, { series, analysis }: Trajectory): string {
  if (!series.periods.length) return `${title}: no events.`;
  const out = [title, '', formatTable(series.periods, PERIOD_COLUMNS), ''];
  const lastPeriod = series.periods.at(-1)!.start.slice(0, 7);
  if (series.end && lastPeriod > series.end)
    out.push(
      `The statistics below stop at ${series.end}, the last month every country of the selection has data for.`,
    );
  out.push(...analysis.summary);
  if (analysis.index) out.push('', indexTable(analysis.index));
  return out.join('\n');
}

const BY = ['month', 'quarter', 'year'] as const;

export const trendCommand: CommandSpec = {
  name: 'trend',
  description:
    "an actor's trajectory per period: events, deaths, spread, reach; trend test, change points, index",
  configure(command: Command) {
    selectionOptions(command, { actorRequired: true })
      .option('--by <period>', BY.join(', '), 'year')
      .option('--format <format>', 'table, json or csv', 'table')
      .action(async (flags: SelectionFlags & { by: string; format: string }, cmd: Command) => {
        if (!(BY as readonly string[]).includes(flags.by))
          throw new UsageError(`--by must be one of ${BY.join(', ')}, not "${flags.by}"`);
        const by = flags.by as PeriodLength;
        const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const);
        const selection = resolveSelection(flags);
        if (!selection.filter.actor) throw new UsageError('--actor is required');
        const filter = { ...selection.filter, actor: selection.filter.actor, by };
        const trajectory = await withDatabase(cmd, (db) => actorTrajectory(db, filter));
        const text =
          format === 'json'
            ? JSON.stringify(
                { selection: filter, ...trajectory.series, analysis: trajectory.analysis },
                null,
                2,
              )
            : format === 'csv'
              ? formatCsv(trajectory.series.periods, PERIOD_COLUMNS)
              : trajectoryText(selectionTitle(selection, by), trajectory);
        process.stdout.write(`${text}\n`);
      });
  },
};
