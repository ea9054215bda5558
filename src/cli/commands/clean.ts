import type { Command } from 'commander';
import type { CleanDocument } from '../../model/document.js';
import type { CommandSpec } from '../command.js';
import { documentFileOptions, eachCleanDocument, type DocumentFileFlags } from '../document-files.js';
import { documentJson } from '../extract-json.js';
import { parseFormat } from '../output.js';

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
    documentFileOptions(command)
      .option('--format <format>', 'text or json (a JSON array, one object per file)', 'text')
      .action(async (files: string[], flags: DocumentFileFlags & { format: string }) => {
        const format = parseFormat(flags.format, ['text', 'json'] as const);
        const out: ReturnType<typeof documentJson>[] = [];
        await eachCleanDocument(files, flags, (doc, file) => {
          if (format === 'json') out.push(documentJson(doc));
          else process.stdout.write(`${files.length > 1 ? `==> ${file} <==\n` : ''}${asText(doc)}`);
        });
        if (format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
  },
};
