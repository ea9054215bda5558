import type { Command } from 'commander';
import { cleanForExtraction } from '../extract/clean-for-extraction.js';
import { readDocumentFile } from '../ingest/read-file.js';
import type { CleanDocument } from '../model/document.js';
import { parseDay } from './options.js';

/** The options of commands that read document files without storing them. */
export interface DocumentFileFlags {
  published?: string;
  url?: string;
}

/** Adds the `<files...>` argument and the `--published` and `--url` options. */
export function documentFileOptions(command: Command): Command {
  return command
    .argument('<files...>', 'document files')
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD) for documents that do not state one',
      parseDay,
    )
    .option('--url <url>', 'source URL for documents that do not state one');
}

/**
 * Reads and cleans each file in turn and hands it to `use`; a file that cannot be read gets a
 * one-line error on stderr naming it, sets a failing exit code, and the rest go on.
 */
export async function eachCleanDocument(
  files: string[],
  flags: DocumentFileFlags,
  use: (doc: CleanDocument, file: string) => void,
): Promise<void> {
  for (const file of files) {
    try {
      use(
        cleanForExtraction(
          await readDocumentFile(file, { hints: { published: flags.published, url: flags.url } }),
        ),
        file,
      );
    } catch (error) {
      process.stderr.write(`resurgence: ${file}: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
