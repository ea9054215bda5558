import type { NonActors } from './non-actors.js';
import type { ActorRegistry } from './registry.js';
import {
  resolveDatasetActor,
  type Dataset,
  type ResolvedActor,
  type Whereabouts,
} from './resolve-dataset-actor.js';

/** What a dataset actor name turned out to be. */
export type ActorClass =
  | { status: 'resolved'; actor: ResolvedActor }
  /** "A and/or B": counts for neither alone; `parts` holds what each side resolved to. */
  | { status: 'compound'; parts: (ResolvedActor | null)[] }
  /** Victims, crowds or unidentified attackers ("Civilians", "Unknown"): no actor, nothing to fix. */
  | { status: 'none' }
  /** A name the registry does not know: an analyst may add it as an alias. */
  | { status: 'unresolved' };

/**
 * Classifies one actor name from an event dataset: a registry actor (with its unit where the name
 * or the place tells it), a compound, a non-actor, or an unknown name.
 *
 * @example
 *   classifyDatasetActor(registry, nonActors, 'acled', 'Civilians (Nigeria)').status; // 'none'
 */
export function classifyDatasetActor(
  registry: ActorRegistry,
  nonActors: NonActors,
  dataset: Dataset,
  name: string | null | undefined,
  where: Whereabouts = {},
): ActorClass {
  if (!name || !name.trim() || nonActors.matches(name)) return { status: 'none' };
  return resolveDatasetActor(registry, dataset, name, where);
}

/** The unresolved parts of a name: the whole name, or the parts of a compound nobody resolved. */
export function unresolvedNames(name: string, found: ActorClass): string[] {
  if (found.status === 'unresolved') return [name];
  if (found.status !== 'compound') return [];
  const parts = name.split(/\s+and\/or\s+/i);
  return parts.filter((_, i) => !found.parts[i]);
}
