import type { Command } from 'commander';
import { resurgenceIndexTable, type IndexRow } from '../../analyze/trend/index-table.js';
import { formatZ } from '../../analyze/trend/words.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parseFormat, printRows, type Column } from '../output.js';
import { resolveSelection, selectionOptions, type SelectionFlags } from '../selection.js';

const z = (pick: (r: IndexRow) => number | null | undefined) => (r: IndexRow) => formatZ(pick(r) ?? null);

/** Each component beside the total, per group and unit. */
export const INDEX_COLUMNS: Column<IndexRow>[] = [
  { header: 'actor', value: (r) => r.actor, max: 30 },
  { header: 'unit', value: (r) => r.unit ?? '(all)', max: 28 },
  { header: 'last 12 months', value: (r) => r.index?.recentMonths.join(' to ') ?? '' },
  { header: 'events', value: (r) => r.recentEvents, right: true },
  { header: 'tempo', value: z((r) => r.index?.tempo.z), right: true },
  { header: 'lethality', value: z((r) => r.index?.lethality.z), right: true },
  { header: 'spread', value: z((r) => r.index?.spread.z), right: true },
  { header: 'reach', value: z((r) => r.index?.reach.z), right: true },
  { header: 'index', value: z((r) => r.index?.total), right: true },
];

export const indexCommand: CommandSpec = {
  name: 'index',
  description: 'the resurgence index per group and unit: tempo, lethality, spread and reach beside the total',
  configure(command: Command) {
    selectionOptions(command)
      .option('--format <format>', 'table, json or csv', 'table')
      .action(async (flags: SelectionFlags & { format: string }, cmd: Command) => {
        const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const);
        const { filter } = resolveSelection(flags);
        const rows = await withDatabase(cmd, (db) => resurgenceIndexTable(db, filter));
        printRows(rows, INDEX_COLUMNS, format);
        if (format === 'table')
          process.stdout.write(
            'z: last 12 months against the 24 before, in standard errors; index = mean of the components (docs/resurgence-index.md)\n',
          );
      });
  },
};
