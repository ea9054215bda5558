import type { ActorMention } from '../actors/find-actors.js';
import type { RoleReading } from './roles.js';

/** "Abubakar Shekau, the leader of": a person introduced as the head of the group named next. */
const HEAD_OF =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+)?(?:leader|chief|head|emir|founder|commander|spokesman|spokesperson)\s+of\s+(?:the\s+)?$/u;

/**
 * The people a document introduces as the heads or spokesmen of a group ("Abubakar Shekau, the
 * leader of Boko Haram"), each by the last word of the name, with that group.
 */
export function leadersOf(text: string, actors: ActorMention[]): Map<string, RoleReading> {
  const found = new Map<string, RoleReading>();
  for (const m of actors) {
    if (!m.actor || m.kind === 'state_forces') continue;
    const head = HEAD_OF.exec(text.slice(Math.max(0, m.start - 120), m.start));
    const surname = head?.[1]?.split(/\s+/).at(-1);
    if (surname && !found.has(surname))
      found.set(surname, { actor: m.actor, unit: m.unit, kind: m.kind, strength: 0, cue: 'mention' });
  }
  return found;
}

/** "Shekau said that his group was behind the kidnapping": the group of a known leader who speaks. */
export function leaderSpeaking(sentence: string, leaders: Map<string, RoleReading>): RoleReading | null {
  for (const [surname, group] of leaders) {
    if (
      new RegExp(`\\b${surname}\\s+(?:\\w+\\s+){0,2}?(?:said|claimed|announced|declared)\\b`, 'u').test(
        sentence,
      )
    )
      return group;
  }
  return null;
}
