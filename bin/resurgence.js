#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('resurgence: the build is missing. Run `npm run build` (npm ci runs it for you).');
  process.exit(2);
}
await import(main.href);
