import type { Command } from 'commander';
import { cleanDocument } from '../../ingest/clean.js';
import { readDocumentFile } from '../../ingest/read-file.js';
import type { CleanDocument } from '../../model/document.js';
import type { CommandSpec } from '../command.js';
import { parseDay } from '../options.js';
import { parseFormat } from '../output.js';

/** The JSON shape of one cleaned document, as `clean --format json` prints it. */
export function cleanJson(doc: CleanDocument) {
  return {
    source: doc.source,
    title: doc.title,
    author: doc.authors.length ? doc.authors.join(', ') : null,
    authors: doc.authors,
    published: doc.published,
    publisher: doc.publisher,
    url: doc.url,
    language: doc.language,
    text: doc.text,
  };
}

function asText(doc: CleanDocument): string {
  const head = [
    ['Title', doc.title],
    ['Author', doc.authors.join(', ') || null],
    ['Published', doc.published],
    ['Publisher', doc.publisher],
    ['URL', doc.url],
    ['Language', doc.language],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`);
  return `${head.join('\n')}\n\n${doc.text}\n`;
}

export const cleanCommand: CommandSpec = {
  name: 'clean',
  description: 'print documents cleaned of site chrome, with their metadata, without storing them',
  configure(command: Command) {
    command
      .argument('<files...>', 'document files')
      .option('--format <format>', 'text or json (a JSON array, one object per file)', 'text')
      .option(
        '--published <date>',
        'publication date (YYYY-MM-DD) for documents that do not state one',
        parseDay,
      )
      .option('--url <url>', 'source URL for documents that do not state one')
      .action(async (files: string[], flags: { format: string; published?: string; url?: string }) => {
        const format = parseFormat(flags.format, ['text', 'json'] as const);
        const out: ReturnType<typeof cleanJson>[] = [];
        for (const file of files) {
          try {
            const doc = cleanDocument(
              await readDocumentFile(file, { hints: { published: flags.published, url: flags.url } }),
            );
            if (format === 'json') out.push(cleanJson(doc));
            else process.stdout.write(`${files.length > 1 ? `==> ${file} <==\n` : ''}${asText(doc)}`);
          } catch (error) {
            process.stderr.write(`resurgence: ${file}: ${(error as Error).message}\n`);
            process.exitCode = 1;
          }
        }
        if (format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
  },
};
