import { readMetadataObject, type MetaFindings } from './metadata-object.js';

/** A JSON-LD script's text parsed, tolerating the control characters pages leave in strings. */
function parseJsonLd(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(Array.from(trimmed, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join(''));
    } catch {
      return undefined;
    }
  }
}

/**
 * What a page's JSON-LD (`<script type="application/ld+json">`) says about its article: the first
 * script that describes an article (NewsArticle, Article, Report, BlogPosting, ... at the top, in
 * an array or in `@graph`) wins; scripts that do not parse are skipped.
 */
export function readJsonLd(document: Document): MetaFindings {
  const articles: MetaFindings[] = [];
  const others: MetaFindings[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const value = parseJsonLd(script.textContent ?? '');
    if (value === undefined) continue;
    const meta = readMetadataObject(value);
    (meta.title || meta.published || meta.authors?.length ? articles : others).push(meta);
  }
  const merged: MetaFindings = {};
  for (const meta of [...articles, ...others]) {
    for (const [key, value] of Object.entries(meta) as [keyof MetaFindings, unknown][]) {
      const stated = Array.isArray(value) ? value.length > 0 : !!value;
      if (stated && !merged[key]?.length) Object.assign(merged, { [key]: value });
    }
  }
  return merged;
}
