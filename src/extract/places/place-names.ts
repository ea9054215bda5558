import { tokenize } from '../text/fold.js';

/** Arabic articles and their assimilated forms, written before a name ("al-Raqqa", "Ar Raqqah", "ad-Dawr"). */
export const ARTICLES = new Set([
  'al',
  'el',
  'ar',
  'as',
  'ad',
  'an',
  'az',
  'at',
  'ash',
  'adh',
  'ath',
  'ed',
  'es',
  'ez',
  'en',
]);

/** Words that name the kind of a first-level region after its name ("Borno State", "Idlib Governorate"). */
export const ADMIN1_NOUNS = new Set([
  'province',
  'governorate',
  'state',
  'region',
  'district',
  'prefecture',
  'department',
  'division',
  'territory',
  'municipality',
  'oblast',
  'krai',
  'county',
]);

const ADMIN1_PREFIXES = new Set([
  'muhafazat',
  'wilayat',
  'wilayah',
  'provincia',
  'province',
  'region',
  'departement',
]);

/** A name folded and split into words as the phrase matcher compares them. */
export const foldWords = (name: string): string[] => tokenize(name).map((t) => t.folded);

const key = (words: string[]) => words.join(' ');

/**
 * The folded word lists under which a place name is looked up: the name itself, the name without
 * apostrophes ("Ta'izz" = "Taizz") and without a leading Arabic article ("Al Hasakah" = "Hasakah").
 */
export function nameVariants(name: string): string[][] {
  const out = new Map<string, string[]>();
  const add = (words: string[]) => {
    if (words.length && !out.has(key(words))) out.set(key(words), words);
  };
  for (const form of [name, name.replace(/['’‘`ʿʾ]/g, '')]) {
    const words = foldWords(form);
    add(words);
    if (words.length > 1 && ARTICLES.has(words[0]!) && key(words.slice(1)).length >= 4) add(words.slice(1));
  }
  return [...out.values()];
}

/**
 * Variants of a first-level region's name: those of {@link nameVariants}, and the name without its
 * kind ("Borno State" = "Borno", "Muhafazat Hadramaout" = "Hadramaout").
 */
export function admin1Variants(name: string): string[][] {
  const out = new Map<string, string[]>();
  for (const words of nameVariants(name)) {
    out.set(key(words), words);
    let core = words;
    if (core.length > 1 && ADMIN1_NOUNS.has(core.at(-1)!)) core = core.slice(0, -1);
    if (core.length > 1 && ADMIN1_PREFIXES.has(core[0]!)) core = core.slice(core[1] === 'de' ? 2 : 1);
    if (core !== words) for (const v of nameVariants(core.join(' '))) out.set(key(v), v);
  }
  return [...out.values()];
}
