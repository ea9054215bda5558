#!/usr/bin/env node
// Checks the gold files of eval/analyses-own against their texts (plain Node, no dependencies):
// every claim has a known factor and direction, its quote is 4-15 words, occurs exactly once in the
// text and lies inside one sentence; each document has 6-12 claims, a stance and 500-1100 words.
// With ../shared present, it also reports any 8-word sequence shared with the seeds or the dev set.
//
//   node eval/analyses-own/check.mjs

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The factors of GOLD-FORMAT.md's table (kept here so the check needs nothing but Node).
const FACTORS = new Set(
  (
    'state_capacity ideological_appeal popular_base manpower resources geopolitical_distraction ' +
    'decentralisation external_operations chaos_and_grievance leadership'
  ).split(' '),
);
const problems = [];

/** Splits a text into sentences: at . ! or ? followed by whitespace, and at line breaks. */
function sentences(text) {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lower-cased words of a text (tags and entities dropped), for the 8-word overlap check. */
function words(text) {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .split(' ');
}

const names = readdirSync(here)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''))
  .sort();
const texts = new Map();
for (const name of names) {
  const gold = JSON.parse(readFileSync(join(here, `${name}.gold.json`), 'utf8'));
  const text = readFileSync(join(here, `${name}.txt`), 'utf8');
  texts.set(name, text);
  const count = text.split(/\s+/).filter(Boolean).length;
  if (count < 500 || count > 1100) problems.push(`${name}: ${count} words`);
  if (!['for', 'against', 'mixed'].includes(gold.stance)) problems.push(`${name}: stance ${gold.stance}`);
  if (gold.claims.length < 6 || gold.claims.length > 12)
    problems.push(`${name}: ${gold.claims.length} claims`);
  const split = sentences(text);
  for (const { factor, direction, quote } of gold.claims) {
    if (!FACTORS.has(factor)) problems.push(`${name}: unknown factor ${factor}`);
    if (!['for', 'against'].includes(direction)) problems.push(`${name}: direction ${direction}`);
    const n = quote.split(/\s+/).length;
    if (n < 4 || n > 15) problems.push(`${name}: quote of ${n} words: ${quote}`);
    const occurrences = text.split(quote).length - 1;
    if (occurrences !== 1) problems.push(`${name}: quote found ${occurrences} times: ${quote}`);
    else if (split.filter((s) => s.includes(quote)).length !== 1)
      problems.push(`${name}: quote spans sentences: ${quote}`);
  }
}

const shared = join(here, '..', '..', '..', 'shared');
if (existsSync(shared)) {
  const references = [join(shared, 'seeds'), join(shared, 'eval', 'dev')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(dir, f)),
  );
  const seen = new Set();
  for (const file of references) {
    const w = words(readFileSync(file, 'utf8'));
    for (let i = 0; i + 8 <= w.length; i++) seen.add(w.slice(i, i + 8).join(' '));
  }
  for (const [name, text] of texts) {
    const w = words(text);
    for (let i = 0; i + 8 <= w.length; i++) {
      const gram = w.slice(i, i + 8).join(' ');
      if (seen.has(gram)) problems.push(`${name}: shares "${gram}" with the seeds or the dev set`);
    }
  }
} else {
  console.log('../shared not found: the overlap check with the seeds and the dev set is skipped');
}

for (const p of problems) console.log(p);
console.log(`${names.length} documents checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
