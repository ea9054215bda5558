import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataFile } from './data-file.js';

describe('readDataFile', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-file-'));
    saved = process.env.RESURGENCE_CACHE;
    process.env.RESURGENCE_CACHE = join(dir, 'cache');
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.RESURGENCE_CACHE;
    else process.env.RESURGENCE_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same data from the cache as from the YAML, and reads an edited file afresh', () => {
    const file = join(dir, 'groups.yaml');
    writeFileSync(
      file,
      'groups:\n  - name: Example Front\n    aliases: [EF, "the front"]\n    active: true\n',
    );
    const first = readDataFile(file, 'the groups');
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(1);
    expect(readDataFile(file, 'the groups')).toEqual(first);
    expect(first).toEqual({
      groups: [{ name: 'Example Front', aliases: ['EF', 'the front'], active: true }],
    });
    writeFileSync(file, 'groups:\n  - name: Example Front\n    active: false\n');
    expect(readDataFile(file, 'the groups')).toEqual({ groups: [{ name: 'Example Front', active: false }] });
  });

  it('still reads a file when the cache cannot be written, and names a malformed file', () => {
    process.env.RESURGENCE_CACHE = join(dir, 'missing', 'deeper');
    const file = join(dir, 'list.yaml');
    writeFileSync(file, '- one\n- two\n');
    expect(readDataFile(file, 'the list')).toEqual(['one', 'two']);
    writeFileSync(file, 'key: [unclosed\n');
    expect(() => readDataFile(file, 'the list')).toThrow(/list\.yaml.*cannot read the list/s);
  });
});
