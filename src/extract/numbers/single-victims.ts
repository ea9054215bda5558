import type { CasualtyFigure } from './casualties.js';
import { ACTIVE_VERBS, PARTICIPLES } from './casualty-vocabulary.js';
import { allMatches } from '../text/words.js';

/** People counted one at a time: "an officer … was also killed", "one soldier died". */
export const SINGULAR_PEOPLE =
  'person|civilian|soldier|officer|policeman|policewoman|guard|man|woman|child|boy|girl|student|pupil|teacher|' +
  'worker|journalist|farmer|villager|worshipper|passenger|pilgrim|resident|trader|driver|doctor|nurse|cleric|' +
  'imam|priest|official|leader|commander|member|fighter|militiaman|tourist|inmate|prisoner|hostage|contractor|' +
  'guide|interpreter|translator|engineer|employee|pilot|photographer|cameraman|bodyguard|gendarme|medic|' +
  'paramedic|midwife|volunteer|shepherd|herder|fisherman|pastor|mayor|chief|baby|infant|mother|father|son|' +
  'daughter|wife|husband|brother|sister|relative|neighbour|neighbor|minister|governor|lawmaker|senator|judge|diplomat|ambassador';

const SINGLE = new RegExp(
  `\\b(?<verb>killed|killing|murdered|murdering|executed|executing|beheaded|shot\\s+dead|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping)\\s+(?<object>(?:[Aa]n?|[Oo]ne)\\s+(?:(?!(?:and|or)\\s)[\\p{L}-]+\\s+){0,3}?(?:${SINGULAR_PEOPLE}))\\b(?!\\s+(?:and|or)\\s+(?:an?|one|the|their|his|her|its|\\d|two|three|four|five|six|seven|eight|nine|ten)\\b|-)` +
    `|\\b(?<who>(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:${SINGULAR_PEOPLE}))\\b` +
    `(?<gap>[^.;:]{0,90}?)\\b(?:was|has\\s+been|had\\s+been)\\s+(?:(?:also|later|\\p{L}+ly)\\s+)?` +
    `(?<word>killed|shot\\s+dead|found\\s+dead|wounded|injured|hurt|abducted|kidnapped|arrested|detained)\\b` +
    `|\\b(?<who2>(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SINGULAR_PEOPLE}))\\s+(?:also\\s+|later\\s+)?died\\b`,
  'gu',
);

/** Words for one person's standing that make a capitalised name beside them a person's name. */
/** What every match of SINGLE holds: a singular noun for a person, standing as a word. */
const SINGLE_NEEDS = new RegExp(`\\s(?:${SINGULAR_PEOPLE})\\b`, 'u');

const STANDING =
  'leader|commander|chief|emir|deputy|spokesman|spokesperson|official|militant|fighter|member|operative|' +
  'financier|recruiter|facilitator|founder|head|governor|cleric|preacher|judge|journalist|politician|lawmaker|' +
  'general|colonel|prosecutor|minister|mayor|figure';

/** A person's name: capitalised words, with the particles of Arabic names ("Abu Bakr al-Baghdadi"). */
const NAME = "(?:\\p{Lu}[\\p{L}'’.-]*\\s+|(?:al|bin|ibn|abu|el)-?\\s*){0,4}\\p{Lu}[\\p{L}'’-]*";
const KILLED = '(?:killed|assassinated|shot\\s+dead)';
/** ", a senior commander", ", whom officials described as the leader of …". */
const STANDING_AFTER = `,\\s+(?:(?:an?|the|its|their)\\s+|(?:whom|who)\\b[^;]{0,60}?\\b)(?:[\\p{L}'’-]+\\s+){0,5}?(?:${STANDING})\\b`;

/**
 * One person named and killed: "killed Abu X, a senior commander", "killed the group's leader Abu
 * Ahmed", "the chief prosecutor, Hisham X, was killed", "Abu X, a senior leader, was killed".
 */
const NAMED = new RegExp(
  [
    `\\b(?:${KILLED}|killing|eliminated)\\s+(?<appositive>${NAME})${STANDING_AFTER}`,
    `\\b(?:${KILLED}|killing|eliminated)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:${STANDING})\\s+(?<titled>${NAME})(?!\\s+(?:and|or)\\b)`,
    `\\b(?:${STANDING}),?\\s+(?<named>${NAME}),?\\s+(?:was|had\\s+been)\\s+(?:\\p{L}+ly\\s+)?${KILLED}`,
    `\\b(?<subject>${NAME})${STANDING_AFTER}[^.;]{0,40}?,\\s+(?:was|had\\s+been)\\s+(?:\\p{L}+ly\\s+)?${KILLED}`,
  ].join('|'),
  'gu',
);

/** One person named and killed in the active voice ("a strike killed Abu X, a senior leader"). */
/** What every match of NAMED holds: a verb of killing. */
const NAMED_NEEDS = /killed|killing|eliminated|assassinated|shot\s+dead/u;

function namedVictimFigures(sentence: string): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  // The cheap test first: the full pattern is slow to fail on a sentence without such a verb.
  if (!NAMED_NEEDS.test(sentence)) return out;
  for (const m of allMatches(NAMED, sentence)) {
    const g = m.groups!;
    const who = (g.appositive ?? g.titled ?? g.named ?? g.subject)!;
    const at = m.index + m[0].lastIndexOf(who);
    const quantity = { start: at, end: at + who.length, text: who, best: 1, low: 1, high: 1, vague: false };
    out.push({ role: 'killed', quantity, start: m.index, end: m.index + m[0].length, victims: who });
  }
  return out;
}

/**
 * Figures of one person named in the singular with a passive verb ("a policeman was killed"), for the
 * spans that no counted figure already covers. A relative clause in between ("who", "which") stops it.
 */
export function singleVictimFigures(sentence: string, counted: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const re = SINGLE;
  re.lastIndex = 0;
  // The cheap test first: the full pattern tries every "a" and "one" of the sentence.
  for (let m = SINGLE_NEEDS.test(sentence) ? re.exec(sentence) : null; m; m = re.exec(sentence)) {
    const who = m.groups!.who ?? m.groups!.who2 ?? m.groups!.object!;
    if (
      m.groups!.gap &&
      /\b(?:who|which|that|when|where|after|and|killing|wounding)\b|,\s*\p{Ll}+ed\b/u.test(m.groups!.gap)
    ) {
      re.lastIndex = m.index + who.length;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (counted.some((f) => f.start < end && f.end > start)) continue;
    const verb = m.groups!.verb?.toLowerCase().replace(/\s+/g, ' ');
    const role = verb
      ? ACTIVE_VERBS[verb]!
      : PARTICIPLES[(m.groups!.word ?? 'died').toLowerCase().replace(/\s+/g, ' ')]!;
    const at = m.index + m[0].lastIndexOf(who);
    const quantity = { start: at, end: at + who.length, text: who, best: 1, low: 1, high: 1, vague: false };
    out.push({ role, quantity, start, end, victims: who.replace(/^(?:an?|one)\s+/i, '') });
  }
  for (const f of namedVictimFigures(sentence))
    if (![...counted, ...out].some((o) => o.start < f.end && o.end > f.start)) out.push(f);
  return out;
}
