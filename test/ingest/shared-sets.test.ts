// Runs cleaning and metadata over the seeds and the dev set in ../shared (skipped when absent) and
// checks what their gold files say: metadata for every document, the article's first and last words
// and the chrome that must be gone for the scraped and clean texts. Gold values are read, not copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/ingest/clean.js';
import { readDocumentFile } from '../../src/ingest/read-file.js';

const shared = resolve(process.env.RESURGENCE_SHARED ?? new URL('../../../shared', import.meta.url).pathname);
const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u2018\u2019'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const accepts = (gold: unknown, value: string | null) =>
  [gold].flat().some((g) => (g === null ? !value : fold(g) === fold(value)));

interface Gold {
  title?: unknown;
  author?: unknown;
  published?: unknown;
  publisher?: unknown;
  mainText?: { startsWith?: string | string[]; endsWith?: string | string[]; mustNotContain?: string[] };
}

function documents(dir: string, mainText: (file: string) => boolean) {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => /\.(txt|html?|md)$/.test(f) && f !== 'README.md');
  for (const file of files) {
    it(file, async () => {
      const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.\w+$/, '.gold.json')), 'utf8')) as Gold;
      const doc = cleanDocument(await readDocumentFile(join(dir, file)));
      const author = doc.authors.length ? doc.authors.join(', ') : null;
      const found = { title: doc.title, author, published: doc.published, publisher: doc.publisher };
      for (const field of ['title', 'author', 'published', 'publisher'] as const) {
        if (field in gold) expect(accepts(gold[field], found[field]), `${field}: ${found[field]}`).toBe(true);
      }
      if (!mainText(file) || !gold.mainText) return;
      const text = ws(doc.text);
      const { startsWith = [], endsWith = [], mustNotContain = [] } = gold.mainText;
      expect(
        [startsWith].flat().some((s) => text.startsWith(ws(s))),
        `starts: ${text.slice(0, 80)}`,
      ).toBe(true);
      expect(
        [endsWith].flat().some((s) => text.endsWith(ws(s))),
        `ends: ${text.slice(-80)}`,
      ).toBe(true);
      for (const chrome of mustNotContain) expect(text).not.toContain(ws(chrome));
    });
  }
}

describe.skipIf(!existsSync(join(shared, 'seeds')))('seeds in ../shared', () => {
  documents(join(shared, 'seeds'), () => true);
});

// The dev pages' HTML body comes from the article extractor (src/ingest/html); here only their metadata.
describe.skipIf(!existsSync(join(shared, 'eval', 'dev')))('dev set in ../shared', () => {
  documents(join(shared, 'eval', 'dev'), (file) => file.endsWith('.txt'));
});
