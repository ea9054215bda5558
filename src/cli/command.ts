import type { Command } from 'commander';

/** One `resurgence` subcommand: its name, its one-line description, and how it attaches options and an action. */
export interface CommandSpec {
  name: string;
  /** One line, shown by `resurgence --help`. */
  description: string;
  configure(command: Command): void;
}

/** Options every subcommand inherits from the top-level program. */
export interface GlobalOptions {
  db?: string;
}

/** The database path: `--db`, then `RESURGENCE_DB`, then `./resurgence.duckdb`. */
export function databasePath(options: GlobalOptions): string {
  return options.db ?? process.env.RESURGENCE_DB ?? 'resurgence.duckdb';
}
