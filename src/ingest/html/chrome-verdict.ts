import type { Block } from './blocks.js';
import { classAndIdOf } from './chrome-patterns.js';

/** Class/id words that say an element flagged as chrome may still be the article's wrapper. */
const MAYBE_ARTICLE = /article|story|entry|post|body|content|main|text|column|blog|news/;

/** Class/id words that say it is chrome whatever it holds, unless it holds most of the page. */
const SURELY_CHROME =
  /comment|related|recommend|cookie|consent|newsletter|footer|most-?read|popular|trending|promo|sponsor|advert/;

/** Whether a block reads like article prose: long enough, few links. */
export function isProse(block: Block): boolean {
  const { text, kind } = block;
  return text.length >= 80 && block.linkChars < text.length * 0.3 && kind !== 'heading' && kind !== 'item';
}

/**
 * Which of the elements flagged as chrome really are: a flagged element that holds half the page's
 * prose is the article's wrapper (a class such as `article paywall` or a page-wide `<form>`), and
 * one with an article-like class that holds a fifth of it is given the benefit of the doubt.
 */
export function confirmChrome(blocks: Block[]): Set<Element> {
  const prose = new Map<Element, number>();
  let total = 0;
  for (const block of blocks) {
    const chars = isProse(block) ? block.text.length : 0;
    total += chars;
    for (const i of block.chrome) {
      const element = block.path[i]!;
      prose.set(element, (prose.get(element) ?? 0) + chars);
    }
  }
  const confirmed = new Set<Element>();
  for (const [element, chars] of prose) {
    if (total > 0 && chars >= total * 0.5) continue;
    const classAndId = classAndIdOf(element);
    const doubtful = MAYBE_ARTICLE.test(classAndId) && !SURELY_CHROME.test(classAndId);
    if (doubtful && total > 0 && chars >= total * 0.2) continue;
    confirmed.add(element);
  }
  return confirmed;
}

/** Whether `block` sits in confirmed chrome below depth `depth` of its path. */
export function inChromeBelow(block: Block, depth: number, confirmed: Set<Element>): boolean {
  for (const i of block.chrome) {
    if (i > depth && confirmed.has(block.path[i]!)) return true;
  }
  return false;
}
