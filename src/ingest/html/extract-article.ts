import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectBlocks } from './blocks.js';
import type { Block } from './blocks.js';
import { confirmChrome, inChromeBelow } from './chrome-verdict.js';
import { jsonLdArticleBody } from './json-ld-body.js';
import { chooseContainer } from './main-container.js';
import { isPageTitle, pageTitles } from './page-title.js';
import { cleanBlocks } from './paragraph-filters.js';
import type { PageFacts } from './paragraph-filters.js';
import { pageAuthors } from './author-bio.js';

/** Where the paragraphs of an article came from. */
export type ArticleSource = 'dom' | 'json-ld' | 'readability';

/** The article body of a page and which candidate supplied it. */
export interface Article {
  paragraphs: string[];
  source: ArticleSource | null;
}

/** Less sentence text than this and a candidate holds no article. */
const MIN_ARTICLE_CHARS = 120;

const sentenceChars = (paragraphs: string[]) =>
  paragraphs.reduce((n, p) => n + (p.length >= 60 || /[.!?。]["”’)]?$/.test(p) ? p.length : 0), 0);

const totalChars = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * The article as our own block walk finds it: container scoring, chrome verdicts, paragraph filters.
 * With no paragraph to score (a page of list items only) the whole page goes to the filters.
 */
function fromBlocks(root: Element, page: PageFacts): string[] {
  const blocks = collectBlocks(root);
  const confirmed = confirmChrome(blocks);
  const { elements, depth } = chooseContainer(blocks, (b) => !inChromeBelow(b, -1, confirmed)) ??
    chooseContainer(blocks, () => true) ?? { elements: [root], depth: 0 };
  const chosen = new Set(elements);
  const inside = (b: Block) => {
    const at = b.path[depth];
    return at !== undefined && chosen.has(at) && !inChromeBelow(b, depth, confirmed);
  };
  return cleanBlocks(blocks.filter(inside), page).map((b) => b.text);
}

/** Readability.js's pick, cut into paragraphs by the same walk; [] if it fails. Mutates `document`. */
function fromReadability(document: Document, page: PageFacts): string[] {
  let content: string | null | undefined;
  try {
    content = new Readability(document).parse()?.content;
  } catch {
    return [];
  }
  if (!content) return [];
  const fragment = parseHTML(`<!doctype html><html><body>${content}</body></html>`).document;
  return fragment.documentElement ? fromBlocks(fragment.documentElement as unknown as Element, page) : [];
}

/** The JSON-LD body without a leading copy of the title. */
function fromJsonLd(document: Document, titles: string[]): string[] {
  const paragraphs = jsonLdArticleBody(document);
  return paragraphs[0] !== undefined && isPageTitle(paragraphs[0], titles) ? paragraphs.slice(1) : paragraphs;
}

/**
 * Finds the article body of a parsed page, choosing between candidates: our own block walk over the
 * DOM; the page's JSON-LD `articleBody`, taken when the walk found much less than it declares; and
 * Readability.js, run only when neither holds an article. Mutates `document` in that last case.
 */
export function findArticle(document: Document): Article {
  const root = document.documentElement;
  if (!root) return { paragraphs: [], source: null };
  const page = { titles: pageTitles(document), authors: pageAuthors(document) };
  const dom = fromBlocks(root, page);
  const declared = fromJsonLd(document, page.titles);
  const domChars = sentenceChars(dom);
  const declaredChars = sentenceChars(declared);
  if (declaredChars >= MIN_ARTICLE_CHARS && totalChars(dom) < totalChars(declared) * 0.6) {
    return { paragraphs: declared, source: 'json-ld' };
  }
  if (domChars >= MIN_ARTICLE_CHARS) return { paragraphs: dom, source: 'dom' };
  const fallback = fromReadability(document, page);
  if (sentenceChars(fallback) >= MIN_ARTICLE_CHARS) return { paragraphs: fallback, source: 'readability' };
  if (declaredChars > 0) return { paragraphs: declared, source: 'json-ld' };
  return { paragraphs: [], source: null };
}

/**
 * The article body of a parsed page as paragraphs of plain text (headings and list items each
 * their own paragraph), without site chrome. Returns [] when the page holds no article. Call it
 * after reading metadata: it may mutate `document`.
 *
 * @example
 *   const paragraphs = extractArticle(parseHtml(html, 'page.html'));
 */
export function extractArticle(document: Document): string[] {
  return findArticle(document).paragraphs;
}
