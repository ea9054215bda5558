import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { DocumentFormat, MetadataHints, RawDocument } from '../model/document.js';
import { InputError } from '../model/errors.js';
import { binaryKind, decodeBytes } from './decode.js';

/** Extensions `resurgence ingest` reads, each optionally followed by `.gz`. */
export const DOCUMENT_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.json'] as const;

/** Options for {@link readDocumentFile}. */
export interface ReadOptions {
  /** Largest document accepted, after decompression. Default 20 MB. */
  maxBytes?: number;
  /** Metadata the user supplies (`--url`, `--published`); it wins over what the file says. */
  hints?: MetadataHints;
}

/** A document read from disk, with the hash that identifies its content. */
export interface ReadDocument extends RawDocument {
  /** SHA-256 of the decompressed bytes and the user's hints: equal hashes mean nothing changed. */
  contentHash: string;
  byteSize: number;
  encoding: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The format implied by a file name, or null when Resurgence does not read that kind of file. */
export function formatOf(path: string): 'html' | 'text' | 'markdown' | 'json' | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.md')) return 'markdown';
  if (name.endsWith('.json')) return 'json';
  return null;
}

function reasonForReadFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'file not found (was it moved or deleted while the batch ran?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error.message;
  }
}

function gunzip(bytes: Buffer, path: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(
        path,
        `decompresses to more than the ${megabytes(maxBytes)} limit for one document`,
      );
    }
    throw new InputError(path, `not valid gzip: ${(error as Error).message}`);
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

function unwrapJson(
  text: string,
  path: string,
): { format: DocumentFormat; content: string; hints: MetadataHints } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(path, 'a JSON document must be an object holding "html" or "text"');
  }
  const record = value as Record<string, unknown>;
  const html = str(record.html);
  const body = html ?? str(record.text);
  if (!body) throw new InputError(path, 'the JSON object holds neither a non-empty "html" nor "text" field');
  const author = Array.isArray(record.author)
    ? record.author.filter((a) => typeof a === 'string').join(', ')
    : record.author;
  const hints: MetadataHints = {
    url: str(record.url),
    title: str(record.title),
    published: str(record.published ?? record.date),
    author: str(author),
    publisher: str(record.publisher ?? record.site),
  };
  return { format: html ? 'html' : 'text', content: body, hints };
}

function merge(base: MetadataHints, over: MetadataHints | undefined): MetadataHints {
  const out: MetadataHints = { ...base };
  for (const [k, v] of Object.entries(over ?? {}))
    if (v != null && v !== '') out[k as keyof MetadataHints] = v;
  return out;
}

/**
 * Reads one document file: gunzips `.gz`, refuses binary, empty and oversized files, decodes the
 * text (see {@link decodeBytes}) and unwraps JSON documents. Throws {@link InputError} naming the file.
 *
 * @example
 *   const doc = await readDocumentFile('reports/moscow.html.gz', { hints: { published: '2024-03-23' } });
 */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = formatOf(path);
  if (!kind)
    throw new InputError(
      path,
      `unsupported file type (Resurgence reads ${DOCUMENT_EXTENSIONS.join(' ')}, optionally gzipped)`,
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, reasonForReadFailure(error as NodeJS.ErrnoException));
  }
  if (path.toLowerCase().endsWith('.gz')) bytes = gunzip(bytes, path, maxBytes);
  if (bytes.length > maxBytes) {
    throw new InputError(
      path,
      `is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} limit for one document`,
    );
  }
  if (bytes.length === 0) throw new InputError(path, 'empty file');
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(path, `looks like ${binary}, not text or HTML`);
  const decoded = decodeBytes(bytes, { html: kind === 'html' });
  if (!decoded.text.trim()) throw new InputError(path, 'holds only whitespace');

  let format: DocumentFormat = kind === 'json' ? 'text' : kind;
  let content = decoded.text;
  let hints: MetadataHints = {};
  if (kind === 'json') ({ format, content, hints } = unwrapJson(decoded.text, path));
  else if (kind !== 'html' && /^\s*(<!doctype html|<html[\s>])/i.test(content)) format = 'html';
  hints = merge(hints, options.hints);

  const contentHash = createHash('sha256')
    .update(bytes)
    .update(JSON.stringify(options.hints ?? {}))
    .digest('hex');
  return {
    source: path,
    format,
    content,
    hints,
    contentHash,
    byteSize: bytes.length,
    encoding: decoded.encoding,
  };
}
