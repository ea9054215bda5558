import type { ClaimLanguage } from './language.js';

const NAME_WORD = "[\\p{Lu}][\\p{L}'’.&-]*";
const LINK = '(?:and|of|for|the|on|&)';

/** The compiled attribution patterns for one language file. */
export interface AttributionPatterns {
  /** Cheap test that a sentence may cite anyone at all, before the costly patterns run. */
  mayCite: RegExp;
  accordingTo: RegExp;
  /** A source noun and its verb ("reports confirm"): what `sourceSays` needs, found without reading names before it. */
  sourceVerb: RegExp;
  sourceSays: RegExp;
  nameSays: RegExp;
}

/** Builds the attribution patterns from the source nouns and reporting verbs of a language file. */
export function attributionPatterns(language: ClaimLanguage): AttributionPatterns {
  const sources = language.sources.join('|');
  const verbs = language.reportingVerbs.join('|');
  const name = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${LINK}))*`;
  const sourceVerbTail = `\\s+(?:(?:have|has|had|all|also|now|widely)\\s+)*(?:${verbs})\\b`;
  return {
    mayCite: new RegExp(
      `\\baccording to\\b|(?:${sources})\\s+(?:\\w+\\s+){0,3}?(?:${verbs})\\b|\\b(?:said|says|reported|claimed|estimated|stated)\\b`,
      'iu',
    ),
    accordingTo: /\baccording to\s+([^,.;:—–()]{2,80})/iu,
    sourceVerb: new RegExp(`(?:${sources})${sourceVerbTail}`, 'u'),
    sourceSays: new RegExp(
      `((?:${NAME_WORD}\\s+(?:${LINK}\\s+)*){0,6}(?:[\\p{Ll}-]+\\s+)?(?:${sources}))${sourceVerbTail}`,
      'u',
    ),
    nameSays: new RegExp(
      `\\b(?:the\\s+)?(${name})\\s+(?:has\\s+|have\\s+)?(?:said|says|reported|claimed|estimated|stated)\\b`,
      'u',
    ),
  };
}

const tidy = (s: string) =>
  s
    .replace(/^(?:the|a|an|all|most|many|several|some|both)\s+/i, '')
    .replace(/\s+(?:the|and|of)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Who a sentence attributes its statement to: "according to X", "X reports confirm", "X said";
 * `author` when it cites no one.
 *
 * @example
 *   attributionOf('UN reports confirm the shift.', patterns); // 'UN reports'
 */
export function attributionOf(sentence: string, patterns: AttributionPatterns): string {
  if (!patterns.mayCite.test(sentence)) return 'author';
  const according = patterns.accordingTo.exec(sentence);
  if (according?.[1]) return tidy(according[1]);
  const source = patterns.sourceVerb.test(sentence) ? patterns.sourceSays.exec(sentence) : null;
  if (source?.[1] && /\p{Lu}/u.test(source[1])) return tidy(source[1]);
  const name = patterns.nameSays.exec(sentence);
  if (name?.[1] && !/^(?:It|This|That|He|She|They|We|There)$/.test(name[1])) return tidy(name[1]);
  if (source?.[1]) return tidy(source[1]);
  return 'author';
}
