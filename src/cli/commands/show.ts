import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { getDocument } from '../../store/documents.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parsePositiveInt } from '../options.js';
import { parseFormat } from '../output.js';

export const showCommand: CommandSpec = {
  name: 'show',
  description: 'print one stored document: metadata and cleaned text',
  configure(command: Command) {
    command
      .argument('<id>', 'document id (see `resurgence documents`)', parsePositiveInt)
      .option('--format <format>', 'text or json', 'text')
      .action(async (id: number, flags: { format: string }, cmd: Command) => {
        const format = parseFormat(flags.format, ['text', 'json'] as const);
        const doc = await withDatabase(cmd, (db) => getDocument(db, id));
        if (!doc) throw new UsageError(`no document with id ${id}; \`resurgence documents\` lists them`);
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
          return;
        }
        const head = [
          `Document ${doc.id} (version ${doc.version} of ${doc.source})`,
          doc.title && `Title: ${doc.title}`,
          doc.authors.length && `Author: ${doc.authors.join(', ')}`,
          doc.published && `Published: ${doc.published}`,
          doc.publisher && `Publisher: ${doc.publisher}`,
          doc.url && `URL: ${doc.url}`,
          `Events: ${doc.events}`,
        ].filter(Boolean);
        process.stdout.write(`${head.join('\n')}\n\n${doc.text}\n`);
      });
  },
};
