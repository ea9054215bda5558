import type { Analysis } from '../text/analyse.js';
import { nameLike, outletLike } from '../text/name-shapes.js';
import { isRole, normaliseAuthors } from './authors.js';
import { findDate } from './dates.js';
import { detectLanguage } from './language.js';
import type { MetaFindings } from './metadata-object.js';
import { publisherFromCopyright, readDateline } from './publisher.js';

function bylineAuthors({ lines, infos, layout }: Analysis): string[] {
  const from = layout.title ?? 0;
  for (let i = 0; i < layout.start; i++) {
    const names = infos[i]!.kind === 'byline' ? normaliseAuthors(lines[i]!.text) : [];
    if (names.length) return names;
  }
  for (let i = from + 1; i < layout.start; i++) {
    const nearDate = [i - 1, i + 1, i + 2].some((k) => infos[k]?.kind === 'date');
    const named =
      infos[i]!.kind === 'date' ? nameInDateLine(lines[i]!.text) : nearDate ? nameLine(lines[i]!.text) : null;
    if (named && infos[i]!.kind !== 'prose') return normaliseAuthors(named);
  }
  for (let i = layout.end + 1; i < Math.min(lines.length, layout.end + 12); i++) {
    const names = infos[i]!.kind === 'byline' ? normaliseAuthors(lines[i]!.text) : [];
    if (names.length) return names;
  }
  return [];
}

/** A name line under a headline: "Jane Doe", or "Jane Doe | Senior Correspondent". */
function nameLine(text: string): string | null {
  const [name, ...rest] = text.split(/\s*[·|•,]\s*|\s[–—-]\s/).map((part) => part.trim());
  return name && nameLike(name) && rest.every(isRole) ? name : null;
}

/** The name a date line carries beside its date ("Jane Doe · Baghdad · 5 May 2024"), or null. */
function nameInDateLine(text: string): string | null {
  const date = findDate(text);
  if (!date) return null;
  const rest = text.slice(0, date.start) + ' | ' + text.slice(date.end);
  return (
    rest
      .split(/\s*[·|•,]\s*|\s[–—-]\s/)
      .map((part) => part.trim())
      .find(nameLike) ?? null
  );
}

function publicationDate({ lines, infos, layout }: Analysis): string | null {
  const from = layout.title ?? 0;
  const dated = (i: number) => infos[i]!.date !== undefined && !infos[i]!.updated;
  const published = (i: number) => dated(i) && /\b(?:published|posted|publié)\b/i.test(lines[i]!.text);
  const header: number[] = [];
  for (let i = 0; i < Math.min(layout.start, lines.length); i++) header.push(i);
  const after = header.filter((i) => i >= from);
  const before = header.filter((i) => i < from).reverse();
  const footer: number[] = [];
  for (let i = layout.end + 1; i < Math.min(lines.length, layout.end + 6); i++) footer.push(i);
  const first = after.find(published) ?? after.find(dated) ?? before.find(dated) ?? footer.find(published);
  if (first !== undefined) return infos[first]!.date!;
  return layout.start <= layout.end ? (readDateline(lines[layout.start]!.text)?.date ?? null) : null;
}

/** The date of an "Updated ..." line above the article body, or null. */
export function updatedDate({ infos, layout }: Analysis): string | null {
  return infos.slice(0, layout.start).find((info) => info.updated)?.date ?? null;
}

function publisher(analysed: Analysis): string | null {
  const { lines, infos, layout } = analysed;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (infos[i]!.chrome !== 'copyright') continue;
    const name = publisherFromCopyright(lines[i]!.text);
    if (name) return name;
  }
  const agency = layout.start <= layout.end ? readDateline(lines[layout.start]!.text)?.agency : null;
  return siteNameEcho(analysed) ?? agency ?? mastheadBesideByline(analysed);
}

/**
 * An outlet's name on a line of its own beside the byline or the date line under the headline
 * ("By Jane Doe / 2 April 2024 / The Northern Ledger").
 */
function mastheadBesideByline({ lines, infos, layout }: Analysis): string | null {
  const top = layout.title === null ? -1 : layout.title;
  const credit = (i: number) => infos[i]?.kind === 'byline' || infos[i]?.kind === 'date';
  for (let i = top + 1; i < Math.min(layout.start, top + 6); i++) {
    const text = lines[i]!.text.trim();
    if (credit(i) || !outletLike(text) || !(credit(i - 1) || credit(i + 1))) continue;
    return text;
  }
  return null;
}

/**
 * The site name a page shows at its top and repeats at the start of a footer line (an address,
 * a contact line): "Valley Courier" above the menu and "Valley Courier, 12 River Road" below.
 */
function siteNameEcho({ lines, layout }: Analysis): string | null {
  const footer = lines.slice(Math.max(layout.end + 1, 0)).map((line) => line.text);
  for (const line of lines.slice(0, Math.min(6, layout.title ?? 6))) {
    const name = line.text;
    if (name.split(/\s+/).length > 6 || /[.!?:]$/.test(name) || !/\p{L}{2}/u.test(name)) continue;
    for (const text of footer) {
      const head = text.slice(0, name.length);
      const rest = text.slice(name.length);
      if (head.toLowerCase() === name.toLowerCase() && /^(?:$|\s*[,·|•—–-])/.test(rest)) return head;
    }
  }
  return null;
}

/**
 * What a page's own lines say about it, without markup: the headline line, the byline ("By ...",
 * "... by Jane Doe", or a name line beside the date), the publication date (a "Published ..." line,
 * a date line under the headline, a date bar above it, a dated dateline, and unless `updated: false`
 * an "Updated ..." line, in that order), the publisher (a copyright line, else the site name shown at the top and repeated in the footer,
 * else a news agency in the dateline, else an outlet's name beside the byline) and the language.
 */
export function readTextMetadata(analysed: Analysis, options: { updated?: boolean } = {}): MetaFindings {
  const { lines, infos, layout } = analysed;
  const published = publicationDate(analysed) ?? (options.updated === false ? null : updatedDate(analysed));
  const body: string[] = [];
  for (let i = layout.start; i <= layout.end; i++) if (infos[i]!.kind === 'prose') body.push(lines[i]!.text);
  return {
    title: layout.title === null ? null : lines[layout.title]!.text,
    authors: bylineAuthors(analysed),
    published,
    publisher: publisher(analysed),
    language: detectLanguage(body.join(' ')),
  };
}
