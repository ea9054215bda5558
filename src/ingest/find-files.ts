import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import { DOCUMENT_EXTENSIONS, formatOf } from './read-file.js';

/** The files named by one command-line argument, or the reason it names none. */
export interface FoundFiles {
  files: string[];
  errors: InputError[];
}

const PATTERN = `**/*{${DOCUMENT_EXTENSIONS.join(',')}}{,.gz}`;

/**
 * Expands files, folders (recursively, documents only) and glob patterns into a sorted,
 * de-duplicated list of files. An argument that matches nothing becomes an error, not a silent skip.
 */
export async function findDocumentFiles(args: string[]): Promise<FoundFiles> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).filter((f) =>
        formatOf(f),
      );
      if (matches.length === 0) errors.push(new InputError(arg, 'pattern matches no document files'));
      matches.sort().forEach((f) => files.add(f));
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      errors.push(new InputError(arg, 'no such file or folder'));
      continue;
    }
    if (info.isDirectory()) {
      const matches = await glob(PATTERN, { cwd: arg, onlyFiles: true, caseSensitiveMatch: false });
      if (matches.length === 0) errors.push(new InputError(arg, 'folder holds no document files'));
      matches.sort().forEach((f) => files.add(joinPath(arg, f)));
    } else {
      files.add(arg);
    }
  }
  return { files: [...files], errors };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
