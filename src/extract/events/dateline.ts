/**
 * A place at the very start of a paragraph, in capitals, before a dash or colon: where the reporter
 * filed from ("BAGHDAD —", "MAIDUGURI, Nigeria —", "NIAMEY, December 12, 2019 —", "KABUL (Reuters) -").
 */
const DATELINE = /^[\p{Lu}\s'’.-]+(?:,[^—–:\n(]{1,40}?)?(?:\s*\([^)]*\))?\s*[:—–-]/u;

/**
 * Whether a place mention is a dateline's: where the story was filed, not where the incident was.
 * `text` is what the mention's offsets point into (the document, or a sentence with offsets shifted).
 */
export function isDateline(text: string, m: { start: number; end: number }): boolean {
  const line = text.lastIndexOf('\n', m.start - 1) + 1;
  if (m.start - line > 80) return false;
  const dateline = DATELINE.exec(text.slice(line, line + 120));
  return dateline !== null && m.end <= line + dateline[0].length;
}

/** A paragraph opening on a place and a day before a colon or a dash: "Baghdad, 21 January:". */
const PLACE_DAY_OPENING =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*[\p{L}.]*\s*\d{1,2}(?:\s+\p{L}+\.?)?(?:,?\s+\d{4})?\s*[:—–-]/gmu;

/**
 * Whether several paragraphs open on a place and a day ("Baghdad, 21 January: …", "Ituri, 14
 * January: …"): a digest's entries, each dating its own incident, not one story's dateline.
 */
export function hasDatedEntries(text: string): boolean {
  let count = 0;
  for (const m of text.matchAll(PLACE_DAY_OPENING)) {
    if (m.index !== 0 && text.slice(m.index - 2, m.index) !== '\n\n') continue;
    if (++count >= 2) return true;
  }
  return false;
}
