import { findDate } from '../metadata/dates.js';
/** One non-blank line of a text, with what its layout says. */
export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  /** The line without its list marker, whitespace collapsed. */
  text: string;
  /** Leading spaces (a tab counts four). */
  indent: number;
  /** Began with a list marker (•, -, *, 1.). */
  bullet: boolean;
  /** Which run of lines between blank lines it belongs to. */
  block: number;
  /** The parts of a line set out with wide gaps (two spaces or a tab), when it has three or more. */
  cells?: string[];
}

const BULLET = /^(?:[•◦▪▫‣●○■□➤►▶✓✔-]|[*+]|\d{1,3}[.)])\s+/u;

/**
 * The non-blank lines of a text with indentation, list markers and the blank-line blocks they
 * belong to. Invisible characters (zero-width spaces, soft hyphens) are removed.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const clean = raw.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\u00a0/g, ' ');
    if (!clean.trim()) {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    const leading = clean.match(/^[ \t]*/)?.[0] ?? '';
    const indent = leading.replace(/\t/g, '    ').length;
    const trimmed = clean.trim();
    const bullet = BULLET.test(trimmed);
    // A numbered paragraph keeps its number ("2. The group …"): a citation may name it.
    const body = (bullet && !/^\d/.test(trimmed) ? trimmed.replace(BULLET, '') : trimmed).replace(
      /\s+/g,
      ' ',
    );
    const cells = trimmed.split(/\s{2,}|\t/);
    lines.push({
      index: lines.length,
      text: body || trimmed,
      indent,
      bullet,
      block,
      ...(cells.length >= 3 ? { cells } : {}),
    });
  }
  return lines;
}

const ENDS_SENTENCE = /[.!?…:;"'”’)\]]$/;
const CONTINUES = /^[\p{Ll}\d(]/u;
/** "(c) 2024 Outlet": a copyright line opens with its mark, not with the rest of a sentence. */
const COPYRIGHT_MARK = /^\(c\)\s/i;
/** A line wholly in brackets under another is a subtitle or a note, not the rest of a sentence. */
const ASIDE = /^\(.*\)$/;
/** A line that is a date and nothing else ("1 December 2024") is a date line under a header, not wrapped text. */
/** "by Jane Doe. Harbour Press, 2025.": a book's or a piece's credit under its title, not wrapped text. */
const CREDIT_UNDER = /^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:[.,;]|$)/u;
const isDateOnly = (text: string) => {
  if (text.length > 40) return false;
  const found = findDate(text);
  return found !== null && found.start === 0 && !/\p{L}/u.test(text.slice(found.end));
};

/** Whether a block's lines are one paragraph hard-wrapped at a fixed width. */
function isWrapped(block: readonly Line[]): boolean {
  if (block.length < 2 || block.some((l) => l.bullet)) return false;
  const inner = block.slice(0, -1);
  const open = inner.filter((l) => !ENDS_SENTENCE.test(l.text) && l.text.length >= 30).length;
  const continued = block
    .slice(1)
    .filter(
      (l) =>
        CONTINUES.test(l.text) &&
        !ASIDE.test(l.text) &&
        !isDateOnly(l.text) &&
        !COPYRIGHT_MARK.test(l.text) &&
        !CREDIT_UNDER.test(l.text),
    ).length;
  return open * 2 >= inner.length && continued * 2 >= inner.length;
}

/**
 * Joins the lines of hard-wrapped paragraphs (plain text or Markdown wrapped at a fixed width) into
 * one line each, so that one line is one paragraph, as in scraped text.
 */
export function joinWrappedLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
    const block = lines.slice(i, j);
    if (isWrapped(block)) {
      const { cells: _cells, ...first } = block[0]!;
      out.push({ ...first, text: block.map((l) => l.text).join(' ') });
    } else out.push(...block);
    i = j;
  }
  return out.map((line, index) => ({ ...line, index }));
}
