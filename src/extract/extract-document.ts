import type { Claim, StanceReading } from '../model/claim.js';
import type { CleanDocument } from '../model/document.js';
import type { DocumentEvent } from '../model/event.js';
import { readClaims, type ClaimRules } from './claims/index.js';

/** Options for {@link extractDocument}. */
export interface ExtractOptions {
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
 * Reads incidents out of a cleaned document, each tied to the sentences it came from.
 *
 * @example
 *   const { events } = extractDocument(cleanDocument(raw));
 */
export function extractDocument(doc: CleanDocument, options: ExtractOptions = {}): Extraction {
  return { events: [], ...readClaims(doc.text, options.claimRules) };
}
