import type { Analysis } from '../text/analyse.js';
import { SECURITY_MARKING } from '../text/chrome-rules.js';
import { outletLike, outletNamed, personLike } from '../text/name-shapes.js';
import { findDate } from './dates.js';
import { isRole, normaliseAuthors } from './authors.js';
import { publisherFromCopyright, readDateline } from './publisher.js';

/** A company word an outlet's owner adds to its name: "Harbour Post Media" publishes "Harbour Post". */
const COMPANY_WORD =
  /\s+(?:media|network|group|communications|corporation|company|holdings|gmbh|ltd\.?|sarl|s\.a\.)$/i;

/** A publication series after an institute's name: ", Policy Brief No. 14", " (Working Paper 3)". */
const SERIES =
  /(?:,\s*|\s*\()(?:policy|issue|research|working|occasional|discussion|analysis|briefing)?\s*(?:brief|paper|report|note|series|commentary)\b[^)]*\)?$/i;

/** A section the outlet line names after the outlet: ", Opinion", " | Analysis". */
const SECTION =
  /(?:,\s*|\s+[|·]\s+)(?:opinion|comment|commentary|analysis|editorial|features?|news|world|politics|security|blogs?|op-ed|perspectives?|column)$/i;

/** What an outlet's line adds after its name: the bureau's place ("BBC News, Bamako") or its staff. */
const CREDIT_TAIL = /,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$|\s+staff(?:\s+writers?)?$/u;

/** The first part of a masthead or footer line: "RHINE POST" of "RHINE POST · English edition". */
const firstPart = (text: string) => text.split(/\s+[·|•—–-]\s+/)[0]!.trim();

/** `name` without a company word when the page shows the shorter name as a line or a line's first part. */
function shownName(name: string, { lines }: Analysis): string {
  const short = name.replace(COMPANY_WORD, '').trim();
  if (short === name || !short.includes(' ')) return name;
  const shown = lines.some((line) => firstPart(line.text).toLowerCase() === short.toLowerCase());
  return shown ? short : name;
}

/**
 * An outlet's name on a line of its own beside the byline or the date line under the headline
 * ("By Jane Doe / 2 April 2024 / The Northern Ledger"), without a series it adds ("Centre for
 * Sahel Studies, Policy Brief No. 14"); not a chrome line, not the authors' names.
 */
function mastheadBesideByline({ lines, infos, layout }: Analysis, authors: readonly string[]): string | null {
  const top = layout.title === null ? -1 : layout.title;
  const named = (text: string) => normaliseAuthors(text).some((name) => authors.includes(name));
  const credit = (i: number) =>
    infos[i]?.kind === 'byline' || infos[i]?.kind === 'date' || (i > top && named(lines[i]?.text ?? ''));
  for (let i = top + 1; i < Math.min(layout.start, top + 6); i++) {
    const text = lines[i]!.text.trim()
      .replace(SERIES, '')
      .replace(SECTION, '')
      .replace(CREDIT_TAIL, '')
      .trim();
    if (credit(i) || infos[i]!.kind === 'chrome' || !(credit(i - 1) || credit(i + 1))) continue;
    if (/^by\s/i.test(text)) continue; // "By Staff Reporter": a byline without a name
    if (neverOutlet(text)) continue;
    if (outletLike(text) && !named(text)) return text;
  }
  return null;
}

/** A heading of the document's own sections ("Summary", "Key judgments"), not an outlet. */
const SECTION_HEADING =
  /^(?:summary|executive summary|overview|introduction|background|abstract|key (?:judg(?:e)?ments?|findings|points|messages)|highlights|bottom line|contents|analysis|assessment|conclusions?)$/i;

/** A line no reader takes for the outlet: a section heading or a security marking. */
const neverOutlet = (text: string) => SECTION_HEADING.test(text) || SECURITY_MARKING.test(text);

/**
 * The site's name on the page's first line (after a "Skip to content" link), or that line's first
 * part, with the site's menu or sign-in bar right under it: "THE HORN DISPATCH" over "World |
 * Africa | Security".
 */
function mastheadAboveMenu({ lines, infos }: Analysis): string | null {
  const first = infos.findIndex((info) => info.kind !== 'chrome');
  if (first < 0 || first > 2 || infos[first + 1]?.kind !== 'chrome') return null;
  const line = lines[first]!.text.trim();
  // "Conflict & Order | a blog of the Centre for Armed Politics": the name before its tagline
  for (const text of new Set([line, firstPart(line)])) {
    if (text.split(/\s+/).length > 6 || neverOutlet(text)) continue;
    if (outletLike(text) || (text === text.toUpperCase() && /\p{Lu}{3}/u.test(text))) return text;
  }
  return null;
}

/** The parts of a credit line around its date: "Jane Doe · Baghdad · 5 May 2024" gives the name and the place. */
export function creditParts(text: string): string[] {
  const date = findDate(text);
  const rest = date ? `${text.slice(0, date.start)} | ${text.slice(date.end)}` : text;
  return rest.split(/\s*[·|•,]\s*|\s[–—-]\s/).map((part) => part.trim());
}

/** What a credit line names beside the outlet: its genre or section ("Policy brief", "Analysis", "Issue 41"). */
const GENRE =
  /^(?:an?\s+)?(?:(?:policy|research|working|discussion|occasional|press)?\s*(?:brief|paper|note|analysis|commentary|opinion|op-ed|explainer|feature|report|briefing|editorial|interview|breaking|news|release|statement)|(?:issue|no\.|number|vol\.|volume|edition|situation update|update)\s*#?\s*\d+)$/i;

/** Labels under which a name's institution is the person's own, not the publisher: "Testimony of", "Submitted by". */
const AFFILIATION_LABEL = /^\W*(?:testimony|statement|evidence) of\b|^\W*submitted by\b/i;

/**
 * An outlet named in the credit line under the headline, beside the date or the authors: "Sahel
 * Review | 5 July 2025", "Policy brief | Centre for Border Studies | 2 September 2024", "By Jane
 * Doe, Delta Research Notes, 14 October 2024". The one part left once the date, the genre and the
 * authors are taken out, when it ends as an outlet's name does or runs to three words (a place
 * such as "Baghdad | 5 May 2024" does neither).
 */
function outletInCreditLine({ lines, infos, layout }: Analysis, authors: readonly string[]): string | null {
  const top = layout.title ?? -1;
  for (let i = top + 1; i < Math.min(layout.start, top + 6); i++) {
    if (infos[i]!.kind !== 'date' && infos[i]!.kind !== 'byline') continue;
    // "Testimony of Jane Doe, Centre for …": the institution is the witness's, not the publisher.
    if (AFFILIATION_LABEL.test(lines[i]!.text)) continue;
    const parts = creditParts(lines[i]!.text.replace(/^\W*(?:(?:an?\s+)?\p{L}+\s+)?by\s+/iu, '')).filter(
      (part) => /\p{L}/u.test(part),
    );
    // A role beside the name ("former adviser on counter-terrorism") is neither the outlet nor a rival to it.
    const left = parts.filter(
      (part) =>
        /^\p{Lu}/u.test(part) &&
        !isRole(part) &&
        !GENRE.test(part) &&
        !normaliseAuthors(part).some((name) => authors.includes(name)) &&
        !(personLike(part) && !outletNamed(part)),
    );
    const [name] = left;
    if (left.length === 1 && outletLike(name!) && (outletNamed(name!) || name!.split(/\s+/).length >= 3))
      return name!;
  }
  return null;
}

/** A header field naming the outlet: "Source: Sahel Monitor", "Publisher: …", "Publication: …". */
const SOURCE_FIELD = /^(?:source|publisher|publication|outlet|media outlet)\s*:\s*(.+)$/i;

/**
 * The outlet a labelled header field names, in a block of such fields beside a byline or a date
 * line ("Date: 2021-06-14 / Source: Sahel Monitor / Author: …"); a lone "Source: …" elsewhere is a
 * photo credit or a citation.
 */
function labelledSource({ lines, infos, layout }: Analysis): string | null {
  const credit = (i: number) => infos[i]?.kind === 'byline' || infos[i]?.kind === 'date';
  for (let i = 0; i < layout.start; i++) {
    const name = SOURCE_FIELD.exec(lines[i]!.text.trim())?.[1]?.trim();
    if (name && (credit(i - 1) || credit(i + 1)) && outletLike(name)) return name;
  }
  return null;
}

/** What may follow the site's name at the start of a footer line: a legal suffix, a year, then a separator or "is". */
const FOOTER_REST =
  /^(?:\s+(?:gmbh|ltd\.?|limited|inc\.?|llc|sarl|plc|media))?(?:\s+(?:©\s*)?(?:19|20)\d{2})?(?:$|\s*[,·|•—–-]|\s+(?:is|was)\b)/i;

/**
 * The site name a page shows at its top (or the first part of a top line) and repeats at the start
 * of a footer line: "Valley Courier" above the menu and "Valley Courier, 12 River Road", "Valley
 * Courier GmbH · Imprint", "Valley Courier 2024 | Terms" or "Valley Courier is published by ..." below.
 */
function siteNameEcho({ lines, layout }: Analysis): string | null {
  const footer = lines.slice(Math.max(layout.end + 1, 0)).map((line) => line.text);
  for (const line of lines.slice(0, Math.min(6, layout.title ?? 6))) {
    for (const name of new Set([line.text, firstPart(line.text)])) {
      if (
        name.split(/\s+/).length > 6 ||
        /[.!?:]$/.test(name) ||
        !/\p{L}{2}/u.test(name) ||
        neverOutlet(name)
      )
        continue;
      for (const text of footer) {
        const head = text.slice(0, name.length);
        if (head.toLowerCase() === name.toLowerCase() && FOOTER_REST.test(text.slice(name.length)))
          return head;
      }
    }
  }
  return null;
}

/** An episode's headline names its show first: "Harbour Hour, episode 12: …", "Frontline Talk Ep. 4 — …". */
const EPISODE_OF = /^(\p{Lu}[^,:|]{1,40}?),?\s+(?:episode|ep\.?)\s*#?\d+\b/iu;

/** The show an episode's headline names, as its publisher when nothing else names one. */
function showOfEpisode({ lines, layout }: Analysis): string | null {
  const title = layout.title === null ? null : lines[layout.title]!.text;
  const show = title ? EPISODE_OF.exec(title)?.[1]?.trim() : undefined;
  return show && outletLike(show) ? show : null;
}

/**
 * The publisher a page's lines name: a copyright line (without a company word the page does not
 * show: "© Harbour Post Media" under a "HARBOUR POST" masthead gives "Harbour Post"; not one held
 * by one of `authors`), else a
 * "Source: …" field among the header's labelled fields, else the site
 * name shown at the top and repeated in the footer, else a news agency in the dateline, else an
 * outlet's name beside the byline that is not one of `authors`, else one named in the credit line
 * beside the date or the authors, else a masthead above the menu, else the show an episode's
 * headline names.
 */
export function textPublisher(analysed: Analysis, authors: readonly string[]): string | null {
  const { lines, infos, layout } = analysed;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (infos[i]!.chrome !== 'copyright') continue;
    const name = publisherFromCopyright(lines[i]!.text);
    // "© 2025 Jane Doe" under Jane Doe's newsletter: the writer owns it, no outlet is named.
    if (name && !authors.some((author) => author.toLowerCase() === name.toLowerCase()))
      return shownName(name, analysed);
  }
  const agency = layout.start <= layout.end ? readDateline(lines[layout.start]!.text)?.agency : null;
  return (
    labelledSource(analysed) ??
    siteNameEcho(analysed) ??
    agency ??
    outletInCreditLine(analysed, authors) ??
    mastheadBesideByline(analysed, authors) ??
    mastheadAboveMenu(analysed) ??
    showOfEpisode(analysed)
  );
}
