import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { ImportError } from '../../model/errors.js';

/** The first lines of a dataset file: its column names and whether a row of HXL tags follows. */
export interface DatasetHeader {
  columns: string[];
  /** True when the second line holds humanitarian-exchange tags (`#date+year`), not data. */
  hxl: boolean;
  /** Lines before the first data row: the header, plus the HXL row when there is one. */
  headerLines: number;
  /**
   * `utf-8`; `windows-1252` when the start of the file is not valid UTF-8 (GTD's CSV copies, files
   * saved by Excel); `utf-16le`/`utf-16be` when it starts with their byte-order mark ("Unicode text").
   */
  encoding: DatasetEncoding;
  /** The field separator: a comma, or the semicolon or tab of spreadsheet exports. */
  delimiter: DatasetDelimiter;
  /** The first data records (up to {@link SAMPLE_RECORDS}), to tell how the file writes its values. */
  sample?: string[][];
}

/** How many data records {@link readDatasetHeader} keeps as a sample. */
export const SAMPLE_RECORDS = 2000;

/** The encodings a dataset file may be in; DuckDB reads only the first, the others are transcoded. */
export type DatasetEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
/** The field separators a dataset file may use. */
export type DatasetDelimiter = ',' | ';' | '\t';
const DELIMITERS: DatasetDelimiter[] = [',', ';', '\t'];

const HEAD_BYTES = 1 << 20;

async function readHead(file: string): Promise<Buffer> {
  const raw = createReadStream(file, { highWaterMark: 64 * 1024 });
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) break;
    }
  } catch (error) {
    throw new ImportError(file, null, `cannot read the file: ${(error as Error).message}`);
  } finally {
    raw.destroy();
  }
  return Buffer.concat(chunks);
}

function decodeHead(bytes: Buffer): { text: string; encoding: DatasetEncoding } {
  // The last few bytes may cut a character in two.
  const whole = bytes.length >= HEAD_BYTES ? bytes.subarray(0, bytes.length - 4) : bytes;
  if (whole[0] === 0xff && whole[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(whole), encoding: 'utf-16le' };
  if (whole[0] === 0xfe && whole[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(whole), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(whole, 'win1252'), encoding: 'windows-1252' };
  }
}

/** The separator the header line uses most often outside quotes (a comma when none). */
export function detectDelimiter(text: string): DatasetDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best));
}

/** Splits the first `count` CSV records of `text` (all with `Infinity`) into fields (RFC 4180 quoting). */
export function firstRecords(text: string, count: number, delimiter: DatasetDelimiter = ','): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length && records.length < count; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (records.length < count && (field || fields.length)) records.push([...fields, field]);
  return records;
}

const HXL_TAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z0-9_]+)*$/i;

/** A row of HXL tags: blanks and tags only (a spare index column, unnamed in the header, may hold a number). */
function isHxlRow(header: string[], row: string[]): boolean {
  const fields = header[0]?.trim() === '' ? row.slice(1) : row;
  return (
    fields.some((f) => HXL_TAG.test(f.trim())) && fields.every((f) => !f.trim() || HXL_TAG.test(f.trim()))
  );
}

/**
 * Reads the header of a CSV dataset file (gzipped or not): its columns, encoding and separator,
 * and whether a row of HXL tags sits under it.
 */
export async function readDatasetHeader(file: string): Promise<DatasetHeader> {
  const { text, encoding } = decodeHead(await readHead(file));
  const delimiter = detectDelimiter(text);
  const [header, second, ...rest] = firstRecords(text.replace(/^\uFEFF/, ''), SAMPLE_RECORDS + 2, delimiter);
  if (!header || header.every((c) => !c.trim()))
    throw new ImportError(file, 1, 'the file is empty or has no header line');
  const hxl = !!second && second.length === header.length && isHxlRow(header, second);
  // The last record of the head may be cut off.
  const sample = (hxl || !second ? rest : [second, ...rest]).slice(0, -1);
  return {
    columns: header.map((c) => c.trim()),
    hxl,
    headerLines: hxl ? 2 : 1,
    encoding,
    delimiter,
    sample,
  };
}
