import type { DocumentMeta } from '../../model/document.js';
import { analyseLines, type Analysis } from '../text/analyse.js';
import { joinWrappedLines, splitLines } from '../text/lines.js';
import { combineFindings } from './combine.js';
import { dateFromUrl, parseDate } from './dates.js';
import { readJsonLd } from './json-ld.js';
import { readMetaTags } from './meta-tags.js';
import type { MetaFindings } from './metadata-object.js';
import { readTextMetadata, updatedDate } from './text-metadata.js';
import { siteFromTitle } from './titles.js';
import { visibleText } from './visible-text.js';

const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || null;

/** The date of the page's `<time>` element: one marked as the publication date, else the article's. */
function timeElementDate(document: Document): string | null {
  // schema.org microdata, HTML5's pubdate, and the hAtom microformat (`<abbr class="published" title="…">`)
  const marked = document.querySelectorAll('[itemprop="datePublished"], time[pubdate], .published[title]');
  const inArticle = document.querySelectorAll(
    'article time[datetime], main time[datetime], header time[datetime]',
  );
  for (const el of [...marked, ...inArticle, ...document.querySelectorAll('time[datetime]')]) {
    const written = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title');
    const date = parseDate(written ?? el.textContent);
    if (date) return date;
  }
  return null;
}

/** What the page's markup says outside `<meta>` and JSON-LD: `<h1>`, canonical link, `<html lang>`, `<time>`. */
function readMarkup(document: Document): MetaFindings {
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  return {
    title: textOf(document.querySelector('h1')),
    published: timeElementDate(document),
    url: document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || null,
    language: lang ? (lang.split(/[-_]/)[0]?.toLowerCase() ?? null) : null,
  };
}

/**
 * Findings read only when a field is asked for: the page's visible lines are analysed only when
 * the markup leaves a field open (95 of the article benchmark's 181 pages are spared it).
 */
function whenAsked(read: () => MetaFindings): MetaFindings {
  let found: MetaFindings | undefined;
  return new Proxy({}, { get: (_, key: keyof MetaFindings) => (found ??= read())[key] });
}

/**
 * Metadata a page states about itself. Each field comes from the first source that gives it:
 *
 * - title: OpenGraph/Twitter/other `<meta>` titles, JSON-LD headline, `<h1>`, `<title>` (a trailing
 *   " | Site" is dropped when Site is the publisher);
 * - authors: JSON-LD author(s), `<meta>` author tags, the visible byline;
 * - published: JSON-LD datePublished, `<meta>` publication dates, `<time>`, a visible date line,
 *   a date in the URL path, and only then a modification date; never the clock;
 * - publisher: og:site_name and other `<meta>`, JSON-LD publisher, the `<title>` suffix, a
 *   visible copyright line;
 * - url: canonical link, og:url, JSON-LD; language: `<html lang>`, `<meta>`, JSON-LD, the text.
 */
export function readHtmlMetadata(document: Document): DocumentMeta {
  const ld = readJsonLd(document);
  const tags = readMetaTags(document);
  const markup = readMarkup(document);
  let analysis: Analysis | undefined;
  const analysed = () => (analysis ??= analyseLines(joinWrappedLines(splitLines(visibleText(document)))));
  const visible = whenAsked(() => readTextMetadata(analysed(), { updated: false }));
  const rawTitle = textOf(document.querySelector('title'));
  const headline = tags.title ?? ld.title ?? markup.title;
  const url = markup.url ?? tags.url ?? ld.url ?? null;
  const titleSite: MetaFindings = { publisher: siteFromTitle(rawTitle, headline) };
  const fallbacks: MetaFindings = {
    title: rawTitle,
    get published() {
      return dateFromUrl(url) ?? tags.modified ?? updatedDate(analysed());
    },
  };
  return combineFindings([tags, ld, markup, visible, fallbacks], {
    rawTitle,
    order: {
      title: [tags, ld, markup, fallbacks, visible],
      authors: [ld, tags, visible],
      published: [ld, tags, markup, visible, fallbacks],
      publisher: [tags, ld, titleSite, visible],
      url: [markup, tags, ld],
      language: [markup, tags, ld, visible],
    },
  });
}
