import { extractDocument } from '../extract/extract-document.js';
import type { CleanDocument } from '../model/document.js';

/** The JSON shape of one cleaned document, as `clean --format json` prints it. */
export function documentJson(doc: CleanDocument) {
  return {
    source: doc.source,
    title: doc.title,
    author: doc.authors.length ? doc.authors.join(', ') : null,
    authors: doc.authors,
    published: doc.published,
    publisher: doc.publisher,
    url: doc.url,
    language: doc.language,
    text: doc.text,
  };
}

/**
 * One document in the contract of `resurgence extract --format json`: metadata, cleaned text and
 * everything extraction found, each event with its evidence offsets into `text`.
 */
export function extractJson(doc: CleanDocument) {
  const { events, claims, stance } = extractDocument(doc);
  return {
    ...documentJson(doc),
    events,
    claims,
    stance: stance?.stance ?? null,
    stanceEvidence: stance?.evidence ?? [],
  };
}
