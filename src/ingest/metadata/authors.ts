import { nameLike, withoutBylinePlace } from '../text/name-shapes.js';
import { findDate } from './dates.js';

/** Words that name a job, not a person: "Staff Writer", "Middle East correspondent". */
const ROLE =
  /\b(?:correspondents?|reporters?|writers?|editors?|editorial|contributors?|contributing|staff|columnist|analysts?|journalists?|bureau|chief|senior|fellow|researchers?|producers?|photographers?|desk|team|newsroom|professor|director|head of|special to)\b/i;

/** A byline cut before the date, time or "Published"/"Updated" label that follows the names. */
function withoutDate(byline: string): string {
  const date = findDate(byline);
  const cut = date && date.start > 0 ? byline.slice(0, date.start) : byline;
  return cut
    .replace(
      /[;,]?\s*(?:editing|edited|additional reporting|graphics|photos?|compiled|produced|translated)\s+by\b.*$/i,
      '',
    )
    .replace(/\s+(?:published|updated|posted|on|le)\b.*$|\s+\d.*$/i, '');
}

/** Whether `text` names a job ("Senior Correspondent") rather than a person. */
export const isRole = (text: string) => ROLE.test(text);

/** Words of a biography's job beyond a newsroom's: "a former official", "the author of", "a lecturer". */
const BIO_ROLE =
  /\b(?:officials?|officers?|lecturers?|scholars?|authors? of|experts?|advis[eo]rs?|diplomats?|ambassadors?|consultants?|founders?|partners?|(?:doctoral|phd) (?:student|candidate)|associates?)\b/i;

/** "Jane Doe is a senior fellow at ...", "Jane Doe and John Roe are researchers ...": the names first. */
const BIO =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\S+){1,3}?(?:,? and \p{Lu}[\p{L}'’.-]*(?:\s+\S+){1,3}?)?) (?:((?:is|serves as) (?:an?|the)|are)|leads|directs|heads|runs|teaches|lectures|edits|covers) /u;

/**
 * The names an author's biography opens with ("Jane Doe is a contributing writer at The Ledger and
 * the author of ...", "Jane Doe leads the Sahel programme at ..."), or [] when `text` is not one: a
 * sentence or two under 300 characters whose subject is a name and whose predicate is a job.
 */
export function bioNames(text: string): string[] {
  if (text.length > 300 || (text.match(/[.!?](?:\s|$)/g) ?? []).length > 2) return [];
  const m = BIO.exec(text);
  if (!m) return [];
  // "is a ..." must name a job; "leads the programme at ...", "teaches security studies" is one.
  const rest = text.slice(m[0].length);
  if (m[2] && !ROLE.test(rest) && !BIO_ROLE.test(rest)) return [];
  const names = m[1]!.split(/,? and /);
  return names.every(nameLike) ? names : [];
}

/** A section's name before a byline: "Opinion | By Jane Doe". */
export const SECTION_LABEL = /^\p{Lu}[\p{L}&' -]{1,30}\s[|·•]\s+(?=by\b)/iu;

/** The words of a credit that end in "by" or "of": "Written by", "Testimony of". */
export const CREDIT_PHRASES = [
  'written by',
  'words by',
  'story by',
  'text by',
  'reporting by',
  'posted by',
  'reviewed by',
  'interview by',
  'submitted by',
  'written evidence submitted by',
  'evidence submitted by',
  'prepared by',
  'compiled by',
  'testimony of',
  'presented by',
];

/** Label words a byline may carry before the names: "By", "Written by", "Author:". */
export const LABEL = new RegExp(
  String.raw`^(?:(?:an?\s+\p{L}+\s+)?by|from|${CREDIT_PHRASES.join('|')}|authors?|author\(s\)|par|presenter|speaker)\s*:?\s+`,
  'iu',
);

/** A role word between "by" and the name it credits: "Show notes by producer Jane Doe". */
export const ROLE_AFTER_BY = String.raw`(?:(?:producer|editor|host|correspondent)\s+)?`;

/** Everything before the names of a credit inside a line: "Forum — author: ", "Show notes by producer ". */
const CREDIT_LEAD = new RegExp(String.raw`^.*?\b(?:by:?|[Aa]uthors?:)\s+${ROLE_AFTER_BY}(?=\p{Lu})`, 'su');

/** A role that labels the name after it: "(lead analyst: Jane Doe)". */
const ROLE_LABEL = /^(?:(?:lead|senior|principal|chief)\s+)?(?:analyst|author|researcher|editor)s?\s*:\s*/i;

/** A courtesy, academic or military title before a name: "Dr", "Prof.", "Professor", "Col.", "Lt Gen". */
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+(?=\p{Lu})/iu;
const RANK =
  /^(?:(?:Lt|Maj|Brig)\.?\s+)?(?:Col|Colonel|Gen|General|Maj|Capt|Captain|Brig|Brigadier|Lt|Cdr|Commander|Adm|Admiral)\.?\s+(?=\p{Lu})/u;

const CALENDAR =
  /^(?:published|updated|posted|modified)$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december|today|yesterday)$/i;

/** A word of a name: capitalised, or a particle ("al-Rubaie", "van", "de", "bin"). */
const NAME_WORD =
  /^(?:[\p{Lu}\p{N}]|(?:al|el|ad|ar|as|at|an|ash|az|ul|bin|ibn|bint|de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|y|e|of|the|and|for)$|(?:al|el|ad|ar|as|at|an|ash|az|d|l)[-'’]\p{Lu})/u;

const EMAIL = /\s*[([<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]>]?/g;

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The name of an office or an institution rather than a person: "Great Lakes Analysis Cell", "Sahel
 * Desk", "University of Lagos". A credit to it says who issued the piece or where its author works.
 */
const OFFICE =
  /\s(?:Cell|Unit|Team|Desk|Office|Bureau|Division|Directorate|Department|Centre|Center|Institute|Secretariat|Programme)$|^(?:University|College|School|Faculty|Department|Ministry|Institute|Centre|Center)\s+(?:of|for)\s/u;

/** Whether `text` names an institution or an office, not a person ("Department of Politics"). */
export const isInstitution = (text: string) => OFFICE.test(text.trim()) || OFFICE.test(` ${text.trim()}`);

/** A cleaned person's name (or a newsroom's: "Staff Reporter"), or null when `part` is not one (an office, a role, a URL, a date). */
function cleanName(part: string): string | null {
  let name = part
    .replace(EMAIL, ' ')
    .replace(/\s+/g, ' ')
    .replace(LABEL, '')
    .replace(ROLE_LABEL, '')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim()
    .replace(HONORIFIC, '')
    .replace(RANK, '');
  name = withoutBylinePlace(name);
  if (!name || name.length > 60 || /[\d@/\\|{}<>=]|https?:|www\.|\w\.[a-z]{2,}\b/.test(name)) return null;
  if (!/\p{L}{2}/u.test(name) || ROLE.test(name) || CALENDAR.test(name)) return null;
  if (name.split(' ').length > 6 || OFFICE.test(name)) return null;
  // A name in capitals and the agency after it: "JANE DOE Associated Press".
  name = name.replace(/^((?:\p{Lu}[\p{Lu}'’.-]+\s+)+\p{Lu}[\p{Lu}'’.-]+)\s+\p{Lu}\p{Ll}.*$/u, '$1');
  if (name === name.toUpperCase() && /\p{Lu}{5}|\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(name)) name = titleCase(name);
  return name.split(' ').every((word) => NAME_WORD.test(word)) ? name : null;
}

/**
 * Splits and cleans the names in a byline or an author field: drops "By", roles ("Staff Writer",
 * "Middle East correspondent"), e-mail addresses, places ("in Baghdad") and anything that is not a
 * name (URLs, dates, reading times), and splits "Jane Doe and John Roe" or "A, B & C" into names.
 *
 * @example
 *   normaliseAuthors('By Jane Doe and John Roe, Staff Writers'); // ['Jane Doe', 'John Roe']
 */
export function normaliseAuthors(raw: string | readonly string[] | null | undefined): string[] {
  if (!raw) return [];
  const values = typeof raw === 'string' ? [raw] : raw;
  const names: string[] = [];
  for (const value of values) {
    const byline = withoutDate(
      value
        .replace(SECTION_LABEL, '')
        .replace(CREDIT_LEAD, 'By ')
        .replace(/\s*\((?:ret|retd|retired)\.?\)/gi, ''),
    );
    let found = 0;
    let affiliation = false;
    for (const piece of byline.split(/\s*[|·•,;()]\s*|\s+[–—]\s+/)) {
      // One word set apart after the names is the place or the agency: "Jane Doe, Maputo", "Jane Doe | AFP".
      const single = !/\s/.test(piece.trim());
      if (single && found) continue;
      // After a name's job comes its unit or employer ("Jane Doe, Senior Analyst, Terrorism and
      // Political Violence"), up to the next "and ..." name or labelled name ("lead analyst: Jane Doe").
      if (/^(?:and|&)\s/.test(piece) || ROLE_LABEL.test(piece)) affiliation = false;
      else if (found && ROLE.test(piece)) affiliation = true;
      if (affiliation) continue;
      for (const part of piece.split(/\s*(?:&|\band\b|\bet\b)\s*/)) {
        const name = cleanName(part);
        if (name) found++;
        if (name && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

/** "Doe, Jane" (citation style, one person) as "Jane Doe"; other values unchanged. */
export function unInvertName(name: string): string {
  const m = name.match(/^\s*([\p{L}'’-]+(?:\s[\p{L}'’-]+)?),\s*([\p{L}.'’-]+(?:\s[\p{L}.'’-]+)?)\s*$/u);
  return m ? `${m[2]} ${m[1]}` : name;
}
