import { cleanDocument } from '../ingest/clean.js';
import type { CleanDocument, RawDocument } from '../model/document.js';
import { isShippedPlaceName } from './places/is-place-name.js';

/**
 * Cleans a document as every front end does before extraction: {@link cleanDocument} with the
 * shipped gazetteer telling a place from a person in credit lines ("New Delhi | 5 May 2024").
 *
 * @example
 *   const doc = cleanForExtraction(await readDocumentFile('report.html'));
 */
export const cleanForExtraction = (raw: RawDocument): CleanDocument =>
  cleanDocument(raw, { isPlace: isShippedPlaceName });
