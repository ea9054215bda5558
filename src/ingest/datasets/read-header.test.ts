import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, firstRecords, readDatasetHeader } from './read-header.js';

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
    expect(await readDatasetHeader(file)).toMatchObject({
      columns: ['', 'id', 'year', 'side_a'],
      hxl: true,
      headerLines: 2,
      encoding: 'utf-8',
      delimiter: ',',
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

  it('falls back to windows-1252 when the file is not UTF-8, and sees UTF-16 by its byte-order mark', async () => {
    const file = write('latin.csv', Buffer.from('eventid,city\n1,Bogot\xe1\n', 'latin1'));
    expect((await readDatasetHeader(file)).encoding).toBe('windows-1252');
    const utf16 = write('unicode.txt', Buffer.from('\uFEFFevent_id_cnty\tevent_date\n', 'utf16le'));
    expect(await readDatasetHeader(utf16)).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      columns: ['event_id_cnty', 'event_date'],
    });
  });

  it("tells the separator from the header line: commas, or a spreadsheet's semicolons or tabs", () => {
    expect(detectDelimiter('event_id_cnty;event_date;notes\n"a, b";2;3')).toBe(';');
    expect(detectDelimiter('event_id_cnty\tevent_date\tnotes\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('refuses an empty file', async () => {
    await expect(readDatasetHeader(write('empty.csv', ''))).rejects.toThrow(/empty or has no header/);
  });
});
