import type { Block } from './blocks.js';
import { classAndIdOf, classWeight } from './chrome-patterns.js';

/** Per-element totals gathered from the blocks beneath it. */
interface Stats {
  depth: number;
  blocks: number;
  chars: number;
  linkChars: number;
  score: number;
  scored: boolean;
}

/** The elements whose blocks make up the article, all children of one parent (or one element). */
export interface Container {
  elements: Element[];
  /** Depth of the elements in each block's `path`. */
  depth: number;
}

const TAG_SCORE: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  main: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

const CONTAINER_TAGS = new Set(['body', 'article', 'main', 'section']);

/** Whether a block counts when scoring containers: chrome is left out unless asked for. */
export type BlockFilter = (block: Block) => boolean;

function gather(blocks: Block[], counts: BlockFilter): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const statsOf = (element: Element, depth: number) => {
    let entry = stats.get(element);
    if (!entry) {
      entry = { depth, blocks: 0, chars: 0, linkChars: 0, score: 0, scored: false };
      stats.set(element, entry);
    }
    return entry;
  };
  for (const block of blocks) {
    if (!counts(block)) continue;
    const { path, text } = block;
    for (let i = 0; i < path.length; i++) {
      const entry = statsOf(path[i]!, i);
      entry.blocks++;
      entry.chars += text.length;
      entry.linkChars += block.linkChars;
    }
    if (text.length < 25 || block.kind === 'heading' || block.kind === 'item') continue;
    const points = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    let start = path.length - 1;
    if (start > 0 && !block.loose && !CONTAINER_TAGS.has(path[start]!.localName)) start--;
    for (let level = 0; level < 5 && start - level >= 0; level++) {
      const element = path[start - level]!;
      const entry = statsOf(element, start - level);
      if (!entry.scored) {
        entry.scored = true;
        entry.score = (TAG_SCORE[element.localName] ?? 0) + classWeight(element, classAndIdOf(element));
      }
      entry.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  return stats;
}

const linkDensity = (s: Stats) => (s.chars ? s.linkChars / s.chars : 0);
const finalScore = (s: Stats) => s.score * (1 - linkDensity(s));

/**
 * Picks the element most likely to hold the article, Readability-style: paragraphs score their
 * ancestors by length and commas, class names and link density weigh in, and the winner may move
 * up to a parent that shares the score or that holds several near-winners, then takes along
 * siblings that score well or read like prose. Returns null when no paragraph scored.
 */
export function chooseContainer(blocks: Block[], counts: BlockFilter): Container | null {
  const stats = gather(blocks, counts);
  let top: Element | null = null;
  let topScore = -Infinity;
  const finals = new Map<Element, number>();
  for (const [element, entry] of stats) {
    if (!entry.scored) continue;
    const score = finalScore(entry);
    finals.set(element, score);
    if (score > topScore) {
      topScore = score;
      top = element;
    }
  }
  if (!top) return null;
  top = climb(top, topScore, finals, stats);
  const depth = stats.get(top)!.depth;
  return { elements: withSiblings(top, finals, stats), depth };
}

function climb(
  top: Element,
  topScore: number,
  finals: Map<Element, number>,
  stats: Map<Element, Stats>,
): Element {
  const rivals = [...finals]
    .filter(([el, s]) => s >= topScore * 0.6 && !el.contains(top) && !top.contains(el))
    .map(([el]) => el);
  let ancestor = top.parentElement;
  for (let level = 0; level < 3 && ancestor && stats.has(ancestor); level++) {
    if (rivals.some((r) => ancestor!.contains(r))) {
      top = ancestor;
      break;
    }
    ancestor = ancestor.parentElement;
  }
  let lastScore = finals.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && stats.has(parent); parent = parent.parentElement) {
    const score = finals.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) {
      top = parent;
      break;
    }
    lastScore = score;
  }
  while (top.parentElement && stats.has(top.parentElement) && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }
  return top;
}

function withSiblings(top: Element, finals: Map<Element, number>, stats: Map<Element, Stats>): Element[] {
  const parent = top.parentElement;
  if (!parent || !stats.has(parent)) return [top];
  const topScore = finals.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const chosen: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      chosen.push(sibling);
      continue;
    }
    const entry = stats.get(sibling);
    if (!entry) continue;
    const bonus = topClass && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const score = finals.get(sibling);
    if (score !== undefined && score + bonus >= threshold) chosen.push(sibling);
    else if ((sibling.localName === 'p' || entry.blocks === 1) && readsLikeProse(entry)) chosen.push(sibling);
    else if (entry.chars - entry.linkChars >= 500 && linkDensity(entry) < 0.2) chosen.push(sibling);
  }
  return chosen;
}

function readsLikeProse(entry: Stats): boolean {
  const density = linkDensity(entry);
  return (entry.chars > 80 && density < 0.25) || (entry.chars > 0 && density === 0);
}
