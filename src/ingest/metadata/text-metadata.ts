import type { Analysis } from '../text/analyse.js';
import { HEADLINE_LABEL } from '../text/classify.js';
import { affiliationUnderName, SUMMARY_HEADING } from '../text/layout.js';
import { outletLike, outletNamed, personLike, withoutBylinePlace } from '../text/name-shapes.js';
import { bioNames, isInstitution, isRole, LABEL, normaliseAuthors } from './authors.js';
import { findDate } from './dates.js';
import { detectLanguage } from './language.js';
import type { MetaFindings } from './metadata-object.js';
import { readDateline } from './publisher.js';
import { creditParts, textPublisher } from './text-publisher.js';
import { splitOutletSuffix } from './titles.js';

/** The people of a byline without the outlet it names beside them ("By Jane Doe, Sahel Research Notes"). */
function bylineAuthors(analysed: Analysis, isPlace: PlaceCheck): string[] {
  const names = bylineNames(analysed, isPlace);
  const people = names.filter((name) => !outletNamed(name));
  return people.length ? people : names;
}

function bylineNames({ lines, infos, layout }: Analysis, isPlace: PlaceCheck): string[] {
  const person = (text: string) =>
    personLike(text) && !isRole(text) && !isPlace(text) && !SUMMARY_HEADING.test(text);
  const from = layout.title ?? 0;
  // A review's "Reviewed by ..." outranks the "by ..." of the book under review.
  const header = [...Array(Math.min(layout.start, lines.length)).keys()].filter(
    (i) => infos[i]!.kind === 'byline',
  );
  const reviewer = header.find((i) => /^reviewed by\b/i.test(lines[i]!.text));
  for (const i of reviewer === undefined ? header : [reviewer, ...header]) {
    const names = normaliseAuthors(lines[i]!.text);
    if (names.length) return names;
  }
  for (let i = from + 1; i < layout.start; i++) {
    const underTitle = layout.title !== null && i === layout.title + 1;
    const bylinePlace =
      underTitle ||
      [i - 1, i + 1, i + 2].some((k) => infos[k]?.kind === 'date') ||
      affiliationUnderName(lines, i + 1);
    if (infos[i]!.kind === 'prose' || infos[i]!.kind === 'chrome') continue;
    const named =
      infos[i]!.kind === 'date'
        ? nameInDateLine(lines[i]!.text, person)
        : bylinePlace
          ? nameLine(lines[i]!.text, person)
          : null;
    if (named) return normaliseAuthors(named);
  }
  for (let i = layout.end + 1; i < Math.min(lines.length, layout.end + 12); i++) {
    const names = infos[i]!.kind === 'byline' ? normaliseAuthors(lines[i]!.text) : [];
    if (names.length) return names;
  }
  // The biography under the article: "Jane Doe is a contributing writer at The Ledger."
  for (let i = layout.end + 1; i < Math.min(lines.length, layout.end + 4); i++) {
    const names = bioNames(lines[i]!.text).filter(person);
    if (names.length) return names;
  }
  // A letter's signature under its valediction: "Yours faithfully," over "Jane Doe".
  for (let i = layout.end + 1; i < lines.length - 1; i++) {
    if (VALEDICTION.test(lines[i]!.text) && person(lines[i + 1]!.text))
      return normaliseAuthors(lines[i + 1]!.text);
  }
  for (const line of lines) {
    const signed = SIGNED.exec(line.text.trim());
    if (signed && person(signed[1]!) && (!signed[2] || isRole(signed[2])))
      return normaliseAuthors(signed[1]!);
  }
  return [];
}

/** A letter's closing words before the signature. */
const VALEDICTION =
  /^(?:yours (?:faithfully|sincerely|truly)|(?:best |kind |warm )?regards|sincerely|with thanks)[,.]?$/i;

/** A letter's or a newsletter's signature on a line of its own: "— Jane Doe, editor". */
const SIGNED = /^[—–-]{1,2}\s*(\p{Lu}[\p{L}'’. -]{2,40}?)(?:,\s*([^,]{2,40}))?$/u;

/** Whether a name is a place ("New Delhi"), not a person; without one, no name is. */
export type PlaceCheck = (name: string) => boolean;
/** A place after a name: "Mogadishu", "Port Said". */
const placeLike = (text: string) => /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(text);

/**
 * A name line under a headline: "Jane Doe", "Jane Doe and John Roe", "A, B and C", "Jane Doe,
 * Mogadishu", "Jane Doe | Senior Correspondent", "Jane Doe, Senior Fellow, Sahel Programme" or
 * "Jane Doe, Department of Politics, ..." (the names, then a place, a role or an institution, then
 * anything); not an outlet's name ("The Evening Ledger").
 */
function nameLine(text: string, person: (text: string) => boolean): string | null {
  const [head = '', ...rest] = text.split(/\s*[·|•]\s*|\s[–—-]\s/).map((part) => part.trim());
  const parts = withoutBylinePlace(head).split(/\s*,\s*/);
  const count = parts.findIndex((part) => /\s(?:and|&)\s/.test(part)) + 1 || 1;
  const names = parts.slice(0, count).flatMap((part) => part.split(/\s+(?:and|&)\s+/));
  const next = [...parts.slice(count), ...rest][0];
  if (!names.every(person)) return null;
  return next === undefined || isRole(next) || isInstitution(next) || placeLike(next)
    ? names.join(', ')
    : null;
}

/** Label words a date line carries that are not a name: "Published On 5 May 2024". */
const DATE_LABEL = /\b(?:published|updated|posted|modified|last|on|at|date)\b/i;

/** The name a date line carries beside its date ("Jane Doe · Baghdad · 5 May 2024"), or null. */
function nameInDateLine(text: string, person: (text: string) => boolean): string | null {
  if (!findDate(text)) return null;
  const parts = creditParts(text).map((part) => part.replace(LABEL, ''));
  // "Harbour Herald, English service. 5 May 2024": an outlet with its service, not a person.
  const service = (part: string) =>
    /^\s*,?\s*(?:\p{L}+\s+)?(?:service|edition|desk|bureau)\b/iu.test(
      text.slice(text.indexOf(part) + part.length),
    );
  return parts.find((part) => person(part) && !DATE_LABEL.test(part) && !service(part)) ?? null;
}

/** A dataset row's head: the date first, then three cells or more ("10 December 2019 | Niger | Tillaberi | Inates"). */
const recordRow = (text: string) => {
  const cells = text.split(/\s+\|\s+/);
  return cells.length >= 4 && findDate(cells[0]!)?.start === 0;
};

/** Two or more date lines in the body: each heads an entry ("3 June 2016 - Niger" over a note). */
const datedEntries = ({ infos, layout }: Analysis) =>
  infos.slice(layout.start, layout.end + 1).filter((info) => info.kind === 'date').length >= 2;

/**
 * Date lines that are the fields of records ("Date: 2016-07-23", "event_date: 23 March 2020" over
 * each record of an extract): two or more date lines with the same label before the date.
 */
function recordDateFields({ lines, infos }: Analysis): Set<number> {
  const byLabel = new Map<string, number[]>();
  infos.forEach((info, i) => {
    if (info.date === undefined) return;
    const label = lines[i]!.text.slice(0, findDate(lines[i]!.text)?.start ?? 0)
      .trim()
      .toLowerCase();
    if (label.endsWith(':')) byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  return new Set([...byLabel.values()].filter((rows) => rows.length >= 2).flat());
}

/** The date a header sentence gives with a label: "Analyst notes, updated 4 November 2024." */
function labelledDate(text: string, updated: boolean): string | null {
  const label = updated ? 'published|updated|last updated|revised|as of|dated' : 'published|as of|dated';
  const m = new RegExp(`\\b(?:${label})\\s*:?\\s*(?:on\\s+)?`, 'i').exec(text);
  const found = m ? findDate(text.slice(m.index + m[0].length)) : null;
  return found?.start === 0 ? found.date : null;
}

function publicationDate(analysed: Analysis, updated: boolean): string | null {
  const { lines, infos, layout } = analysed;
  const from = layout.title ?? 0;
  const entry = datedEntries(analysed) ? layout.start - 1 : -1;
  const fields = recordDateFields(analysed);
  const dated = (i: number) =>
    infos[i]!.date !== undefined &&
    !infos[i]!.updated &&
    i !== entry &&
    !fields.has(i) &&
    !recordRow(lines[i]!.text);
  const published = (i: number) => dated(i) && /\b(?:published|posted|filed|publié)\b/i.test(lines[i]!.text);
  const header: number[] = [];
  for (let i = 0; i < Math.min(layout.start, lines.length); i++) header.push(i);
  const after = header.filter((i) => i >= from);
  const before = header.filter((i) => i < from).reverse();
  const footer: number[] = [];
  for (let i = layout.end + 1; i < Math.min(lines.length, layout.end + 6); i++) footer.push(i);
  // A reposted report's own date: "Originally published: 5 May 2024" over "Posted: 6 May 2024".
  const original = (i: number) => published(i) && /\boriginally published\b/i.test(lines[i]!.text);
  const first =
    after.find(original) ??
    after.find(published) ??
    after.find(dated) ??
    before.find(dated) ??
    footer.find(published) ??
    // A wire story signed off with its date alone ("Nov. 25, 2017") on the line after the body.
    footer.slice(0, 1).find((i) => dated(i) && infos[i]!.kind === 'date');
  if (first !== undefined) return infos[first]!.date!;
  const stated = after.map((i) => labelledDate(lines[i]!.text, updated)).find(Boolean);
  if (stated) return stated;
  if (layout.start > layout.end) return null;
  return readDateline(lines[layout.start]!.text)?.date ?? publishingSentence(lines[layout.start]!.text);
}

/** "Prepared by the desk. Published 2 July 2024.": a short opening line ending in a sentence that dates the page. */
function publishingSentence(line: string): string | null {
  if (line.length > 160) return null;
  const last = /(?:^|[.!?]\s+)((?:Published|Dated)\b[^.!?]*)\.?$/.exec(line);
  return last ? labelledDate(last[1]!, false) : null;
}

/** The date of an "Updated ..." line above the article body, or null. */
export function updatedDate({ infos, layout }: Analysis): string | null {
  return infos.slice(0, layout.start).find((info) => info.updated)?.date ?? null;
}

/** A headline in its field without the quotation marks around it: 'Hearing: "Is the group back?"'. */
const unquoted = (title: string) => title.replace(/^["“](.+)["”]$/u, '$1');

/** A headline without a note in brackets after it: "Incident notes (compiled for the board; one line each)". */
const withoutNote = (title: string) =>
  title.replace(/^(\S+(?:\s+\S+){3,}?)\s+\(([^()]+)\)$/, (whole, head: string, note: string) =>
    note.split(/\s+/).length >= 6 ? head : whole,
  );

/**
 * What a page's own lines say about it, without markup: the headline line, the byline ("By ...",
 * "... by Jane Doe", or a name line beside the date), the publication date (a "Published ..." line,
 * a date line under the headline, a date bar above it, a dated dateline, and unless `updated: false`
 * an "Updated ..." line, in that order), the publisher (a copyright line, else the site name shown at the top and repeated in the footer,
 * else a news agency in the dateline, else an outlet's name beside the byline) and the language.
 */
export function readTextMetadata(
  analysed: Analysis,
  options: { updated?: boolean; isPlace?: PlaceCheck } = {},
): MetaFindings {
  const { lines, infos, layout } = analysed;
  const updated = options.updated !== false;
  const published = publicationDate(analysed, updated) ?? (updated ? updatedDate(analysed) : null);
  const body: string[] = [];
  for (let i = layout.start; i <= layout.end; i++) if (infos[i]!.kind === 'prose') body.push(lines[i]!.text);
  const authors = bylineAuthors(analysed, options.isPlace ?? (() => false));
  // A memo's "Subject: …" line, a record's "Title: …" field, is its headline; an outlet's name
  // after it ("… - Lake Chad Observer") is not.
  const [title, site] =
    layout.title === null
      ? [null, null]
      : splitOutletSuffix(
          withoutNote(unquoted(lines[layout.title]!.text.replace(HEADLINE_LABEL, ''))),
          (name) => outletLike(name) && outletNamed(name),
        );
  return {
    title,
    authors,
    published,
    publisher: textPublisher(analysed, authors) ?? site,
    language: detectLanguage(body.join(' ')),
  };
}
