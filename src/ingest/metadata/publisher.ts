import { findDate } from './dates.js';

const LEGAL_SUFFIX =
  /[,\s]+(?:ltd\.?|limited|inc\.?|llc|gmbh|s\.?a\.?r?\.?l?\.?|plc|co\.|corp\.?|pty|(?:media )?(?:group|holdings)|publishing(?: company)?)$/i;

const YEARS = /(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?/;
const MARK = /©|\(c\)|\bcopyright\b/i;

function cleanOutlet(text: string): string | null {
  let name = text
    .replace(new RegExp(`^[\\s,©]*(?:${YEARS.source})?[\\s,]*`), '')
    .replace(new RegExp(`[\\s,]*(?:${YEARS.source})?[\\s.,;:]*$`), '')
    .trim();
  while (LEGAL_SUFFIX.test(name)) name = name.replace(LEGAL_SUFFIX, '').trim();
  if (!/\p{L}{2}/u.test(name) || /\b\d{3,}\b/.test(name) || name.split(/\s+/).length > 8) return null;
  // "Transcript © 2025", "Photos ©": what is owned, not who owns it
  if (
    /^(?:all\s+)?(?:site\s+)?(?:content|contents|materials?|text|articles?|rights|transcripts?|photos?|images?|audio|video|recordings?|graphics?|maps?)$/i.test(
      name,
    )
  )
    return null;
  return name;
}

/**
 * The outlet a copyright line names: "© 2024 Example News. All rights reserved." and
 * "Example News © 2024" give "Example News". Years, "Copyright", legal suffixes (Ltd, Inc, GmbH)
 * and what follows the first full stop or separator are dropped. Null when the line names no
 * plausible outlet.
 */
export function publisherFromCopyright(line: string): string | null {
  const mark = line.match(MARK);
  if (!mark || mark.index === undefined) return null;
  const after = line
    .slice(mark.index + mark[0].length)
    .replace(/^\s*(?:©|\(c\))/i, '')
    .split(/\.\s|\s[|·•/–—-]\s|\s+all rights\b|\s+tous droits\b|\s+todos los derechos\b/i)[0]!;
  const before =
    line
      .slice(0, mark.index)
      .split(/[.|·•]\s|\s[–—-]\s/)
      .pop() ?? '';
  return cleanOutlet(after) ?? cleanOutlet(before);
}

/** What a news dateline ("BAGHDAD, May 15, 2024 (Reuters) -") opening a paragraph says. */
export interface Dateline {
  place: string;
  agency: string | null;
  date: string | null;
}

/** A month and day after the place: ", Sept 7", ", March 30". */
const MONTH_DAY = /,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;

/** A credit in the dateline that names no outlet: "(Wire)", "(Agencies)", "(Staff)". */
const GENERIC_AGENCY = /^(?:wires?|agenc(?:y|ies)|news\s+agencies|staff|reporters?|correspondents?)$/i;

/** The dateline opening `paragraph`, or null when it does not open with one. */
export function readDateline(paragraph: string): Dateline | null {
  const m = paragraph.match(
    /^(\p{Lu}[\p{L}\p{M} .'’-]{2,40}(?:,\s*[\p{L}\p{M} .'’-]{1,40}){0,2}?(?:,?\s*(?:[\p{L}.]+\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+[\p{L}.]+\s+\d{4}))?)\s*(?:\(([^)]{2,40})\))?\s*(?:[—–]|--?|:)\s/u,
  );
  if (!m?.[1]) return null;
  const place = m[1].split(',')[0]!.trim();
  const date = findDate(m[1])?.date ?? null;
  // A place in capitals ("MOSUL —"), or as a press release or a local paper writes it, with a full
  // date or a month and day ("Bamako, 5 May 2024 -", "Chitral, Sept 7:").
  const written =
    place === place.toUpperCase() ||
    ((date !== null || MONTH_DAY.test(m[1])) && /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?$/u.test(place));
  if (!written || place.length < 3) return null;
  const agency = m[2]?.trim() ?? null;
  return { place, agency: agency && !GENERIC_AGENCY.test(agency) ? agency : null, date };
}
