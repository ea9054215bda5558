import { normaliseAuthors, unInvertName } from './authors.js';
import { isoDay, parseDate } from './dates.js';
import type { MetaFindings } from './metadata-object.js';

/** `<meta>` names (name, property or itemprop, any case) read for each field, best first. */
export const META_NAMES = {
  title: [
    'og:title',
    'twitter:title',
    'parsely-title',
    'sailthru.title',
    'dc.title',
    'citation_title',
    'headline',
  ],
  authors: [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'byl',
    'citation_author',
  ],
  published: [
    'article:published_time',
    'og:published_time',
    'published_time',
    'datepublished',
    'parsely-pub-date',
    'citation_publication_date',
    'citation_date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.created',
    'sailthru.date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'article.published',
    'article_date_original',
    'pdate',
    'displaydate',
    'date',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'],
  publisher: ['og:site_name', 'application-name', 'dc.publisher', 'citation_publisher', 'publisher'],
  url: ['og:url'],
  language: ['content-language', 'dc.language', 'og:locale', 'inlanguage'],
} as const;

/** Every `<meta>` value by lower-cased name, property, itemprop or http-equiv. */
export function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key) values.set(key, [...(values.get(key) ?? []), content]);
    }
  }
  return values;
}

const firstOf = (values: Map<string, string[]>, names: readonly string[]) => {
  for (const name of names) {
    const value = values.get(name)?.[0];
    if (value) return value;
  }
  return null;
};

function authorsOf(values: Map<string, string[]>): string[] {
  for (const name of META_NAMES.authors) {
    const raw = (values.get(name) ?? []).filter((v) => !/^https?:|^www\./.test(v));
    const names = normaliseAuthors(name === 'citation_author' ? raw.map(unInvertName) : raw);
    if (names.length) return names;
  }
  for (const n of ['1', '2']) {
    if (/written by|author/i.test(values.get(`twitter:label${n}`)?.[0] ?? '')) {
      const names = normaliseAuthors(values.get(`twitter:data${n}`)?.[0]);
      if (names.length) return names;
    }
  }
  return [];
}

/** A date as `<meta>` tags write it, "20240505" (some publishers' compact form) included. */
function metaDate(value: string | undefined): string | null {
  const compact = value?.trim().match(/^((?:19|20)\d{2})(\d{2})(\d{2})$/);
  return compact ? isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : parseDate(value);
}

/** What a page's `<meta>` tags say (OpenGraph, Twitter cards, Dublin Core, Parse.ly, citation_*). */
export function readMetaTags(document: Document): MetaFindings & { modified: string | null } {
  const values = metaValues(document);
  const locale = firstOf(values, META_NAMES.language);
  return {
    title: firstOf(values, META_NAMES.title),
    authors: authorsOf(values),
    published: META_NAMES.published.map((n) => metaDate(values.get(n)?.[0])).find(Boolean) ?? null,
    modified: parseDate(firstOf(values, META_NAMES.modified)),
    publisher:
      META_NAMES.publisher.map((n) => values.get(n)?.[0]).find((v) => v && !/^https?:|^@/.test(v)) ?? null,
    url: firstOf(values, META_NAMES.url),
    language: locale?.match(/^([a-z]{2,3})(?:[-_]|$)/i)?.[1]?.toLowerCase() ?? null,
  };
}
