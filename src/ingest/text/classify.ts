import { CREDIT_PHRASES, normaliseAuthors, ROLE_AFTER_BY, SECTION_LABEL } from '../metadata/authors.js';
import { findDate } from '../metadata/dates.js';
import { chromeKind, isMenuRow, type ChromeKind } from './chrome-rules.js';
import type { Line } from './lines.js';

/**
 * What a line is: article `prose`, a `short` line (a headline, subheading, label, name or menu item),
 * a `byline`, a `date` line, or `chrome` of some kind.
 */
export type LineKind = 'prose' | 'short' | 'byline' | 'date' | 'chrome';

/** Chrome recognised from a line's neighbours rather than from the line alone. */
export type ContextChromeKind = 'json' | 'nav' | 'teaser' | 'blurb' | 'signoff';

/** What one line of a page is, with the date it gives when it gives one. */
export interface LineInfo {
  kind: LineKind;
  /** For chrome: which kind. */
  chrome?: ChromeKind | ContextChromeKind;
  /** For date and byline lines: the date they give. */
  date?: string;
  /** For date lines: the date is labelled as an update, not the publication. */
  updated?: boolean;
}

/** A phrase as it may open a line: its first letter in either case ("[Ww]ritten by"). */
const opening = (phrase: string) => `[${phrase[0]!.toUpperCase()}${phrase[0]}]${phrase.slice(1)}`;

const BYLINE = new RegExp(
  String.raw`^(?:(?:(?:[Aa]n?\s+\p{Ll}+\s+)?[Bb]y|BY|${CREDIT_PHRASES.map(opening).join('|')}|${CREDIT_PHRASES.join('|').toUpperCase()}|(?:[Cc]ommentary|[Aa]nalysis|[Ee]ssay|[Oo]pinion|[Cc]olumn|[Rr]eport|[Ff]eature|[Pp]hotos?) by|[Pp]ar):?\s+|(?:[Aa]uthors?|AUTHORS?|[Ff]rom|FROM|[Pp]resenter|[Ss]peaker):\s*)\p{Lu}`,
  'u',
);
/** A credit inside a dated line: "Forum — author: Jane Doe — 10 March 2025", "Show notes by producer Jane Doe". */
const BY_INSIDE = new RegExp(String.raw`\b(?:(?:by|By|BY)\s+${ROLE_AFTER_BY}|[Aa]uthors?:\s*)\p{Lu}`, 'u');
const DATE_FILLER =
  /\b(?:published|updated|last updated|first published|posted|modified|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|cest|cet|eat|wat|cat|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|ist|ast|msk|sast|pkt|aest|aedt|local time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|le|mis à jour|publié)\b|\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d+\s*min(?:ute)?s?\s*read|\b(?:an?|\d+)\s*(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b|[^\p{L}\d\s]/giu;

/** A record's field that dates the act it codes, not the page: "Incident date: 2022-08-19", "date_start: …". */
const INCIDENT_DATE_FIELD =
  /^(?:(?:incident|event|attack|occurrence)[ _]date|date[ _](?:start|end|of\s+(?:the\s+)?(?:incident|event|attack)))\s*:/i;

/**
 * A header bar whose cells are short and one of which is just a date, with at most a label and a time:
 * "Desk | Translated from the Urdu by our staff | 3 May 2022", "Posted By: Jane Doe | On: May 3, 2022 |
 * 2 Comments", "Wire service, English desk. 03.05.2022, 10:15 (local time)".
 */
function datedCell(text: string): boolean {
  const cells = text.split(/\s*[|·•]\s*|\.\s+(?=\d)/);
  // the first cell may be a longer credit ("Translated from Persian by the Caspian Monitor desk")
  if (cells.length < 2 || cells.some((cell, i) => cell.split(/\s+/).length > (i ? 7 : 10))) return false;
  // a record's row opens on its date or names its act after it ("CZ-1 | 4 May 2022 | Mine blast"):
  // a header's date cell comes after the first and is followed by counts at most ("12 Comments")
  return cells.slice(1).some((cell, i) => {
    if (!cells.slice(i + 2).every((later) => /^\d+\s+\p{L}+$/u.test(later))) return false;
    const found = findDate(cell);
    if (
      !found ||
      !/^\W*(?:(?:on|date|dated|published|posted|issued|released)\W*)?$/i.test(cell.slice(0, found.start))
    )
      return false;
    return (
      cell
        .slice(found.end)
        .replace(/\([^)]*\)/g, ' ')
        .replace(DATE_FILLER, ' ')
        .trim() === ''
    );
  });
}

/** A journal article's history: "Received 3 May 2024; accepted 9 July 2024; published online 1 August 2024". */
const ARTICLE_HISTORY =
  /^\W*(?:received|submitted)\b[^;]*;.*?\b(?:published(?: online)?|first published)\s*:?\s*/i;

const TRANSLATED_NOTE =
  /^translated\s+from\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+by\s+[^.|·•]{1,60})?\s*[.|·•]\s*/iu;

/** A desk's credit that dates the page: "Compiled by the data desk, 3 April 2023.", "Prepared by X. Last updated 2 May 2024." */
export const DESK_CREDIT = /^(?:compiled|prepared|produced|issued) (?:by|for)\s/i;
const CREDIT_DATE_LABEL =
  /(?:,|\.\s+(?:(?:last\s+)?(?:published|updated|dated|issued)\s*:?)?(?:\s*on)?)\s*$/i;

/** The date a desk's credit gives right after the credit, with its label: see {@link DESK_CREDIT}. */
function creditDate(text: string): LineInfo | null {
  if (text.length > 200 || !DESK_CREDIT.test(text)) return null;
  const found = findDate(text);
  if (!found || !CREDIT_DATE_LABEL.test(text.slice(0, found.start))) return null;
  if (!/^\.?(?:$|\s+\p{Lu})/u.test(text.slice(found.end))) return null;
  const updated = /\bupdated\s*:?\s*(?:on\s*)?$/i.test(text.slice(0, found.start));
  return { kind: 'date', date: found.date, updated };
}

/** A date line: a full date with at most a label, weekday, time, zone and a place around it. */
function dateLine(line: string): LineInfo | null {
  // "Translated from French. Le Courrier, 3 May 2022", "Translated from Persian by the desk | 3 May 2022":
  // a translator's note before a dated header is no more words of it.
  const text = line.replace(TRANSLATED_NOTE, '');
  const history = text.length < 200 ? ARTICLE_HISTORY.exec(text) : null;
  const online = history ? findDate(text.slice(history[0].length)) : null;
  if (online?.start === 0) return { kind: 'date', date: online.date, updated: false };
  const credited = creditDate(text);
  if (credited) return credited;
  if (text.length > 100 || INCIDENT_DATE_FIELD.test(text)) return null;
  const found = findDate(text);
  if (!found) return null;
  let rest = text;
  for (let d = findDate(rest); d; d = findDate(rest)) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  // "Posted 20 June 2025 by the events team": a publishing label's credit is no more words.
  if (/^\W*(?:posted|published)\b/i.test(text)) rest = rest.replace(/\s+by\s+.*$/is, '');
  const words = rest.replace(DATE_FILLER, ' ').trim().split(/\s+/).filter(Boolean);
  // "Policy brief | Centre for Conflict Studies | 2 September 2024", "Working paper, Sahel
  // Observatory, 12 August 2025": a bar of short labels ending in the date.
  const parts = text.split(/\s*[·|•]\s*|,\s+(?!\d{4}\b)|\.\s+(?=\p{Lu}|\d)/u);
  const bar =
    parts.length > 1 &&
    parts.every((part) => part.split(/\s+/).length <= 5) &&
    findDate(parts.at(-1)!)?.start === 0;
  if (!bar && !datedCell(text) && words.length > (/[·|•,]|\s[–—-]\s/.test(rest) ? 4 : 2)) return null;
  const label = text.slice(0, found.start);
  const updated = /\b(?:updated|modified)\b/i.test(label) && !/\b(?:published|posted)\b/i.test(label);
  return { kind: 'date', date: found.date, updated };
}

/** Whether `text` reads as a sentence of an article. */
export function isProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (!/\p{Ll}/u.test(text)) return false;
  if (/[.!?…]["'”’)\]]*$/.test(text)) return words >= 4;
  if (/:$/.test(text)) return words >= 8;
  return words >= 25;
}

/** The label of a field that holds the headline: a memo's "Subject: …", a record's "Title: …". */
export const HEADLINE_LABEL = /^(?:subject|re|title|headline|hearing):\s+/i;

/** A genre's label and a title in quotation marks: 'Panel summary: "Is the insurgency winning again?"'. */
export const QUOTED_TITLE = /^\p{Lu}[\p{L} ]{2,30}:\s+["“]([^"“”]+)["”]$/u;

/** One question under a label in capitals: "DEBATE: Is the group on the way back?". */
const LABELLED_QUESTION = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*[:—–]\s+[^.!?]+\?["”]?$/u;

/** The kind of one line, judged on its own. */
export function classifyLine(line: Line): LineInfo {
  const { text } = line;
  const dated = text.length < 200 ? findDate(text) : null;
  const byline = BYLINE.test(text.replace(SECTION_LABEL, '')) || (dated && BY_INSIDE.test(text));
  if (byline && text.length < 160 && normaliseAuthors(text).length) {
    return { kind: 'byline', ...(dated ? { date: dated.date } : {}) };
  }
  const date = dateLine(text);
  if (date) return date;
  const chrome = chromeKind(text) ?? (line.cells && isMenuRow(line.cells) ? 'nav' : null);
  if (chrome) return { kind: 'chrome', chrome };
  // "SUBJECT: Is the group regenerating?", "DEBATE: Is the group back?", 'Panel summary: "…?"': a
  // headline in a field, under a label in capitals or quoted after a genre's label, even when it asks a question
  const headlineField = HEADLINE_LABEL.test(text) || LABELLED_QUESTION.test(text) || QUOTED_TITLE.test(text);
  if (headlineField && text.split(/\s+/).length < 25) return { kind: 'short' };
  return { kind: isProse(text) ? 'prose' : 'short' };
}
