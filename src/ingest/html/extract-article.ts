import { collectBlocks } from './blocks.js';
import type { Block } from './blocks.js';
import { confirmChrome, inChromeBelow } from './chrome-verdict.js';
import { chooseContainer } from './main-container.js';
import { pageTitles } from './page-title.js';
import { cleanBlocks } from './paragraph-filters.js';

/**
 * The article body of a parsed page as paragraphs of plain text, without site chrome.
 * Returns [] when the page holds no article.
 */
export function extractArticle(document: Document, _html?: string): string[] {
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const blocks = collectBlocks(root);
  const confirmed = confirmChrome(blocks);
  const container = chooseContainer(blocks, (b) => !inChromeBelow(b, -1, confirmed));
  if (!container) return [];
  const { elements, depth } = container;
  const inside = (b: Block) => {
    const at = b.path[depth];
    return at !== undefined && elements.includes(at) && !inChromeBelow(b, depth, confirmed);
  };
  return cleanBlocks(blocks.filter(inside), pageTitles(document)).map((b) => b.text);
}
