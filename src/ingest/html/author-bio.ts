import { normaliseSpace } from './blocks.js';

/** The names a page gives for its authors: `meta name=author`, `article:author` and `rel=author` links. */
export function pageAuthors(document: Document): string[] {
  const names: string[] = [];
  for (const meta of document.querySelectorAll('meta[name="author"], meta[property="article:author"]')) {
    names.push(...(meta.getAttribute('content') ?? '').split(/\s*(?:,|&|\band\b)\s*/));
  }
  for (const link of document.querySelectorAll('a[rel="author"]')) names.push(link.textContent ?? '');
  return [...new Set(names.map(normaliseSpace))].filter(
    (name) => name.includes(' ') && name.length <= 60 && !/[/:@]/.test(name),
  );
}

const BIO_VERB = /^\s+(?:is|was|covers|reports|writes|has|had|joined|leads|edits|worked|works)\b/;

/** Whether `text` is a short note about one of `authors` ("Jane Doe covers security for ..."). */
export function isAuthorBio(text: string, authors: string[]): boolean {
  if (text.length > 300) return false;
  return authors.some((name) => text.startsWith(name) && BIO_VERB.test(text.slice(name.length)));
}
