import { isRecordField, isRelatedHeading } from './chrome-rules.js';
import type { ContextChromeKind, LineInfo } from './classify.js';
import type { Line } from './lines.js';

const words = (text: string) => text.split(/\s+/).length;
const mark = (infos: LineInfo[], index: number, chrome: ContextChromeKind) => {
  infos[index] = { kind: 'chrome', chrome };
};

/**
 * Three or more short items in a row (a menu, a list of sections) are navigation; a dataset
 * record's "field: value" lines are not items.
 */
function markNavRuns(lines: readonly Line[], infos: LineInfo[]): void {
  const isItem = (i: number) =>
    infos[i]!.kind === 'short' &&
    words(lines[i]!.text) <= (lines[i]!.bullet ? 5 : 3) &&
    !isRecordField(lines[i]!.text);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && isItem(j)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) mark(infos, k, 'nav');
    i = Math.max(j, i + 1);
  }
}

/**
 * A short list item with indented lines under it (a card: label, title, summary, author) is a
 * teaser for another page, however long its summary.
 */
function markListCards(lines: readonly Line[], infos: LineInfo[]): void {
  for (let i = 0; i < lines.length; i++) {
    const item = lines[i]!;
    if (!item.bullet || infos[i]!.kind === 'prose') continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.bullet && lines[j]!.indent > item.indent) j++;
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) mark(infos, k, 'teaser');
    i = j - 1;
  }
}

/** A paragraph followed by "Learn more" or "Find out more" is a blurb for another page. */
function markBlurbs(lines: readonly Line[], infos: LineInfo[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!/^[\W_]*(?:learn more|find out more|discover more|explore)\b.{0,30}$/i.test(lines[i]!.text))
      continue;
    mark(infos, i, 'blurb');
    let k = i - 1;
    while (k >= 0 && infos[k]!.kind === 'prose' && lines[k]!.block === lines[i]!.block)
      mark(infos, k--, 'blurb');
    if (k === i - 1 && k >= 0 && infos[k]!.kind === 'prose') {
      const block = lines[k]!.block;
      if (lines[k - 1]?.block !== block) mark(infos, k, 'blurb');
    }
  }
}

/** A title-like line directly followed, in the same block, by a short summary sentence. */
function teaserPairAt(lines: readonly Line[], infos: LineInfo[], i: number): boolean {
  const title = lines[i]!;
  const summary = lines[i + 1];
  return (
    !!summary &&
    summary.block === title.block &&
    infos[i]!.kind === 'short' &&
    !isRecordField(title.text) &&
    words(title.text) >= 3 &&
    words(title.text) <= 20 &&
    infos[i + 1]!.kind === 'prose' &&
    summary.text.length <= 260
  );
}

/**
 * Lists of other articles: title + one-sentence summary pairs (optionally with a name line) that come
 * two or more in a row, or one or more after a "Related" heading. A run ends at any line that is
 * neither a teaser, chrome nor a short line between teasers.
 */
function markTeaserRuns(lines: readonly Line[], infos: LineInfo[]): void {
  let run: number[] = [];
  let afterHeading = false;
  const flush = () => {
    const pairs = run.filter((i) => teaserPairAt(lines, infos, i));
    if (pairs.length >= 2 || (afterHeading && pairs.length >= 1)) {
      for (const i of pairs) {
        mark(infos, i, 'teaser');
        mark(infos, i + 1, 'teaser');
        if (infos[i + 2]?.kind === 'short' && lines[i + 2]!.block === lines[i]!.block)
          mark(infos, i + 2, 'teaser');
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (isRelatedHeading(lines[i]!.text)) {
      flush();
      afterHeading = true;
      continue;
    }
    if (teaserPairAt(lines, infos, i)) {
      run.push(i);
      i++;
      continue;
    }
    if (infos[i]!.kind === 'prose') {
      flush();
      afterHeading = false;
    }
  }
  flush();
}

/**
 * A wire's sign-off after the last paragraph: "-- Agency", or a rule ("--", "—") with the agency's
 * name on the next line.
 */
function markSignOff(lines: readonly Line[], infos: LineInfo[]): void {
  let last = infos.length - 1;
  while (last >= 0 && infos[last]!.kind !== 'prose') last--;
  const tail = lines.slice(last + 1);
  if (last < 0 || !tail.length || tail.length > 3) return;
  if (!/^(?:-{2,}|[—–])(?:\s*\p{Lu}[\p{L}&.'’ -]{1,60})?$/u.test(tail[0]!.text)) return;
  if (tail.slice(1).some((line) => words(line.text) > 6)) return;
  for (const line of tail) mark(infos, line.index, 'signoff');
}

/** Marks the chrome that only a line's neighbours reveal: menus, cards, blurbs, teaser lists, sign-offs. */
export function markContextChrome(lines: readonly Line[], infos: LineInfo[]): void {
  markNavRuns(lines, infos);
  markListCards(lines, infos);
  markBlurbs(lines, infos);
  markTeaserRuns(lines, infos);
  markSignOff(lines, infos);
}
