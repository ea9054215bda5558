import type { Command } from 'commander';
import { listDocuments, type DocumentSummary } from '../../store/documents.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parsePositiveInt } from '../options.js';
import { parseFormat, printRows, type Column } from '../output.js';

const COLUMNS: Column<DocumentSummary>[] = [
  { header: 'id', value: (d) => d.id, right: true },
  { header: 'v', value: (d) => d.version, right: true },
  { header: 'published', value: (d) => d.published },
  { header: 'publisher', value: (d) => d.publisher, max: 24 },
  { header: 'title', value: (d) => d.title, max: 60 },
  { header: 'events', value: (d) => d.events, right: true },
  { header: 'source', value: (d) => d.source, max: 40 },
];

export const documentsCommand: CommandSpec = {
  name: 'documents',
  description: 'list stored documents (latest version of each source)',
  configure(command: Command) {
    command
      .option('--format <format>', 'table, json or csv', 'table')
      .option('--limit <n>', 'at most this many, newest first', parsePositiveInt, 1000)
      .option('--all-versions', 'list every stored version, not only the latest')
      .action(async (flags: { format: string; limit: number; allVersions?: boolean }, cmd: Command) => {
        const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const);
        const rows = await withDatabase(cmd, (db) =>
          listDocuments(db, { limit: flags.limit, allVersions: flags.allVersions }),
        );
        printRows(rows, COLUMNS, format);
      });
  },
};
