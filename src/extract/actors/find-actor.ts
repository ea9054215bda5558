import type { Actor, ActorUnit } from '../../model/actor.js';
import { foldText } from '../text/fold.js';
import type { ActorRegistry } from './registry.js';

const same = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();

/**
 * The registry actor a user means by a name: its canonical name, an alias or a dataset name,
 * ignoring case and diacritics ("islamic state", "ISIS", "Daesh").
 *
 * @example
 *   findActor(registry, 'isis')?.name; // 'Islamic State'
 */
export function findActor(registry: ActorRegistry, name: string): Actor | undefined {
  const direct = registry.byName(name);
  if (direct) return direct;
  const names = (a: Actor) => [a.name, ...a.aliases, ...Object.values(a.datasets ?? {}).flat()];
  return registry.actors.find((a) => names(a).some((n) => same(n, name)));
}

/**
 * The unit of `actor` a user means: its name, an alias or a dataset name ("ISWAP",
 * "west africa province").
 */
export function findUnit(actor: Actor, name: string): ActorUnit | undefined {
  const names = (u: ActorUnit) => [u.name, ...u.aliases, ...Object.values(u.datasets ?? {}).flat()];
  return actor.units.find((u) => names(u).some((n) => same(n, name)));
}

/**
 * The actor, or the unit of an actor, a user means by a name: "ISIS" gives the Islamic State,
 * "ISWAP" its West Africa Province.
 */
export function findActorOrUnit(
  registry: ActorRegistry,
  name: string,
): { actor: Actor; unit: ActorUnit | null } | undefined {
  const actor = findActor(registry, name);
  if (actor) return { actor, unit: null };
  for (const candidate of registry.actors) {
    const unit = findUnit(candidate, name);
    if (unit) return { actor: candidate, unit };
  }
  return undefined;
}
