import type { Command } from 'commander';
import { ingestFiles, type IngestOutcome } from '../../store/ingest-files.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parseDay } from '../options.js';
import { progressBar } from '../progress.js';

interface IngestFlags {
  published?: string;
  url?: string;
  json?: boolean;
}

/** Prints the end-of-batch summary: counts, then each failure with its reason. */
export function summarise(outcomes: IngestOutcome[]): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const events = outcomes.reduce((n, o) => n + (o.status === 'stored' ? (o.events ?? 0) : 0), 0);
  const lines = [
    `${count('stored')} stored (${events} events), ${count('unchanged')} unchanged, ${count('failed')} failed`,
  ];
  for (const o of outcomes) if (o.status === 'failed') lines.push(`  failed ${o.file}: ${o.reason}`);
  return lines.join('\n');
}

export const ingestCommand: CommandSpec = {
  name: 'ingest',
  description: 'store documents (files, folders, globs; html, txt, md, json, gzipped) with their events',
  configure(command: Command) {
    command
      .argument('<paths...>', 'files, folders (read recursively) or glob patterns')
      .option(
        '--published <date>',
        'publication date (YYYY-MM-DD) for documents that do not state one',
        parseDay,
      )
      .option('--url <url>', 'source URL for documents that do not state one')
      .option('--json', 'print one JSON object per file instead of the summary')
      .action(async (paths: string[], flags: IngestFlags, cmd: Command) => {
        const progress = progressBar('files');
        const outcomes = await withDatabase(cmd, (db) =>
          ingestFiles(db, paths, {
            hints: { published: flags.published, url: flags.url },
            onProgress: (done, total, file) => progress.update(done, total, file),
          }).finally(() => progress.stop()),
        );
        if (flags.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
        else process.stdout.write(`${summarise(outcomes)}\n`);
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
  },
};
