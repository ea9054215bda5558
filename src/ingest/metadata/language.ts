/** Very common words of each language a text is recognised in. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'said', 'were', 'have'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'dans', 'une', 'du', 'pour', 'qui', 'sur', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'en', 'del', 'que', 'por', 'una', 'con', 'para', 'se'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'eine', 'zu', 'im'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'em', 'que', 'um', 'uma', 'para', 'com', 'não'],
};

/** For each common word, the languages it is common in. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [tag, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), tag]);
}

const SCRIPTS: [string, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
];

/**
 * The language a text is plainly written in, as a BCP 47 primary tag (`en`, `fr`, `ar`, ...), or
 * null when the text is too short or too mixed to say.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 200) return null;
  for (const [tag, script] of SCRIPTS) {
    if ((sample.match(script) ?? []).length > letters / 2) return tag;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const token of tokens) {
    for (const tag of LANGUAGES_OF.get(token) ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestShare = 0;
  for (const [tag, count] of counts) {
    if (count / tokens.length > bestShare) [best, bestShare] = [tag, count / tokens.length];
  }
  return bestShare >= 0.08 ? best : null;
}
