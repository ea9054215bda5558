import type { ActorMention } from '../actors/find-actors.js';
import type { RoleReading } from './roles.js';

/**
 * An act told of a pronoun, as analysis prose tells a group's record once the group is named: "In May
 * they stormed the town", "…, where it killed 50 people", ", and in 2022 it mounted an assault", "a
 * knife attack last August was claimed by it".
 */
const PRONOUN_ACT =
  /(?:^[\s,;]*(?:(?:and|but)\s+)?(?:(?!(?:said|says|say|told|denied|no|not|nobody|none)\b)[\p{L}\d'’-]+,?\s+){0,6}?|[,;]\s+(?:where|when|and|but)\s+(?:(?!(?:said|says|say|told|denied|no|not|nobody|none)\b)[\p{L}\d'’-]+,?\s+){0,4}?|\b(?:where|when)\s+)(?<pronoun>it|they)\s+(?:(?:also|then|later|again|had|have|has)\s+)?(?:\p{Ll}+ed|struck|overran|took|hit|shot|blew|drove|stole)\b|\bclaimed\s+by\s+(?<object>it|them)\b/du;

/**
 * The group an act told of a pronoun belongs to: the group named last before the pronoun (among
 * `actors`, the document's in text order, those `inReach` says are close enough; a generic "the
 * group" stands for `subject`), unless a state's forces have since opened a sentence ("The army …
 * They …") or the clause names a group after the pronoun. Null when no pronoun is the act's subject.
 *
 * @example
 *   // 'JNIM grew fast. In May they stormed the town of Djibo.' → JNIM, for the second sentence
 */
export function pronounPerpetrator(
  text: string,
  clause: { start: number; end: number; text: string },
  actors: ActorMention[],
  inReach: (m: ActorMention) => boolean,
  subject: string | null,
): RoleReading | null {
  // Most clauses hold no pronoun that could be the subject: skip the costly pattern for them.
  if (!/\b(?:it|they|them)\b/.test(clause.text)) return null;
  const m = PRONOUN_ACT.exec(clause.text);
  const span = m?.indices?.groups?.pronoun ?? m?.indices?.groups?.object;
  if (!span) return null;
  const at = clause.start + span[0];
  if (actors.some((a) => a.start >= at && a.end <= clause.end && a.kind !== 'state_forces')) return null;
  const before = actors.filter((a) => a.end <= at && inReach(a));
  const last = before.findLastIndex((a) => a.kind !== 'state_forces');
  const group = before[last];
  if (!group) return null;
  const opensSentence = (a: ActorMention) =>
    /(?:^|[.!?]["”’]?\s+)(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(Math.max(0, a.start - 40), a.start));
  if (before.slice(last + 1).some(opensSentence)) return null;
  const actor = group.actor ?? subject;
  if (!actor) return null;
  return { actor, unit: group.unit, kind: group.kind ?? 'armed_group', strength: 2, cue: 'modifier' };
}
