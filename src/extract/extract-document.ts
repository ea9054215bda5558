import type { Claim, StanceReading } from '../model/claim.js';
import type { CleanDocument } from '../model/document.js';
import type { DocumentEvent } from '../model/event.js';
import { readClaims, type ClaimRules } from './claims/index.js';
import { extractEvents, type EventOptions } from './events/extract-events.js';

/** Options for {@link extractDocument}: the registries events are read with, and the claim rules. */
export interface ExtractOptions extends EventOptions {
  /** Factor framework and claim language (default: the shipped data files). */
  claimRules?: ClaimRules;
}

/** What extraction reads out of one cleaned document. */
export interface Extraction {
  events: DocumentEvent[];
  /** Statements about the factors of the framework, with offsets into the cleaned text. */
  claims: Claim[];
  /** The document's bottom line on the group's resurgence, or null when it takes none. */
  stance: StanceReading | null;
}

/**
 * Reads incidents and claims out of a cleaned document, each tied to the text it came from.
 *
 * @example
 *   const { events, claims, stance } = extractDocument(cleanDocument(raw));
 */
export function extractDocument(doc: CleanDocument, options: ExtractOptions = {}): Extraction {
  return {
    events: extractEvents(doc.text, doc.published, { title: doc.title, ...options }),
    ...readClaims(doc.text, options.claimRules, doc.title),
  };
}
