import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { getDocument, listDocuments } from '../../src/store/documents.js';
import { ingestFiles } from '../../src/store/ingest-files.js';
import { memoryDatabase } from '../helpers/database.js';

const REPORT = `Militants attack checkpoint in northern province

Gunmen attacked an army checkpoint outside the town on Tuesday, officials said.

The provincial governor said reinforcements had been sent.`;

describe('ingestFiles', () => {
  let db: Database;
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const count = async (table: string) =>
    (await db.all<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  beforeEach(async () => {
    db = await memoryDatabase();
    dir = mkdtempSync(join(tmpdir(), 'resurgence-ingest-'));
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a document once: the same content again changes nothing', async () => {
    const path = file('report.txt', REPORT);
    const [first] = await ingestFiles(db, [path]);
    expect(first).toMatchObject({ status: 'stored', version: 1 });
    const [again] = await ingestFiles(db, [path]);
    expect(again).toMatchObject({ status: 'unchanged', id: first!.id });
    expect(await count('documents')).toBe(1);
  });

  it('stores a changed file at the same path as its next version', async () => {
    const path = file('report.txt', REPORT);
    await ingestFiles(db, [path]);
    file('report.txt', `${REPORT}\n\nA curfew was imposed on Wednesday.`);
    const [second] = await ingestFiles(db, [path]);
    expect(second).toMatchObject({ status: 'stored', version: 2 });
    expect((await listDocuments(db)).map((d) => d.version)).toEqual([2]);
    expect(await listDocuments(db, { allVersions: true })).toHaveLength(2);
  });

  it('reads folders recursively, globs and gzipped files', async () => {
    file('a.txt', REPORT);
    file('b.md', `# Heading\n\n${REPORT.replace('Tuesday', 'Monday')}`);
    file('c.txt.gz', gzipSync(REPORT.replace('Tuesday', 'Sunday')));
    file('ignored.csv', 'not,a,document');
    const outcomes = await ingestFiles(db, [dir]);
    expect(outcomes.map((o) => o.status)).toEqual(['stored', 'stored', 'stored']);
    const viaGlob = await ingestFiles(db, [`${dir}/*.txt*`]);
    expect(viaGlob.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('processes a big batch on worker threads and reports it in file order', async () => {
    const paths = Array.from({ length: 24 }, (_, i) =>
      file(`r${String(i).padStart(2, '0')}.txt`, REPORT.replace('Tuesday', `day ${i}`)),
    );
    paths.push(file('zz-empty.txt', ''));
    const outcomes = await ingestFiles(db, [dir], { threads: 2 });
    expect(outcomes.map((o) => o.file)).toEqual(paths);
    expect(outcomes.filter((o) => o.status === 'stored')).toHaveLength(24);
    expect(outcomes.at(-1)).toMatchObject({ status: 'failed', reason: 'empty file' });
    const ids = outcomes.slice(0, 24).map((o) => o.id!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('unwraps a JSON document and lets its fields and the user fill what the text lacks', async () => {
    const path = file(
      'wrapped.json',
      JSON.stringify({
        text: REPORT,
        url: 'https://example.org/2023/04/02/checkpoint',
        title: 'Checkpoint attack',
      }),
    );
    const [outcome] = await ingestFiles(db, [path], { hints: { published: '2023-04-02' } });
    const doc = await getDocument(db, outcome!.id!);
    expect(doc).toMatchObject({
      title: 'Checkpoint attack',
      url: 'https://example.org/2023/04/02/checkpoint',
      published: '2023-04-02',
    });
  });

  it('gives every bad file a one-line reason naming it and carries on with the batch', async () => {
    const good = file('good.txt', REPORT);
    const cases: Record<string, string | Buffer> = {
      'empty.txt': '',
      'blank.txt': '  \n\n ',
      'image.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'nulls.txt': Buffer.from('text\u0000with\u0000nul bytes'),
      'broken.json': '{"text": "unterminated',
      'empty-wrapper.json': '{"url": "https://example.org"}',
      'bad.txt.gz': Buffer.from('this is not gzip'),
      'deep.html': `<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`,
      'script-only.html':
        '<html><head><title>Loading</title></head><body><script>render()</script></body></html>',
    };
    const bad = Object.entries(cases).map(([name, content]) => file(name, content));
    const outcomes = await ingestFiles(db, [good, ...bad, join(dir, 'missing.txt')]);
    const failures = outcomes.filter((o) => o.status === 'failed');
    expect(outcomes.find((o) => o.file === good)?.status).toBe('stored');
    expect(failures).toHaveLength(bad.length + 1);
    for (const failure of failures) expect(failure.reason).toMatch(/^[^\n]+$/);
    const reason = (name: string) => failures.find((f) => f.file.endsWith(name))?.reason;
    expect(reason('empty.txt')).toBe('empty file');
    expect(reason('blank.txt')).toBe('holds only whitespace');
    expect(reason('image.html')).toMatch(/PNG image/);
    expect(reason('nulls.txt')).toMatch(/binary/);
    expect(reason('broken.json')).toMatch(/not valid JSON/);
    expect(reason('empty-wrapper.json')).toMatch(/neither a non-empty "html" nor "text"/);
    expect(reason('bad.txt.gz')).toMatch(/not valid gzip/);
    expect(reason('deep.html')).toMatch(/nested more than \d+ elements deep/);
    expect(reason('script-only.html')).toMatch(/no article text/);
    expect(reason('missing.txt')).toMatch(/no such file/);
    expect(await count('documents')).toBe(1);
  });

  it('refuses a page over the size limit, before and after decompression', async () => {
    const big = `<html><body><p>${'word '.repeat(11_000_000)}</p></body></html>`;
    const plain = file('huge.html', big);
    const packed = file('huge.html.gz', gzipSync(big));
    const outcomes = await ingestFiles(db, [plain, packed]);
    expect(outcomes[0]!.reason).toMatch(/^is 52\.5 MB, over the 20\.0 MB limit/);
    expect(outcomes[1]!.reason).toMatch(/decompresses to more than the 20\.0 MB limit/);
    expect(await count('documents')).toBe(0);
  });

  it('reports a file removed while the batch runs', async () => {
    const paths = [file('one.txt', REPORT), file('two.txt', REPORT.replace('Tuesday', 'Thursday'))];
    let removed = false;
    const outcomes = await ingestFiles(db, paths, {
      onProgress: () => {
        if (!removed) rmSync(paths[1]!);
        removed = true;
      },
    });
    expect(outcomes.map((o) => o.status)).toEqual(['stored', 'failed']);
    expect(outcomes[1]!.reason).toMatch(/file not found \(was it moved or deleted/);
  });
});
