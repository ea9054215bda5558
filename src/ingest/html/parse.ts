import { parseHTML } from 'linkedom';
import { InputError } from '../../model/errors.js';

/** Deepest element nesting accepted; real pages stay far below it, and parsers recurse. */
export const MAX_NESTING = 1000;

/** How deeply the elements of `html` nest, counted by a quick scan of start and end tags. */
export function nestingDepth(html: string, stopAt = Infinity): number {
  const voids =
    /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|option|td|tr|th)$/i;
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (voids.test(m[2] ?? '') || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
  }
  return deepest;
}

/**
 * Parses HTML into a DOM document (linkedom), refusing pages nested too deeply to walk safely.
 * Input that is not a whole page (empty, bare text, or a fragment without `<html>`) is parsed as the
 * body of an empty page, so the document's root is always `<html>` and holds all its content.
 */
export function parseHtml(html: string, source: string): Document {
  if (nestingDepth(html, MAX_NESTING) > MAX_NESTING) {
    throw new InputError(
      source,
      `HTML is nested more than ${MAX_NESTING} elements deep; refusing to parse it`,
    );
  }
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html') return document as unknown as Document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}
