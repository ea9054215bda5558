import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { isUtf8File, transcodeToUtf8, Windows1252ToUtf8 } from './to-utf8.js';

const folder = mkdtempSync(join(tmpdir(), 'resurgence-utf8-'));

/** Runs bytes through the converter one byte per chunk, so that every sequence is cut somewhere. */
const convert = async (bytes: Buffer) =>
  (await buffer(Readable.from([...bytes].map((b) => Buffer.of(b))).pipe(new Windows1252ToUtf8()))).toString();

describe('windows-1252 to UTF-8', () => {
  it('reads curly quotes, dashes and accents, and keeps UTF-8 sequences that are already there', async () => {
    const windows = Buffer.from('\x93Tillab\xe9ri\x94 \x96 caf\xe9', 'latin1');
    expect(await convert(windows)).toBe('“Tillabéri” – café');
    const mixed = Buffer.concat([windows, Buffer.from(', Ménaka, Ağrı', 'utf8')]);
    expect(await convert(mixed)).toBe('“Tillabéri” – café, Ménaka, Ağrı');
  });

  it('tells a UTF-8 file from one that is not, whatever the chunk boundaries', async () => {
    const utf8 = join(folder, 'utf8.csv');
    writeFileSync(utf8, 'é'.repeat(5_000_000));
    expect(await isUtf8File(utf8)).toBe(true);
    const windows = join(folder, 'windows.csv');
    writeFileSync(windows, Buffer.concat([Buffer.alloc(9_000_000, 'a'), Buffer.from('caf\xe9\n', 'latin1')]));
    expect(await isUtf8File(windows)).toBe(false);
    const copy = join(folder, 'copy.csv');
    await transcodeToUtf8(windows, 'windows-1252', copy);
    expect(readFileSync(copy, 'utf8').endsWith('café\n')).toBe(true);
  });
});
