import { fileURLToPath } from 'node:url';

/** The folder Resurgence is installed in (holding `samples/` and `data/`), from src/ or dist/ alike. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the installed package. */
export const packagePath = (...parts: string[]) => [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
