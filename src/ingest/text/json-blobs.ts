import type { Line } from './lines.js';

/** A JSON value written into a scraped text, and the lines it spans. */
export interface JsonBlob {
  first: number;
  last: number;
  /** The parsed value, or undefined when the lines are JSON-shaped but do not parse. */
  value: unknown;
}

const MAX_BLOB_LINES = 400;

/** Bracket depth change over `text`, ignoring brackets inside strings. */
function depthChange(text: string, state: { inString: boolean }): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state.inString) {
      if (ch === '\\') i++;
      else if (ch === '"') state.inString = false;
    } else if (ch === '"') state.inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth;
}

const looksLikeJson = (texts: string[]) =>
  texts.filter((t) => /^"[^"]+"\s*:/.test(t)).length >= Math.max(1, texts.length / 3);

/**
 * The JSON objects written into a scraped text (a page's metadata blob left in by the scraper):
 * runs of lines that open with `{` (or `[{`) and close when the brackets balance.
 */
export function findJsonBlobs(lines: readonly Line[]): JsonBlob[] {
  const blobs: JsonBlob[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.text;
    if (!/^(?:\{|\[\s*\{|\[$)/.test(start)) continue;
    const state = { inString: false };
    let depth = 0;
    const texts: string[] = [];
    let j = i;
    for (; j < lines.length && j < i + MAX_BLOB_LINES; j++) {
      texts.push(lines[j]!.text);
      depth += depthChange(lines[j]!.text, state);
      if (depth <= 0) break;
    }
    if (depth !== 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(texts.join('\n'));
    } catch {
      if (!looksLikeJson(texts.slice(1))) continue;
    }
    if (value !== undefined && (typeof value !== 'object' || value === null)) continue;
    blobs.push({ first: i, last: j, value });
    i = j;
  }
  return blobs;
}
