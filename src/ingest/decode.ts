import iconv from 'iconv-lite';

/** What {@link decodeBytes} found out about the bytes it decoded. */
export interface Decoded {
  text: string;
  /** The WHATWG encoding label used (`utf-8`, `windows-1252`, ...). */
  encoding: string;
  /** Why that encoding: a byte-order mark, a declaration in the page, valid UTF-8, or the fallback. */
  basis: 'bom' | 'declared' | 'utf-8' | 'fallback';
}

const SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or Office file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Names the kind of binary content `bytes` holds, or returns null when they look like text.
 * Text never contains NUL bytes outside UTF-16, and rarely many other control characters.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return kind;
  }
  if (hasUtf16Bom(bytes)) return null;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1 ? 'binary data' : null;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The charset an HTML page declares in its first few kilobytes (`<meta charset>` or `http-equiv`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** A decoder for an encoding label, or null when the label is unknown. */
function decoderFor(label: string): { encoding: string; decode(bytes: Uint8Array): string } | null {
  try {
    const encoding = new TextDecoder(label).encoding;
    // Node 20 decodes windows-1252 as ISO-8859-1 (C1 controls instead of curly quotes and the euro sign).
    if (encoding === 'windows-1252') return { encoding, decode: decodeWindows1252 };
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

const decodeWindows1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');

/**
 * Decodes file bytes to text: a byte-order mark first, then a charset the page declares, then UTF-8
 * if the bytes are valid UTF-8, and windows-1252 (what browsers assume for unlabelled Western pages) last.
 */
export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', basis: 'bom' };
  }
  if (hasUtf16Bom(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding, basis: 'bom' };
  }
  const declared = options.html ? declaredCharset(bytes) : null;
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder && decoder.encoding !== 'utf-8') {
    return { text: decoder.decode(bytes), encoding: decoder.encoding, basis: 'declared' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', basis: decoder ? 'declared' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', basis: 'fallback' };
  }
}
