import type { DocumentMeta } from '../../model/document.js';

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
};

/** Metadata a page states about itself in `<meta>`, OpenGraph and `<title>`. */
export function readHtmlMetadata(document: Document): DocumentMeta {
  const author = meta(document, 'author', 'article:author');
  const published = meta(document, 'article:published_time', 'date', 'pubdate');
  return {
    title: meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null,
    authors: author ? [author] : [],
    published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    publisher: meta(document, 'og:site_name'),
    url:
      meta(document, 'og:url') ??
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      null,
    language: document.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase() || null,
  };
}
