import type { Command } from 'commander';
import { listIncidents, type IncidentRow } from '../../store/events/list-incidents.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parsePositiveInt } from '../options.js';
import { parseFormat, printRows, type Column } from '../output.js';
import { resolveSelection, selectionOptions, type SelectionFlags } from '../selection.js';

const actorLabel = (actor: string | null, unit: string | null) =>
  actor ? (unit ? `${actor} (${unit})` : actor) : null;

/** "8" when the sources agree, "8 (ucdp) vs 14 (document)" when they do not. */
export function fatalitiesCell(row: IncidentRow): string {
  if (row.fatalitiesDisagree)
    return row.fatalitiesDisagree.map((d) => `${d.fatalities} (${d.origin})`).join(' vs ');
  return row.fatalities === null ? '' : String(row.fatalities);
}

/** "A vs B"; GTD names up to three perpetrator groups of one attack, all on one side: "A and B and C". */
export function actorsCell(row: IncidentRow): string {
  const [first, second, third] = [
    actorLabel(row.perpetrator, row.unit),
    actorLabel(row.actor2, row.unit2),
    actorLabel(row.actor3, row.unit3),
  ];
  if (row.reports[0]?.origin === 'gtd') return [first, second, third].filter(Boolean).join(' and ');
  return [first, second].filter(Boolean).join(' vs ');
}

const COLUMNS: Column<IncidentRow>[] = [
  { header: 'incident', value: (r) => r.incident, right: true },
  { header: 'date', value: (r) => r.date },
  { header: 'country', value: (r) => r.country },
  { header: 'place', value: (r) => [...new Set([r.place, r.admin1].filter(Boolean))].join(', '), max: 36 },
  { header: 'type', value: (r) => r.type },
  {
    header: 'actors',
    value: actorsCell,
    max: 60,
  },
  { header: 'killed', value: fatalitiesCell, right: true },
  { header: 'sources', value: (r) => r.sources, right: true },
  { header: 'origins', value: (r) => r.origins.join('+') },
];

export const eventsCommand: CommandSpec = {
  name: 'events',
  description: 'list incidents (from documents and datasets, merged) with their sources and disagreements',
  configure(command: Command) {
    selectionOptions(command)
      .option('--limit <n>', 'at most this many incidents, latest first', parsePositiveInt, 100)
      .option('--format <format>', 'table, json or csv', 'table')
      .action(async (flags: SelectionFlags & { limit: number; format: string }, cmd: Command) => {
        const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const);
        const { filter } = resolveSelection(flags);
        const rows = await withDatabase(cmd, (db) => listIncidents(db, { ...filter, limit: flags.limit }));
        printRows(rows, COLUMNS, format);
      });
  },
};
