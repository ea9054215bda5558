import type { DocumentMeta } from '../../model/document.js';

/** A scraped or plain text reduced to its article paragraphs, with what it says about itself. */
export interface CleanedText {
  paragraphs: string[];
  meta: DocumentMeta;
}

/** Splits plain text into paragraphs (blank-line separated) and takes a short first line as the title. */
export function cleanScrapedText(text: string): CleanedText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs[0] ?? '';
  const title = first.length < 200 && !/[.!?]$/.test(first) ? first : null;
  return {
    paragraphs,
    meta: { title, authors: [], published: null, publisher: null, url: null, language: null },
  };
}
