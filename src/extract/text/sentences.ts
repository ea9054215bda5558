/** One sentence of a text, with its offsets in that text (`text.slice(start, end) === sentence.text`). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Words that end with a full stop without ending the sentence: titles, ranks, common short forms. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof rev gen lt col maj capt cpt sgt cpl pvt brig adm cmdr cdr gov sen rep pres amb ' +
    'st sr jr mt ft hon insp supt det vol vs approx dept est fig jan feb mar apr jun jul aug sep ' +
    'sept oct nov dec mon tue tues wed thu thur thurs fri sat sun e.g i.e al inc ltd co corp'
  ).split(' '),
);

/** Abbreviations of "number", which only a number follows. */
const NUMBER_SIGNS = new Set(['no', 'nos']);

/** Words that usually open a sentence, used to decide whether "U.S." or "p.m." ended one. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i in on at but and this that these those there his her its their our ' +
    'some many most after before when while as if however meanwhile officials police witnesses one two'
  ).split(' '),
);

const WEEKDAY_OR_MONTH =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

function wordBefore(text: string, end: number): string {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 24), end));
  return m ? m[1]! : '';
}

function nextWord(text: string, from: number): string {
  const m = /^\s+["'“‘([]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : '';
}

function endsSentence(text: string, dot: number, after: number): boolean {
  if (text[dot] !== '.') return true;
  const word = wordBefore(text, dot);
  const bare = word.replace(/\.$/, '').toLowerCase();
  // "No. 14" abbreviates a number; "the answer is no. It" ends a sentence.
  if (NUMBER_SIGNS.has(bare)) return !/^\p{N}/u.test(nextWord(text, after));
  if (ABBREVIATIONS.has(bare)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (dotted) {
    const next = nextWord(text, after);
    const isClock = bare === 'a.m' || bare === 'p.m';
    if (isClock) return !WEEKDAY_OR_MONTH.test(next) && !/^(?:GMT|UTC|local)$/i.test(next);
    return SENTENCE_OPENERS.has(next.toLowerCase());
  }
  return true;
}

/** A record's field up to a full stop: "Country: Somalia", "Date: January 15, 2016". */
const FIELD_BEFORE = /(?:^|\n|[.;]\s+)\p{L}[\p{L}\d/ _()-]{0,30}:\s+[^:\n]{1,80}$/u;
/** The label that opens a record's next field: " Region/province:". */
const FIELD_AFTER = /^\s+\p{L}[\p{L}\d/ _()-]{0,30}:\s/u;

/** "Date: 3 May 2021. Country: Niger. City: Ayorou." is one record, not three sentences. */
const joinsFields = (body: string, start: number, dot: number, after: number) =>
  FIELD_BEFORE.test(body.slice(start, dot)) && FIELD_AFTER.test(body.slice(after));

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Splits a text into sentences, keeping offsets into the original string. Blank lines always end a
 * sentence; a full stop does not when it closes a title ("Gen."), an initial ("John F."), a dotted
 * acronym followed by a name ("U.S. forces"), a clock time followed by a day ("2 a.m. Friday"), or a
 * dataset record's field followed by another ("Date: 3 May 2021. Country: Niger.").
 *
 * @example
 *   splitSentences('Gen. Ali spoke. Troops left.').map((s) => s.text); // ['Gen. Ali spoke.', 'Troops left.']
 *
 * The sentences of the last text split are remembered (the readers of one document share them):
 * callers must not modify the returned array.
 */
export function splitSentences(text: string): Sentence[] {
  if (lastSplit && lastSplit.text === text) return lastSplit.sentences;
  const sentences = split(text);
  lastSplit = { text, sentences };
  return sentences;
}

/** The last text split, so that the readers of one document (events, claims, stance) split it once. */
let lastSplit: { text: string; sentences: Sentence[] } | null = null;

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const base = p.index;
    const body = p[0];
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const end = m.index + m[0].length;
      const dot = m.index + m[0].search(/[.!?]/);
      if (!endsSentence(body, dot, end) || joinsFields(body, start, dot, end)) continue;
      pushTrimmed(out, text, base + start, base + end);
      start = end;
    }
    pushTrimmed(out, text, base + start, base + body.length);
  }
  return out;
}
