import { normaliseSpace } from './blocks.js';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The titles a page gives itself: `og:title`, `twitter:title` and `<title>`, the latter also cut
 * at separators such as ` | ` or ` - ` that set off the site's name.
 */
export function pageTitles(document: Document): string[] {
  const titles: string[] = [];
  for (const meta of document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')) {
    const content = meta.getAttribute('content');
    if (content) titles.push(normaliseSpace(content));
  }
  const title = document.querySelector('title')?.textContent;
  if (title) {
    const whole = normaliseSpace(title);
    titles.push(whole, ...whole.split(/\s+[|\-–—:·•»]\s+/).filter((part) => part.length >= 15));
  }
  return titles.filter(Boolean);
}

/** Whether `text` (a heading) is the page's title: the same words as one of `titles`, give or take. */
export function isPageTitle(text: string, titles: string[]): boolean {
  const mine = words(text);
  if (mine.length === 0) return false;
  const key = mine.join(' ');
  for (const title of titles) {
    const theirs = words(title);
    const other = theirs.join(' ');
    if (key === other) return true;
    const similarLength = mine.length <= theirs.length * 1.5 && theirs.length <= mine.length * 1.5;
    if (!similarLength) continue;
    if (mine.length >= 4 && (other.includes(key) || key.includes(other))) return true;
    const set = new Set(theirs);
    const shared = mine.filter((w) => set.has(w)).length;
    if (shared / Math.max(mine.length, theirs.length) >= 0.8) return true;
  }
  return false;
}

/** Whether `text` opens with one of `titles` (three words or more), as a title run into its byline does. */
export function startsWithPageTitle(text: string, titles: string[]): boolean {
  const key = words(text).join(' ');
  return titles.some((title) => {
    const theirs = words(title);
    return theirs.length >= 3 && key.startsWith(theirs.join(' '));
  });
}
