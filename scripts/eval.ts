// Runs extraction over ../shared/seeds, ../shared/eval/dev and our own sets and prints the shared
// scorer's report for each, with the number of claims predicted. Events: eval/own to eval/own8
// (tuning sets; own2 to own8 were written blind and first scored before any tuning), eval/blind and
// eval/blind2 (written blind, never tuned on). Analyses: eval/analyses-own, eval/analyses-own2,
// eval/analyses-own4 to eval/analyses-own9 (tuning), eval/analyses-own3
// (validation, scored in aggregate only) and eval/analyses-blind (never tuned on). Without ../shared (and so without the
// scorer) it says so and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractJson } from '../src/cli/extract-json.js';
import { cleanForExtraction } from '../src/extract/clean-for-extraction.js';
import { readDocumentFile } from '../src/ingest/read-file.js';

const shared = resolve(process.env.RESURGENCE_SHARED ?? '../shared');
const sets = [
  ['seeds', join(shared, 'seeds')],
  ['dev', join(shared, 'eval', 'dev')],
  ['own', resolve('eval', 'own')],
  ['own2', resolve('eval', 'own2')],
  ['own3', resolve('eval', 'own3')],
  ['own4', resolve('eval', 'own4')],
  ['own5', resolve('eval', 'own5')],
  ['own6', resolve('eval', 'own6')],
  ['own7', resolve('eval', 'own7')],
  ['own8', resolve('eval', 'own8')],
  ['blind', resolve('eval', 'blind')],
  ['blind2', resolve('eval', 'blind2')],
  ['analyses-own', resolve('eval', 'analyses-own')],
  ['analyses-own2', resolve('eval', 'analyses-own2')],
  ['analyses-own3', resolve('eval', 'analyses-own3')],
  ['analyses-own4', resolve('eval', 'analyses-own4')],
  ['analyses-own5', resolve('eval', 'analyses-own5')],
  ['analyses-own6', resolve('eval', 'analyses-own6')],
  ['analyses-own7', resolve('eval', 'analyses-own7')],
  ['analyses-own8', resolve('eval', 'analyses-own8')],
  ['analyses-own9', resolve('eval', 'analyses-own9')],
  ['analyses-blind', resolve('eval', 'analyses-blind')],
] as const;
const scorer = join(shared, 'eval', 'score.mjs');
const verbose = process.argv.includes('--verbose');

if (!existsSync(scorer)) {
  console.log(`eval: ${shared} is absent (no scorer at ${scorer}); nothing to evaluate.`);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'resurgence-eval-'));
for (const [name, dir] of sets) {
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?|md|json)$/i.test(f) && !f.endsWith('.gold.json') && f !== 'README.md')
    .sort();
  const docs = [];
  for (const file of files) {
    try {
      docs.push(extractJson(cleanForExtraction(await readDocumentFile(join(dir, file)))));
    } catch (error) {
      console.error(`eval: ${file}: ${(error as Error).message}`);
    }
  }
  const pred = join(out, `${name}.json`);
  writeFileSync(pred, JSON.stringify(docs));
  console.log(`\n== ${name} (${dir}) ==`);
  const args = [scorer, '--pred', pred, '--gold', dir, ...(verbose ? ['--verbose'] : [])];
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
  // The scorer counts gold claims found, not the claims nobody asked for: say how many there were.
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  if (claims) console.log(`claims predicted ${claims} (the scorer does not count extra claims)`);
}
