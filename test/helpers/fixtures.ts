import { fileURLToPath } from 'node:url';

/** A file under `test/fixtures/`. */
export const fixture = (...parts: string[]) =>
  fileURLToPath(new URL(`../fixtures/${parts.join('/')}`, import.meta.url));
