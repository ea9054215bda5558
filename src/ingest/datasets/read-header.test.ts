import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstRecords, readDatasetHeader } from './read-header.js';

const folder = mkdtempSync(join(tmpdir(), 'resurgence-header-'));
const write = (name: string, content: string | Buffer) => {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
};

describe('readDatasetHeader', () => {
  it('reads quoted header fields, and records with line breaks inside quotes', () => {
    expect(firstRecords('a,"b, c","d ""e"""\n1,"two\nlines",3\n', 2)).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', 'two\nlines', '3'],
    ]);
  });

  it('sees the HXL tag row of a humanitarian-exchange copy, even after a spare index column', async () => {
    const file = write('hdx.csv', ',id,year,side_a\n0,,#date+year,#group+name+first\n1,5,2015,IS\n');
    expect(await readDatasetHeader(file)).toEqual({
      columns: ['', 'id', 'year', 'side_a'],
      hxl: true,
      headerLines: 2,
      encoding: 'utf-8',
    });
  });

  it('reads gzipped files, strips a byte-order mark, and does not take data for tags', async () => {
    const file = write('plain.csv.gz', gzipSync('\uFEFFid,notes\n1,#hashtag in a note\n'));
    expect(await readDatasetHeader(file)).toMatchObject({
      columns: ['id', 'notes'],
      hxl: false,
      headerLines: 1,
    });
  });

  it('falls back to Latin-1 when the file is not UTF-8', async () => {
    const file = write('latin.csv', Buffer.from('eventid,city\n1,Bogot\xe1\n', 'latin1'));
    expect((await readDatasetHeader(file)).encoding).toBe('latin-1');
  });

  it('refuses an empty file', async () => {
    await expect(readDatasetHeader(write('empty.csv', ''))).rejects.toThrow(/empty or has no header/);
  });
});
