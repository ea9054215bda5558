import { basename } from 'node:path';
import type { Command } from 'commander';
import { loadNonActors, NON_ACTORS_FILE } from '../../extract/actors/non-actors.js';
import { ACTORS_FILE, loadActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import {
  actorEventCounts,
  unresolvedActorNames,
  type UnresolvedName,
} from '../../store/actors/actor-counts.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parseFormat, printRows, type Column, type ListFormat } from '../output.js';

interface ActorsFlags {
  unresolved?: boolean;
  check?: boolean;
  all?: boolean;
  file: string;
  format: string;
}

interface ActorRow {
  name: string;
  kind: string;
  home: string[];
  units: number;
  events: number;
}

const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { header: 'actor', value: (r) => r.name, max: 40 },
  { header: 'kind', value: (r) => r.kind },
  { header: 'home', value: (r) => r.home },
  { header: 'units', value: (r) => r.units, right: true },
  { header: 'events', value: (r) => r.events, right: true },
];

const UNRESOLVED_COLUMNS: Column<UnresolvedName>[] = [
  { header: 'dataset', value: (r) => r.dataset },
  { header: 'name', value: (r) => r.name, max: 80 },
  { header: 'events', value: (r) => r.events, right: true },
  { header: 'countries', value: (r) => r.countries, max: 30 },
  { header: 'files', value: (r) => r.files.map((f) => basename(f)), max: 60 },
];

/** Validates the registry and the non-actor names; prints what they hold, or the error. */
function check(file: string): void {
  const registry = loadActorRegistry(file);
  loadNonActors(NON_ACTORS_FILE);
  const own = registry.actors.filter((a) => a.kind !== 'state_forces');
  const units = own.reduce((n, a) => n + a.units.length, 0);
  process.stdout.write(
    `${file}: valid, ${own.length} actors with ${units} units, and ${registry.actors.length - own.length} generated state forces\n` +
      `${NON_ACTORS_FILE}: valid\n`,
  );
}

async function list(cmd: Command, registry: ActorRegistry, flags: ActorsFlags, format: ListFormat) {
  const counts = await withDatabase(cmd, (db) => actorEventCounts(db));
  const rows = registry.actors
    .map((a) => ({
      name: a.name,
      kind: a.kind,
      home: a.home,
      units: a.units.length,
      events: counts.get(a.name)?.events ?? 0,
    }))
    .filter((r) => flags.all || r.kind !== 'state_forces' || r.events > 0)
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  printRows(rows, ACTOR_COLUMNS, format);
}

export const actorsCommand: CommandSpec = {
  name: 'actors',
  description:
    'list the actor registry with event counts; --unresolved: dataset names it misses; --check: validate it',
  configure(command: Command) {
    command
      .option('--unresolved', 'dataset actor names that match no registry actor, with their event counts')
      .option('--check', 'validate the registry (and the non-actor names) and exit')
      .option('--all', 'list every generated state force, not only those with events')
      .option('--file <path>', 'registry file', ACTORS_FILE)
      .option('--format <format>', 'table, json or csv', 'table')
      .action(async (flags: ActorsFlags, cmd: Command) => {
        const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const);
        if (flags.check) return check(flags.file);
        const registry = loadActorRegistry(flags.file);
        if (!flags.unresolved) return list(cmd, registry, flags, format);
        const rows = await withDatabase(cmd, (db) => unresolvedActorNames(db, registry, loadNonActors()));
        printRows(rows, UNRESOLVED_COLUMNS, format);
        if (format === 'table' && rows.length)
          process.stderr.write(
            `Add a name under \`datasets\` of its actor (or unit) in ${flags.file}, then import the file again.\n`,
          );
      });
  },
};
