import type { ActorMention } from './find-actors.js';
import type { ActorRegistry } from './registry.js';

/**
 * The countries the groups a text names operate in, the most named group first: a province's own
 * countries when the text names the province ("ISWAP": Nigeria, Niger, Chad, Cameroon), else the
 * group's home countries ("JNIM": Mali, Burkina Faso). The context a text that names no country
 * of its own is read in ("JNIM fighters ambushed a convoy near Gao").
 *
 * @example
 *   actorCountries(findActors('ISWAP fighters raided a camp.', registry), registry); // ['NG', 'NE', ...]
 */
export function actorCountries(mentions: readonly ActorMention[], registry: ActorRegistry): string[] {
  const counts = new Map<string, { actor: string; unit: string | null; n: number }>();
  for (const m of mentions) {
    if (!m.actor || m.kind === 'state_forces') continue;
    const key = `${m.actor}\u0000${m.unit ?? ''}`;
    const seen = counts.get(key) ?? { actor: m.actor, unit: m.unit, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  const out: string[] = [];
  for (const { actor, unit } of [...counts.values()].sort((a, b) => b.n - a.n)) {
    const entry = registry.byName(actor);
    const own = entry?.units.find((u) => u.name === unit)?.countries ?? [];
    for (const code of own.length ? own : (entry?.home ?? [])) if (!out.includes(code)) out.push(code);
  }
  return out;
}
