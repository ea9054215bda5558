import { SKIPPED_TAGS, classAndIdOf, isChrome, isHidden, isInlineChrome } from './chrome-patterns.js';

/** What kind of text a block is, from the innermost block-level element around it. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'pre' | 'cell';

/** One run of text between block-level boundaries, with where it sits in the page. */
export interface Block {
  /** Whitespace-normalised plain text. */
  text: string;
  /** How many of its characters are link text. */
  linkChars: number;
  kind: BlockKind;
  /** Block-level elements from the walk's root down to the innermost one holding the text. */
  path: Element[];
  /** Whether the text sits loose beside block-level siblings rather than in its own element. */
  loose: boolean;
  /** Indices in `path` of the elements that look like chrome, outermost first. */
  chrome: number[];
  /** The link text it opens with, or '' (a teaser opens with a linked headline). */
  leadLink: string;
  /** Whether it is the only text beside an image (a caption or credit). */
  caption: boolean;
}

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'svg', 'canvas', 'iframe']);

/** Elements that start a new block; anything else (custom elements too) flows inline, as browsers show it. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HEADING = /^h[1-6]$/;

function kindOf(path: Element[]): BlockKind {
  let kind: BlockKind = 'paragraph';
  for (let i = path.length - 1; i >= 0; i--) {
    const tag = path[i]!.localName;
    if (tag === 'blockquote') return 'quote';
    if (kind !== 'paragraph') continue;
    if (HEADING.test(tag)) kind = 'heading';
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') kind = 'item';
    else if (tag === 'pre') kind = 'pre';
    else if (tag === 'td' || tag === 'th') kind = 'cell';
  }
  return kind;
}

/** Collapses runs of whitespace (non-breaking and zero-width included) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Walks the DOM under `root` in document order and cuts its visible text into blocks at block-level
 * boundaries and at double line breaks. Scripts, styles, forms controls, media and hidden elements
 * are skipped; elements that look like chrome are kept but flagged (see {@link Block.chrome}).
 */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const path: Element[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let breaks = 0;
  const chrome: number[] = [];
  const hasBlockChild: boolean[] = [];
  const mediaHolders = new Set<Element>();
  let leadLink: string[] | null = null;
  let leadOpen = false;

  const flush = () => {
    breaks = 0;
    if (!parts.length) return;
    const text = normaliseSpace(parts.join(''));
    parts = [];
    if (text) {
      const links = Math.min(linkChars, text.length);
      blocks.push({
        text,
        linkChars: links,
        kind: kindOf(path),
        path: path.slice(),
        loose: hasBlockChild[hasBlockChild.length - 1] ?? false,
        chrome: chrome.slice(),
        leadLink: leadLink ? normaliseSpace(leadLink.join('')) : '',
        caption: false,
      });
    }
    linkChars = 0;
    leadLink = null;
    leadOpen = false;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      if (leadLink === null && /\S/.test(data)) {
        leadLink = [];
        leadOpen = linkDepth > 0;
      }
      if (leadOpen) leadLink?.push(data);
      if (linkDepth) linkChars += normaliseSpace(data).length + 1;
      if (breaks && /\S/.test(data)) breaks = 0;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) {
      if (MEDIA_TAGS.has(tag) && path.length) mediaHolders.add(path[path.length - 1]!);
      return;
    }
    if (tag === 'br') {
      if (++breaks >= 2) flush();
      else parts.push(' ');
      return;
    }
    const classAndId = classAndIdOf(element);
    if (isHidden(element, classAndId)) return;
    if (!BLOCK_TAGS.has(tag)) {
      if (isInlineChrome(classAndId)) return;
      if (tag === 'a') linkDepth++;
      for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
      if (tag === 'a' && --linkDepth === 0) leadOpen = false;
      return;
    }
    if (hasBlockChild.length) hasBlockChild[hasBlockChild.length - 1] = true;
    flush();
    path.push(element);
    hasBlockChild.push(false);
    const flagged = isChrome(element, tag, classAndId);
    if (flagged) chrome.push(path.length - 1);
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    flush();
    path.pop();
    hasBlockChild.pop();
    if (flagged) chrome.pop();
  };

  visit(root);
  return markCaptions(joinTableRows(blocks), mediaHolders);
}

/**
 * Flags as captions the blocks that are the only short text under an element holding an image
 * (one or two levels up): the picture's caption or credit, not the article.
 */
function markCaptions(blocks: Block[], mediaHolders: Set<Element>): Block[] {
  if (!mediaHolders.size) return blocks;
  const near = (block: Block) => block.path.slice(-2).filter((element) => mediaHolders.has(element));
  const blocksUnder = new Map<Element, number>();
  for (const block of blocks) {
    for (const holder of near(block)) blocksUnder.set(holder, (blocksUnder.get(holder) ?? 0) + 1);
  }
  for (const block of blocks) {
    if (block.text.length >= 300) continue;
    block.caption = near(block).some((holder) => blocksUnder.get(holder) === 1);
  }
  return blocks;
}

const cellOf = (block: Block) => {
  const element = block.path.at(-1);
  return element?.localName === 'td' || element?.localName === 'th' ? element : undefined;
};

/** Joins the cells of one table row into one block, so a row reads as one line, when each cell is short. */
function joinTableRows(blocks: Block[]): Block[] {
  const blocksInCell = new Map<Element, number>();
  for (const block of blocks) {
    const cell = cellOf(block);
    if (cell) blocksInCell.set(cell, (blocksInCell.get(cell) ?? 0) + 1);
  }
  const isShortCell = (block: Block) => {
    const cell = cellOf(block);
    return cell !== undefined && blocksInCell.get(cell) === 1 && block.text.length < 100;
  };
  const joined: Block[] = [];
  let lastWasShortCell = false;
  for (const block of blocks) {
    const last = joined.at(-1);
    const shortCell = isShortCell(block);
    if (last && shortCell && lastWasShortCell && last.path.at(-2) === block.path.at(-2)) {
      joined[joined.length - 1] = {
        ...last,
        text: `${last.text} ${block.text}`,
        linkChars: last.linkChars + block.linkChars,
      };
    } else {
      joined.push(block);
    }
    lastWasShortCell = shortCell;
  }
  return joined;
}
