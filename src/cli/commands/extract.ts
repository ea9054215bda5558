import type { Command } from 'commander';
import { cleanDocument } from '../../ingest/clean.js';
import { readDocumentFile } from '../../ingest/read-file.js';
import type { CommandSpec } from '../command.js';
import { extractJson } from '../extract-json.js';
import { parseDay } from '../options.js';
import { parseFormat } from '../output.js';

export const extractCommand: CommandSpec = {
  name: 'extract',
  description: 'print the events (and metadata) extracted from documents, without storing them',
  configure(command: Command) {
    command
      .argument('<files...>', 'document files')
      .option('--format <format>', 'json (an array, one object per file) or jsonl', 'json')
      .option(
        '--published <date>',
        'publication date (YYYY-MM-DD) for documents that do not state one',
        parseDay,
      )
      .option('--url <url>', 'source URL for documents that do not state one')
      .action(async (files: string[], flags: { format: string; published?: string; url?: string }) => {
        const format = parseFormat(flags.format, ['json', 'jsonl'] as const);
        const out: ReturnType<typeof extractJson>[] = [];
        for (const file of files) {
          try {
            const raw = await readDocumentFile(file, {
              hints: { published: flags.published, url: flags.url },
            });
            const doc = extractJson(cleanDocument(raw));
            if (format === 'jsonl') process.stdout.write(`${JSON.stringify(doc)}\n`);
            else out.push(doc);
          } catch (error) {
            process.stderr.write(`resurgence: ${file}: ${(error as Error).message}\n`);
            process.exitCode = 1;
          }
        }
        if (format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
  },
};
