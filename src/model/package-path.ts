import { fileURLToPath } from 'node:url';

/** The folder Resurgence is installed in (holding `data/` and `samples/`), from src/ or dist/ alike. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** A path inside the installed package, such as `packagePath('data', 'actors.yaml')`. */
export const packagePath = (...parts: string[]) => [PACKAGE_ROOT, ...parts].join('/');
