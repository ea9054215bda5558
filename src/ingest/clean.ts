import type { CleanDocument, DocumentMeta, MetadataHints, RawDocument } from '../model/document.js';
import { InputError } from '../model/errors.js';
import { extractArticle } from './html/extract-article.js';
import { parseHtml } from './html/parse.js';
import { normaliseAuthors } from './metadata/authors.js';
import { readHtmlMetadata } from './metadata/html-metadata.js';
import type { PlaceCheck } from './metadata/text-metadata.js';
import { cleanScrapedText } from './text/clean-text.js';

/** Options for {@link cleanDocument}. */
export interface CleanOptions {
  /**
   * Whether a name is a place ("New Delhi", "Abu Dhabi"): a credit line that names only a place
   * beside its date names no author. The gazetteer lives a stage later, so the caller passes it.
   */
  isPlace?: PlaceCheck;
}

/** A user's author hint split into names; kept whole when it does not read as names. */
const authorsHinted = (author: string) => {
  const names = normaliseAuthors(author);
  return names.length ? names : [author.trim()];
};

function applyHints(meta: DocumentMeta, hints: MetadataHints | undefined): DocumentMeta {
  if (!hints) return meta;
  return {
    ...meta,
    title: hints.title ?? meta.title,
    authors: hints.author ? authorsHinted(hints.author) : meta.authors,
    published: hints.published ?? meta.published,
    publisher: hints.publisher ?? meta.publisher,
    url: hints.url ?? meta.url,
  };
}

/**
 * Cleans one document: the article body as paragraphs separated by a blank line, stripped of site
 * chrome, and its metadata (title, authors, date, publisher, URL, language). Metadata the user
 * supplied in `raw.hints` wins. Throws {@link InputError} when nothing readable remains.
 *
 * @example
 *   const doc = cleanDocument({ source: 'a.html', format: 'html', content: html });
 *   doc.text.split('\n\n'); // paragraphs
 */
export function cleanDocument(raw: RawDocument, options: CleanOptions = {}): CleanDocument {
  let paragraphs: string[];
  let meta: DocumentMeta;
  if (raw.format === 'html') {
    const document = parseHtml(raw.content, raw.source);
    meta = readHtmlMetadata(document);
    paragraphs = extractArticle(document);
  } else {
    const format = raw.format === 'markdown' ? 'markdown' : 'text';
    ({ paragraphs, meta } = cleanScrapedText(raw.content, { format, isPlace: options.isPlace }));
  }
  const text = paragraphs.join('\n\n');
  if (!text.trim()) throw new InputError(raw.source, 'no article text found after removing site chrome');
  return { source: raw.source, format: raw.format, text, ...applyHints(meta, raw.hints) };
}
