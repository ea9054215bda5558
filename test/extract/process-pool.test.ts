import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileProcessor } from '../../src/extract/process-pool.js';

const report = (day: string) => `Gunmen raid a village market

Gunmen stormed a village market on ${day}, killing four traders, local officials said.`;

describe('createFileProcessor', () => {
  let dir: string;
  let files: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'resurgence-pool-'));
    files = Array.from({ length: 20 }, (_, i) => {
      const path = join(dir, `r${String(i).padStart(2, '0')}.txt`);
      writeFileSync(path, report(['Monday', 'Tuesday', 'Friday'][i % 3]!));
      return path;
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const processAll = async (options: Parameters<typeof createFileProcessor>[1]) => {
    const processor = createFileProcessor(files.length, options);
    try {
      return await Promise.all(files.map((f) => processor.process(f)));
    } finally {
      await processor.close();
    }
  };

  it('gives the same results on worker threads as on the calling thread', async () => {
    const inline = await processAll({ threads: 0 });
    expect(inline.map((r) => r.ok)).toEqual(files.map(() => true));
    expect(await processAll({ threads: 2 })).toEqual(inline);
  });

  it('still processes every file when the workers run out of heap', async () => {
    const inline = await processAll({ threads: 0 });
    expect(await processAll({ threads: 2, workerHeapMb: 4 })).toEqual(inline);
  });
});
