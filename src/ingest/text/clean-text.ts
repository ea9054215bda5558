import type { DocumentMeta } from '../../model/document.js';
import { combineFindings } from '../metadata/combine.js';
import { readDateline } from '../metadata/publisher.js';
import { readTextMetadata, type PlaceCheck } from '../metadata/text-metadata.js';
import { analyseLines, type Analysis } from './analyse.js';
import { splitFrontMatter } from './front-matter.js';
import { DESK_CREDIT, HEADLINE_LABEL, QUOTED_TITLE } from './classify.js';
import { joinWrappedLines, splitLines, type Line } from './lines.js';
import { markdownTitle, stripMarkdown } from './markdown.js';

/** A scraped or plain text reduced to its article paragraphs, with what it says about itself. */
export interface CleanedText {
  paragraphs: string[];
  meta: DocumentMeta;
}

/** Options for {@link cleanScrapedText}. */
export interface CleanTextOptions {
  /** `markdown` strips Markdown markup first. Default `text`. */
  format?: 'text' | 'markdown';
  /** Whether a name is a place, not a person (see `CleanOptions`). */
  isPlace?: PlaceCheck;
}

/** Lines grouped as the text grouped them between blank lines, each list item on its own. */
function blocksOf(lines: readonly Line[]): string[] {
  const blocks: string[][] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.bullet || line.block !== lines[i - 1]!.block) blocks.push([]);
    blocks.at(-1)!.push(line.text);
  }
  return blocks.map((block) => block.join('\n'));
}

/**
 * An article's header: a headline with a byline or a desk's credit under it; or with a date line under it when the
 * body dates nothing else line by line (a list of records dates each one), or above a body that
 * opens with a news dateline ("KABUL (Agency) -"); or a headline above such a body with at most
 * short lines between ("Staff Reporter").
 */
const headed = ({ lines, infos, layout }: Analysis) => {
  if (layout.title === null) return false;
  const header = infos.slice(layout.title + 1, layout.start);
  const dated = header.some((info) => info.kind === 'date');
  const listed = infos.slice(layout.start).some((info) => info.kind === 'date' || info.kind === 'byline');
  const dateline = readDateline(lines[layout.start]?.text ?? '') !== null;
  return (
    // A memo's "Subject: …" closes its "To:" and "From:" fields.
    HEADLINE_LABEL.test(lines[layout.title]!.text) ||
    QUOTED_TITLE.test(lines[layout.title]!.text) ||
    // "Compiled by the data desk from coded records.": a desk's credit under the title of its notes.
    DESK_CREDIT.test(lines[layout.title + 1]?.text ?? '') ||
    header.some((info) => info.kind === 'byline') ||
    (dated && (!listed || dateline)) ||
    (dateline && !listed && header.every((info) => info.kind === 'short'))
  );
};

/**
 * The article's paragraphs: every block from the headline on when the text has neither chrome nor
 * a header (see {@link headed}), else the body's.
 */
function articleParagraphs(analysis: Analysis): string[] {
  const { lines, infos, layout } = analysis;
  if (!headed(analysis) && infos.every((info) => info.kind !== 'chrome')) {
    // Date and byline lines and a section label ("ANALYSIS") above the headline are the page's.
    const above = lines.slice(0, layout.title ?? 0);
    const pageLine = (line: Line, i: number) =>
      infos[i]!.kind === 'date' || infos[i]!.kind === 'byline' || line.text.split(/\s+/).length <= 3;
    return blocksOf(above.every(pageLine) ? lines.slice(above.length) : lines);
  }
  const paragraphs: string[] = [];
  for (let i = layout.start; i <= layout.end; i++) {
    const kind = infos[i]!.kind;
    if (kind === 'prose' || kind === 'short') paragraphs.push(lines[i]!.text);
  }
  return paragraphs.length
    ? paragraphs
    : lines.filter((_, i) => infos[i]!.kind !== 'chrome').map((l) => l.text);
}

/**
 * Cleans a text that was scraped with its site chrome (or is already clean): returns the article
 * from its first real paragraph to its last, one string per paragraph, and the metadata the text
 * states (YAML front matter and JSON blobs first, then bylines, date lines, copyright lines; see
 * docs/cleaning.md).
 * Menus, share bars, teaser lists, blurbs, newsletters, addresses, disclaimers, copyright and cookie
 * lines go. A text without any chrome passes through whole, unless a byline or date line stands
 * under its headline: the headline and that header go.
 *
 * @example
 *   const { paragraphs, meta } = cleanScrapedText(scraped);
 *   meta.published; // '2023-07-18' when a "Published on Jul 18, 2023" line says so, else null
 */
export function cleanScrapedText(text: string, options: CleanTextOptions = {}): CleanedText {
  const markdown = options.format === 'markdown';
  const front = splitFrontMatter(text);
  const body = front.body;
  const analysis = analyseLines(joinWrappedLines(splitLines(markdown ? stripMarkdown(body) : body)));
  const heading = { title: markdown ? markdownTitle(body) : null };
  const found = [
    front.meta ?? {},
    ...analysis.blobs,
    heading,
    readTextMetadata(analysis, { isPlace: options.isPlace }),
  ];
  const meta = combineFindings(found);
  return { paragraphs: articleParagraphs(analysis), meta };
}
