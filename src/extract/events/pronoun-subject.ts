import type { ActorMention } from '../actors/find-actors.js';
import type { RoleReading } from './roles.js';

/**
 * An act told of a pronoun, as analysis prose tells a group's record once the group is named: "In May
 * they stormed the town", "…, where it killed 50 people", "a knife attack last August was claimed by it".
 */
const PRONOUN_ACT =
  /(?:^(?:[\p{L}\d'’-]+,?\s+){0,6}?|[,;]\s+(?:where\s+|when\s+|and\s+)?|\b(?:where|when)\s+)(?:it|they)\s+(?:(?:also|then|later|again|had|have|has)\s+)?(?:\p{Ll}+ed|struck|overran|took|hit|shot|blew|drove|stole)\b|\bclaimed\s+by\s+(?:it|them)\b/iu;

/**
 * The group an act told of a pronoun belongs to: the group named last before the clause (`before`
 * holds the actors named in its paragraph and the one before, in text order; a generic "the group"
 * stands for `subject`), unless a state's forces have since opened a sentence ("The army … They …").
 * Null when the pronoun is not the act's subject.
 *
 * @example
 *   // 'JNIM grew fast. In May they stormed the town of Djibo.' → JNIM, for the second sentence
 */
export function pronounPerpetrator(
  text: string,
  clause: string,
  before: ActorMention[],
  subject: string | null,
): RoleReading | null {
  if (!PRONOUN_ACT.test(clause)) return null;
  const at = before.findLastIndex((m) => m.kind !== 'state_forces');
  const group = before[at];
  if (!group) return null;
  const opensSentence = (m: ActorMention) =>
    /(?:^|[.!?]["”’]?\s+)(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(Math.max(0, m.start - 40), m.start));
  if (before.slice(at + 1).some(opensSentence)) return null;
  const actor = group.actor ?? subject;
  if (!actor) return null;
  return { actor, unit: group.unit, kind: group.kind ?? 'armed_group', strength: 2, cue: 'modifier' };
}
