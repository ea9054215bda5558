import { normaliseSpace } from './blocks.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Paragraphs of an `articleBody`, which some sites fill with HTML and others with plain lines. */
function toParagraphs(body: string): string[] {
  const text = /<[a-z][^>]*>/i.test(body)
    ? body.replace(/<(?:br|\/p|\/div|\/h\d|\/li|\/blockquote)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' ')
    : body;
  return decodeEntities(text).split(/\n+/).map(normaliseSpace).filter(Boolean);
}

function findBodies(value: unknown, found: string[], depth = 0): void {
  if (depth > 20 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) findBodies(item, found, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'articleBody' && typeof item === 'string') found.push(item);
    else findBodies(item, found, depth + 1);
  }
}

/**
 * The longest `articleBody` the page declares in its JSON-LD, as paragraphs, or [] when it declares
 * none. Scripts that are not valid JSON are passed over.
 */
export function jsonLdArticleBody(document: Document): string[] {
  const found: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      findBodies(JSON.parse(script.textContent ?? ''), found);
    } catch {
      continue;
    }
  }
  const longest = found.sort((a, b) => b.length - a.length)[0];
  return longest ? toParagraphs(longest) : [];
}
