import type { ActorRegistry } from '../actors/registry.js';
import { findCountry } from '../places/countries.js';
import { allMatches } from '../text/words.js';
import type { Trigger } from './event-types.js';
import type { RoleReading } from './roles.js';

const STRIKE = /\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:air\s+|drone\s+|military\s+)?(strikes?)\b/gu;

/**
 * "A US strike", "French drone strikes": a strike named after a country is that country's air or
 * drone strike, and its military is the perpetrator. Offsets are relative to `sentence`.
 */
export function nationalStrikes(
  sentence: string,
  registry: ActorRegistry,
): { triggers: Trigger[]; perpetrators: RoleReading[] } {
  const triggers: Trigger[] = [];
  const perpetrators: RoleReading[] = [];
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
    const country = findCountry(m[1]!.replace(/\.$/, ''));
    const forces = country && registry.byName(`Military of ${country.name}`);
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
