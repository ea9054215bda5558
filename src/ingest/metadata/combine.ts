import type { DocumentMeta } from '../../model/document.js';
import type { MetaFindings } from './metadata-object.js';
import { sameName, siteFromTitle, stripSiteSuffix } from './titles.js';

/** Per field, the sources to consult in order when it differs from the default order. */
export type FieldOrder = Partial<Record<keyof MetaFindings, readonly MetaFindings[]>>;

function first<K extends keyof MetaFindings>(
  sources: readonly MetaFindings[],
  key: K,
): MetaFindings[K] | null {
  for (const source of sources) {
    const value = source[key];
    if (Array.isArray(value) ? value.length > 0 : value) return value;
  }
  return null;
}

/**
 * Combines what several sources say into one {@link DocumentMeta}: each field comes from the first
 * source (in `sources` order, or `order[field]`) that states it. The publisher falls back on the
 * site name a `rawTitle` (a page's `<title>`) carries; the title loses a trailing " | Site" when
 * Site is the publisher or one of `siteNames`; an author who is the publisher is dropped.
 */
export function combineFindings(
  sources: readonly MetaFindings[],
  options: { order?: FieldOrder; rawTitle?: string | null; siteNames?: readonly (string | null)[] } = {},
): DocumentMeta {
  const { order = {}, rawTitle = null, siteNames = [] } = options;
  const pick = <K extends keyof MetaFindings>(key: K) => first(order[key] ?? sources, key);
  const title = pick('title');
  const publisher = pick('publisher') ?? siteFromTitle(rawTitle, title) ?? siteFromTitle(title);
  const sites = [publisher, ...siteNames];
  const authors = (pick('authors') ?? []).filter((name) => !sites.some((site) => sameName(site, name)));
  return {
    title: title ? stripSiteSuffix(title.replace(/\s+/g, ' ').trim(), sites) : null,
    authors,
    published: pick('published') ?? null,
    publisher: publisher ? publisher.replace(/\s+/g, ' ').trim() : null,
    url: pick('url') ?? null,
    language: pick('language') ?? null,
  };
}
