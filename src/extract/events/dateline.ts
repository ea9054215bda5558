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
