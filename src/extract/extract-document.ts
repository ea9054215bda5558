import type { CleanDocument } from '../model/document.js';
import type { DocumentEvent } from '../model/event.js';
import { extractEvents, type EventOptions } from './events/extract-events.js';

/** Options for {@link extractDocument}. */
export type ExtractOptions = EventOptions;

/** What extraction reads out of one cleaned document. */
export interface Extraction {
  events: DocumentEvent[];
}

/**
 * Reads incidents out of a cleaned document, each tied to the sentences it came from.
 *
 * @example
 *   const { events } = extractDocument(cleanDocument(raw));
 */
export function extractDocument(doc: CleanDocument, options: ExtractOptions = {}): Extraction {
  return { events: extractEvents(doc.text, doc.published, options) };
}
