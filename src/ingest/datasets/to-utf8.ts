import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import type { DatasetEncoding } from './read-header.js';

/**
 * Each byte as windows-1252 reads it, already encoded as UTF-8 (0x93 → the bytes of “). Through
 * iconv-lite: Node's TextDecoder reads 'windows-1252' as Latin-1, leaving 0x80-0x9f as controls.
 */
const WINDOWS_1252 = Array.from({ length: 256 }, (_, b) =>
  iconv.encode(iconv.decode(Buffer.of(b), 'win1252'), 'utf-8'),
);

/**
 * The length of the UTF-8 sequence starting at `i`: 1 for ASCII, 2-4 for a valid sequence, 0 when
 * the bytes are not UTF-8, -1 when the sequence is cut off by the end of the chunk.
 */
function sequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (!length) return 0;
  const [low, high] =
    lead === 0xe0
      ? [0xa0, 0xbf]
      : lead === 0xed
        ? [0x80, 0x9f]
        : lead === 0xf0
          ? [0x90, 0xbf]
          : lead === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return -1;
    const b = bytes[i + k]!;
    if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/**
 * A stream that turns windows-1252 text into UTF-8, keeping any valid UTF-8 sequence as it is: a
 * file that is windows-1252 throughout, and one that mixes both (rows appended by another tool),
 * come out right. Line breaks are untouched, so line numbers stay those of the original file.
 */
export class Windows1252ToUtf8 extends Transform {
  private carry: Buffer | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    done(null, this.convert(bytes, false));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.carry ? this.convert(this.carry, true) : undefined);
  }

  private convert(bytes: Buffer, last: boolean): Buffer {
    const out = Buffer.allocUnsafe(bytes.length * 3);
    let o = 0;
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b < 0x80) {
        out[o++] = b;
        i++;
        continue;
      }
      const length = sequenceLength(bytes, i);
      if (length === -1 && !last) {
        this.carry = Buffer.from(bytes.subarray(i));
        break;
      }
      if (length > 1) {
        o += bytes.copy(out, o, i, i + length);
        i += length;
      } else {
        o += WINDOWS_1252[b]!.copy(out, o);
        i++;
      }
    }
    return out.subarray(0, o);
  }
}

/** Where the last, possibly incomplete, UTF-8 sequence of a chunk starts (its length when none is cut). */
function completeUpTo(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const b = bytes[i]!;
    if (b < 0x80 || b >= 0xc0) return sequenceLength(bytes, i) === -1 ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * Whether a file (gzipped or not) is valid UTF-8 throughout. One fast pass (about a second per
 * gigabyte): DuckDB's CSV reader must never see invalid UTF-8, which it cannot always set aside.
 */
export async function isUtf8File(file: string): Promise<boolean> {
  const raw = createReadStream(file, { highWaterMark: 8 << 20 });
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let carry: Buffer | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const end = completeUpTo(bytes);
      if (!isUtf8(bytes.subarray(0, end))) return false;
      carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
    }
  } finally {
    raw.destroy();
  }
  return !carry;
}

/**
 * Writes a UTF-8 copy of a dataset file (gzipped or not) that is in another encoding, for DuckDB,
 * whose CSV reader takes UTF-8 only. Streams: memory stays flat whatever the file's size.
 *
 * @example
 *   await transcodeToUtf8('globalterrorismdb_0718dist.csv', 'windows-1252', '/tmp/gtd-utf8.csv');
 */
export async function transcodeToUtf8(file: string, encoding: DatasetEncoding, out: string): Promise<void> {
  const steps: NodeJS.ReadWriteStream[] = file.endsWith('.gz') ? [createGunzip()] : [];
  if (encoding === 'windows-1252') steps.push(new Windows1252ToUtf8());
  else if (encoding !== 'utf-8') steps.push(iconv.decodeStream(encoding), iconv.encodeStream('utf-8'));
  await pipeline([createReadStream(file, { highWaterMark: 1 << 20 }), ...steps, createWriteStream(out)]);
}
