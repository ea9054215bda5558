import type { Actor, ActorUnit } from '../../model/actor.js';

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
const regionMatches = (listed: string, admin1: string) =>
  same(listed, admin1) || admin1.toLowerCase().startsWith(`${listed.toLowerCase()} `);

/**
 * The unit (province, branch) of `actor` that operates at a place: a unit bounded to the place's
 * first-level region wins over one that covers the whole country; null when no unit covers it.
 *
 * @example
 *   unitAt(islamicState, 'NE', 'Diffa')?.name;      // 'West Africa Province'
 *   unitAt(islamicState, 'NE', 'Tillaberi')?.name;  // 'Sahel Province'
 */
export function unitAt(actor: Actor, country: string | null, admin1?: string | null): ActorUnit | null {
  if (!country) return null;
  const code = country.toUpperCase();
  const candidates = actor.units.filter((u) => u.countries.includes(code));
  if (admin1) {
    const bounded = candidates.find((u) => u.admin1?.[code]?.some((r) => regionMatches(r, admin1)));
    if (bounded) return bounded;
  }
  return candidates.find((u) => !u.admin1?.[code]) ?? null;
}
