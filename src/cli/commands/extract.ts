import type { Command } from 'commander';
import type { CommandSpec } from '../command.js';
import { documentFileOptions, eachCleanDocument, type DocumentFileFlags } from '../document-files.js';
import { extractJson } from '../extract-json.js';
import { parseFormat } from '../output.js';

export const extractCommand: CommandSpec = {
  name: 'extract',
  description:
    'print the events, claims and stance read from documents (with their metadata), without storing them',
  configure(command: Command) {
    documentFileOptions(command)
      .option('--format <format>', 'json (an array, one object per file) or jsonl', 'json')
      .action(async (files: string[], flags: DocumentFileFlags & { format: string }) => {
        const format = parseFormat(flags.format, ['json', 'jsonl'] as const);
        const out: ReturnType<typeof extractJson>[] = [];
        await eachCleanDocument(files, flags, (clean) => {
          const doc = extractJson(clean);
          if (format === 'jsonl') process.stdout.write(`${JSON.stringify(doc)}\n`);
          else out.push(doc);
        });
        if (format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
  },
};
