import { SKIPPED_TAGS, classAndIdOf, isChrome, isHidden } from './chrome-patterns.js';

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
}

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
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
      });
    }
    linkChars = 0;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      if (linkDepth) linkChars += normaliseSpace(data).length + 1;
      if (breaks && /\S/.test(data)) breaks = 0;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      if (++breaks >= 2) flush();
      else parts.push(' ');
      return;
    }
    const classAndId = classAndIdOf(element);
    if (isHidden(element, classAndId)) return;
    if (INLINE_TAGS.has(tag)) {
      if (tag === 'a') linkDepth++;
      for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
      if (tag === 'a') linkDepth--;
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
  return joinTableRows(blocks);
}

const isShortCell = (block: Block) => {
  const tag = block.path.at(-1)?.localName;
  return (tag === 'td' || tag === 'th') && block.text.length < 100;
};

/** Joins the short cells of one table row into one block, so a row reads as one line. */
function joinTableRows(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (
      last &&
      isShortCell(block) &&
      isShortCell(last) &&
      last.path.length === block.path.length &&
      last.path.at(-2) === block.path.at(-2)
    ) {
      joined[joined.length - 1] = {
        ...last,
        text: `${last.text} ${block.text}`,
        linkChars: last.linkChars + block.linkChars,
      };
    } else {
      joined.push(block);
    }
  }
  return joined;
}
