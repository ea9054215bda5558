import { Readability } from '@mozilla/readability';

/**
 * The article body of a parsed page as paragraphs of plain text, without site chrome.
 * Mutates `document` (call it after reading metadata).
 */
export function extractArticle(document: Document): string[] {
  const article = new Readability(document).parse();
  const text = article?.textContent ?? '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
