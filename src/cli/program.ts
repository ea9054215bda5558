import { Command, CommanderError } from 'commander';
import { ResurgenceError } from '../model/errors.js';
import { COMMANDS } from './commands/index.js';

/** Builds the `resurgence` program with every registered subcommand. */
export function buildProgram(): Command {
  const program = new Command('resurgence')
    .description('A workbench for judging whether an armed group is coming back.')
    .option('--db <path>', 'database file (default: $RESURGENCE_DB or ./resurgence.duckdb)')
    .showHelpAfterError('(run with --help for usage)');
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    spec.configure(command);
  }
  return program;
}

/**
 * Runs the CLI with `argv` (as in `process.argv`), turning errors into one line on stderr and a
 * non-zero exit code. Returns the exit code.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message =
      error instanceof ResurgenceError ? error.message : String((error as Error)?.stack ?? error);
    process.stderr.write(`resurgence: ${message}\n`);
    return 1;
  }
}
