import { readMetadataObject, type MetaFindings } from '../metadata/metadata-object.js';
import { classifyLine, type LineInfo } from './classify.js';
import { markContextChrome } from './context.js';
import { findJsonBlobs } from './json-blobs.js';
import { findLayout, type Layout } from './layout.js';
import type { Line } from './lines.js';

/** A page's lines classified and laid out, with what its embedded JSON blobs say. */
export interface Analysis {
  lines: readonly Line[];
  infos: LineInfo[];
  layout: Layout;
  /** Metadata from JSON blobs written into the text, first blob first. */
  blobs: MetaFindings[];
}

/**
 * Classifies every line of a page (prose, short, byline, date, chrome of which kind), marks the
 * chrome only neighbours reveal (JSON blobs, menus, teaser lists, blurbs) and finds the headline and
 * the article body.
 */
export function analyseLines(lines: readonly Line[]): Analysis {
  const infos = lines.map(classifyLine);
  const blobs: MetaFindings[] = [];
  for (const blob of findJsonBlobs(lines)) {
    for (let i = blob.first; i <= blob.last; i++) infos[i] = { kind: 'chrome', chrome: 'json' };
    if (blob.value !== undefined) blobs.push(readMetadataObject(blob.value));
  }
  markContextChrome(lines, infos);
  return { lines, infos, layout: findLayout(lines, infos), blobs };
}
