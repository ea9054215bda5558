import type { ActorRegistry } from '../actors/registry.js';
import { findCountry } from '../places/countries.js';
import { allMatches } from '../text/words.js';
import type { Trigger } from './event-types.js';
import type { RoleReading } from './roles.js';

const STRIKE = /\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:air\s+|drone\s+|military\s+)?(strikes?)\b/gu;

/** The military of the country a name or demonym stands for ("U.S.", "French"). */
function forcesOf(name: string, registry: ActorRegistry) {
  const country = findCountry(name) ?? findCountry(name.replace(/\.$/, ''));
  return country ? registry.byName(`Military of ${country.name}`) : undefined;
}

const AIRCRAFT_WORD = /aircraft|drone|plane|jet|helicopter|gunship|bomber/i;
const AIRCRAFT =
  /\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:(?:military|manned|unmanned|navy|air\s+force|fighter|combat|attack|armed|\p{Lu}+-?\d[\w/-]*)\s+)*(?:aircraft|drones?|warplanes?|jets?|planes?|helicopters?|gunships?|bombers)\b/gu;

/** What an aircraft does when it strikes: "fired two missiles", "killed by a US drone". */
const STRIKING = /\b(?:fired|killed|struck|bombed|hit|targeted)\b/i;

/**
 * "US aircraft", "a Nigerian Air Force jet", "French warplanes": aircraft named after a country are
 * its military's, unless they are what was hit ("fired on US drones"); when the sentence tells them
 * firing or killing ("a CIA drone fired two missiles", "killed by a US drone"), that is an air strike.
 */
function nationalAircraft(
  sentence: string,
  registry: ActorRegistry,
): { triggers: Trigger[]; perpetrators: RoleReading[] } {
  const triggers: Trigger[] = [];
  const perpetrators: RoleReading[] = [];
  if (!AIRCRAFT_WORD.test(sentence)) return { triggers, perpetrators };
  const striking = STRIKING.test(sentence);
  for (const m of allMatches(AIRCRAFT, sentence)) {
    if (
      /\b(?:on|at|against|down|shot|targeted|targeting)\s+(?:an?\s+|the\s+|two\s+|several\s+)?$/i.test(
        sentence.slice(0, m.index),
      )
    )
      continue;
    const forces = forcesOf(m[1]!, registry) ?? forcesOf(m[1]!.split(/\s/).pop()!, registry);
    if (!forces) continue;
    perpetrators.push({ actor: forces.name, unit: null, kind: 'state_forces', strength: 3, cue: 'agent' });
    if (!striking) continue;
    const start = m.index + m[1]!.length + 1;
    const text = m[0].slice(m[1]!.length + 1);
    triggers.push({ type: 'airstrike', priority: 75, start, end: start + text.length, text, act: true });
  }
  return { triggers, perpetrators };
}

/**
 * "A US strike", "French drone strikes": a strike named after a country is that country's air or
 * drone strike, and its military is the perpetrator. Offsets are relative to `sentence`.
 */
export function nationalStrikes(
  sentence: string,
  registry: ActorRegistry,
): { triggers: Trigger[]; perpetrators: RoleReading[] } {
  const { triggers, perpetrators } = nationalAircraft(sentence, registry);
  if (!sentence.includes('strike')) return { triggers, perpetrators };
  for (const m of allMatches(STRIKE, sentence)) {
    const plural = m[2]!.endsWith('s');
    if (
      plural &&
      !/\b(?:the|these|those|two|three|several|its|their|\d+)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    const forces = forcesOf(m[1]!, registry);
    if (!forces) continue;
    const start = m.index + m[0].length - m[2]!.length;
    triggers.push({
      type: 'airstrike',
      priority: 75,
      start,
      end: start + m[2]!.length,
      text: m[2]!,
      act: true,
    });
    perpetrators.push({ actor: forces.name, unit: null, kind: 'state_forces', strength: 3, cue: 'agent' });
  }
  return { triggers, perpetrators };
}
