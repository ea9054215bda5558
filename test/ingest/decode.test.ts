import { describe, expect, it } from 'vitest';
import { binaryKind, decodeBytes } from '../../src/ingest/decode.js';

const latin1Page = (charset: string) =>
  Buffer.concat([
    Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>Caf`),
    Buffer.from([0xe9]),
    Buffer.from(' du Nord</p></body></html>'),
  ]);

describe('decodeBytes', () => {
  it('honours a charset the page declares', () => {
    const decoded = decodeBytes(latin1Page('iso-8859-1'), { html: true });
    expect(decoded.text).toContain('Café du Nord');
    expect(decoded.basis).toBe('declared');
  });

  it('falls back to windows-1252 when bytes are not valid UTF-8, even if the page claims UTF-8', () => {
    const bytes = Buffer.from([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x80, 0x35]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({
      text: '\u201cQuote\u201d \u20ac5',
      encoding: 'windows-1252',
      basis: 'fallback',
    });
    expect(decodeBytes(latin1Page('utf-8'), { html: true }).text).toContain('Café');
  });

  it('reads byte-order marks, including UTF-16', () => {
    expect(decodeBytes(Buffer.from('\ufeffhello', 'utf8')).text).toBe('hello');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ text: 'hello', encoding: 'utf-16le' });
    expect(binaryKind(utf16)).toBeNull();
  });

  it('tells binary content from text', () => {
    expect(binaryKind(Buffer.from('%PDF-1.7 ...'))).toBe('a PDF');
    expect(binaryKind(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe('binary data');
    expect(binaryKind(Buffer.from('plain words\nand lines\n'))).toBeNull();
  });
});
