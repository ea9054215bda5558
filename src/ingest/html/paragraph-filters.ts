import { isAuthorBio } from './author-bio.js';
import type { Block } from './blocks.js';
import {
  CALL_TO_ACTION,
  CAPTION,
  CHROME_LABEL,
  COPYRIGHT,
  META_LINE,
  PUBLISHED,
  SUBSCRIPTION,
  TERMINAL,
  isDateOnly,
  isDatedByline,
} from './boilerplate-text.js';
import { isPageTitle, startsWithPageTitle } from './page-title.js';

const linkDensity = (block: Block) => block.linkChars / Math.max(1, block.text.length);

/** Whether the block reads like a sentence of article text rather than a label. */
const isSubstantial = (block: Block) =>
  block.kind !== 'heading' &&
  (block.text.length >= 80 || (block.text.length >= 25 && TERMINAL.test(block.text)));

/** Whether one block, on its own, reads as chrome. */
function isChromeBlock(block: Block): boolean {
  const { text } = block;
  if (block.caption) return true;
  const links = linkDensity(block);
  if (links > 0.75 || (links > 0.5 && !isSubstantial(block))) return true;
  if (text.length <= 60 && block.kind !== 'cell' && CHROME_LABEL.test(text)) return true;
  if (text.length <= 300 && (CALL_TO_ACTION.test(text) || CAPTION.test(text))) return true;
  if (text.length <= 100 && SUBSCRIPTION.test(text)) return true;
  if (text.length <= 200 && COPYRIGHT.test(text)) return true;
  if (text.length <= 120 && !(text.length > 60 && TERMINAL.test(text))) {
    if (META_LINE.test(text) || (PUBLISHED.test(text) && /\d/.test(text))) return true;
  }
  return isDateOnly(text) || isDatedByline(text);
}

/** A short line of two to five capitalised words and no sentence: a byline's name or a section label. */
function looksLikeName(block: Block): boolean {
  const { text } = block;
  if (block.kind === 'heading' || text.length > 40 || /[\d.!?:;,]/.test(text)) return false;
  const words = text.split(' ');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && words.length <= 5 && capitalised >= Math.ceil(words.length / 2);
}

/** A `<time>` element or a relative time on its own before the article: "Sunday", "5 hours ago". */
const isTimeLabel = ({ path, text }: Block) =>
  path.some((el) => el.localName === 'time') ||
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)$/i.test(
    text.trim(),
  );

/**
 * Drops what precedes the article's first words: the title heading (the body should not repeat it)
 * and the kicker, byline and date lines around it, up to the first substantial block.
 */
function trimLead(blocks: Block[], titles: string[]): Block[] {
  const firstText = blocks.findIndex(isSubstantial);
  if (firstText < 0) return blocks;
  let start = 0;
  for (let i = 0; i < firstText; i++) {
    const { text, path } = blocks[i]!;
    if (isPageTitle(text, titles) || startsWithPageTitle(text, titles) || path.at(-1)!.localName === 'h1') {
      start = i + 1;
    }
  }
  while (start < firstText && (looksLikeName(blocks[start]!) || isTimeLabel(blocks[start]!))) start++;
  if (start === firstText && isPageTitle(blocks[firstText]!.text, titles)) start++;
  return blocks.slice(start);
}

/**
 * A linked headline followed by at most a line of summary. A link that opens a sentence of prose
 * is followed by its punctuation ("<a>X</a>, said..."), a headline is not.
 */
function isTeaser(block: Block): boolean {
  const { leadLink, text } = block;
  if (leadLink.length < 15 || TERMINAL.test(leadLink)) return false;
  const rest = text.startsWith(leadLink) ? text.slice(leadLink.length).trimStart() : '';
  return !/^[.,;:!?]/.test(rest) && text.length - block.linkChars < 150;
}

/**
 * Drops groups of sibling blocks (the items of one list, repeated boxes in one wrapper) most of
 * which open with a link followed by at most a line of summary, and which are link-heavy overall:
 * lists of teasers for other stories.
 */
function dropTeaserGroups(blocks: Block[]): Block[] {
  const groups = new Map<Element | undefined, Block[]>();
  for (const block of blocks) {
    const parent = block.path.at(-2);
    const group = groups.get(parent);
    if (group) group.push(block);
    else groups.set(parent, [block]);
  }
  const teasers = new Set<Block>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const leading = group.filter(isTeaser).length;
    const chars = group.reduce((n, b) => n + b.text.length, 0);
    const links = group.reduce((n, b) => n + b.linkChars, 0);
    if (leading >= group.length * 0.6 && links >= chars * 0.3) group.forEach((b) => teasers.add(b));
  }
  return teasers.size ? blocks.filter((b) => !teasers.has(b)) : blocks;
}

const headingLevel = (block: Block) => {
  for (let i = block.path.length - 1; i >= 0; i--) {
    const level = /^h([1-6])$/.exec(block.path[i]!.localName)?.[1];
    if (level) return Number(level);
  }
  return 7;
};

/**
 * Whether the heading at `blocks[at]` is followed by kept text before the next heading of its level
 * or the end of the box that holds it and what follows it: a heading over chrome that is gone
 * ("Related stories", "Most read", a newsletter box's "Never miss a story") goes with it.
 */
function introducesText(blocks: Block[], at: number, kept: Set<Block>): boolean {
  const heading = blocks[at]!;
  const level = headingLevel(heading);
  const next = blocks[at + 1];
  let boxDepth = heading.path.length - 2;
  while (boxDepth > 0 && next && next.path[boxDepth] !== heading.path[boxDepth]) boxDepth--;
  const box = heading.path[boxDepth];
  for (let i = at + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.path[boxDepth] !== box) return false;
    if (block.kind === 'heading') {
      if (headingLevel(block) <= level) return false;
    } else if (kept.has(block)) {
      return true;
    }
  }
  return false;
}

/** What the page says about itself that the filters use: its titles and its authors' names. */
export interface PageFacts {
  titles: string[];
  authors: string[];
}

const wordsOf = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** How many quotation blocks are checked for repeats, to bound the work on huge pages. */
const MAX_PULL_QUOTES = 50;

/** Pull quotes: a short quotation block whose words repeat a run of words of another block. */
function dropPullQuotes(blocks: Block[]): Block[] {
  const quotes = blocks
    .filter((b) => b.kind === 'quote' && b.text.length >= 30 && b.text.length < 300)
    .slice(0, MAX_PULL_QUOTES);
  if (!quotes.length) return blocks;
  const others = blocks.filter((b) => b.kind !== 'quote').map((b) => wordsOf(b.text));
  const repeated = new Set(
    quotes.filter((quote) => {
      const words = wordsOf(quote.text);
      return others.some((text) => text.includes(words));
    }),
  );
  return repeated.size ? blocks.filter((b) => !repeated.has(b)) : blocks;
}

/**
 * Paragraph-level cleaning of the blocks inside the chosen container: drops blocks that read as
 * chrome on their own, teaser lists, pull quotes, notes about the author, headings left with no
 * text under them, and the title and what sits before the first sentence.
 */
export function cleanBlocks(blocks: Block[], page: PageFacts): Block[] {
  const survivors = dropPullQuotes(dropTeaserGroups(blocks)).filter(
    (block) => !isChromeBlock(block) && !isAuthorBio(block.text, page.authors),
  );
  const body = trimLead(survivors, page.titles);
  const kept = new Set(body);
  const at = new Map(blocks.map((block, i) => [block, i]));
  return body.filter((block) => block.kind !== 'heading' || introducesText(blocks, at.get(block)!, kept));
}
