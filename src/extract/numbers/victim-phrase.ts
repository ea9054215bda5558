import {
  ATTACKER_NOUNS,
  CASUALTY_NOUNS,
  PERSON_NOUNS,
  THING_NOUNS,
  type CasualtyRole,
} from './casualty-vocabulary.js';

/** The noun phrase after a count: who or what is counted. */
export interface VictimPhrase {
  /** Offset just past the phrase (the count's end when nothing follows). */
  end: number;
  /** The counted people as written ("IS fighters", "members of the SDF"), when a head noun was found. */
  text?: string;
  kind: 'person' | 'attacker' | 'thing' | 'casualty' | 'unknown' | 'none';
  /** For "30 deaths" or "12 wounded": the role the head noun itself gives. */
  casualtyRole?: CasualtyRole;
  /** "four of the wounded", "three of them": a part of a group counted elsewhere. */
  partitive: boolean;
}

const STOP = new Set(
  (
    'were was is are had have has been being who which that in on at and or from during after before when while ' +
    'including among near with by for to as inside into across said say says also all'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);
const GROUP_PRONOUNS = new Set(['them', 'whom', 'those', 'these']);
const TOKEN = /^[^\S\n]*(\p{L}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:(?<=\.\p{L})\.)?)/u;
const OF_NAME = /^\s+of\s+(?:the\s+)?(?:[\p{L}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*)*/u;

function termPattern(terms: string[]): RegExp {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}-])(?:${escaped.join('|')})(?![\\p{L}-])`, 'u');
}

const cache = new Map<string, RegExp>();
function attackerTermPattern(terms: string[]): RegExp {
  const key = terms.join('\u0000');
  let re = cache.get(key);
  if (!re) cache.set(key, (re = termPattern(terms)));
  return re;
}

function kindOf(head: string, text: string, attackerTerms: string[]): VictimPhrase['kind'] {
  if (ATTACKER_NOUNS.has(head)) return 'attacker';
  if (/^(?:fighters?|members?|operatives?)$/.test(head) && attackerTermPattern(attackerTerms).test(text))
    return 'attacker';
  if (head in CASUALTY_NOUNS) return 'casualty';
  if (THING_NOUNS.has(head)) return 'thing';
  return 'person';
}

/**
 * Reads the noun phrase that follows a count at `from` in `sentence`: an optional partitive ("of the",
 * "of its"), up to four modifiers and a head noun, and a trailing "of the Name" ("members of the SDF").
 */
export function readVictims(sentence: string, from: number, attackerTerms: string[]): VictimPhrase {
  let at = from;
  let partitive = false;
  let textStart = -1;
  const next = () => {
    const m = TOKEN.exec(sentence.slice(at));
    return m ? { word: m[1]!, start: at + m[0].length - m[1]!.length, end: at + m[0].length } : null;
  };
  let token = next();
  if (token?.word.toLowerCase() === 'of') {
    at = token.end;
    token = next();
    const w = token?.word.toLowerCase();
    // "dozens of terrorists", "hundreds of villagers": a vague count's people, named without "the"
    const bare = w !== undefined && PERSON_NOUNS.has(w);
    if (!token || !w || !(DETERMINERS.has(w) || GROUP_PRONOUNS.has(w) || bare))
      return { end: from, kind: 'none', partitive };
    if (!bare) {
      partitive = true;
      if (GROUP_PRONOUNS.has(w)) return { end: token.end, text: token.word, kind: 'person', partitive };
      at = token.end;
      token = next();
    }
  }
  for (let i = 0; token && i < 5; i++) {
    const w = token.word.toLowerCase().replace(/[.’']+$/, '');
    if (STOP.has(w) && token.word !== token.word.toUpperCase()) break;
    if (textStart < 0) textStart = token.start;
    const known = PERSON_NOUNS.has(w) || THING_NOUNS.has(w) || w in CASUALTY_NOUNS;
    const moreModifier = w === 'more' || w === 'other';
    if (known && !(moreModifier && isNoun(next2(sentence, token.end)))) {
      let end = token.end;
      let head = w;
      for (
        let after = next2(sentence, end);
        PERSON_NOUNS.has(after) && !STOP.has(after);
        after = next2(sentence, end)
      ) {
        // a compound head: "police officers", "army soldiers", "security personnel"
        at = end;
        const more = next()!;
        end = more.end;
        head = after;
      }
      const of = OF_NAME.exec(sentence.slice(end));
      if (of && !partitive && /^(?:members?|fighters?)$/.test(head)) end += of[0].length;
      const text = sentence.slice(textStart, end);
      const kind = kindOf(head, text, attackerTerms);
      const phrase: VictimPhrase = { end, text, kind, partitive };
      if (kind === 'casualty') phrase.casualtyRole = CASUALTY_NOUNS[head];
      return phrase;
    }
    if (/^\p{Ll}/u.test(token.word) && i >= 3) break;
    at = token.end;
    token = next();
  }
  return { end: from, kind: textStart < 0 ? 'none' : 'unknown', partitive };
}

function next2(sentence: string, from: number): string {
  return TOKEN.exec(sentence.slice(from))?.[1]?.toLowerCase() ?? '';
}

function isNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || THING_NOUNS.has(word) || /^\p{L}+s$/u.test(word);
}
