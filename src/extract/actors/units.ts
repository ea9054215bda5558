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
 *   unitAt(islamicState, 'MZ', null, '2021-03-24')?.name;  // 'Central Africa Province' (before Mozambique's own)
 *
 * Without a date the units as they stand today answer.
 */
export function unitAt(
  actor: Actor,
  country: string | null,
  admin1?: string | null,
  date?: string | null,
): ActorUnit | null {
  if (!country) return null;
  const code = country.toUpperCase();
  const month = date?.slice(0, 7);
  const candidates = actor.units.filter(
    (u) =>
      u.countries.includes(code) &&
      (!month || !u.since || month >= u.since) &&
      (!month || !u.until?.[code] || month < u.until[code]!) &&
      (month || !u.until?.[code]),
  );
  if (admin1) {
    const bounded = candidates.find((u) => u.admin1?.[code]?.some((r) => regionMatches(r, admin1)));
    if (bounded) return bounded;
  }
  return candidates.find((u) => !u.admin1?.[code]) ?? null;
}

/** The name a unit went by at a date: a former name before it changed, else its name. */
export function unitName(unit: ActorUnit, date?: string | null): string {
  const month = date?.slice(0, 7);
  const former = month ? unit.formerly?.find((f) => month < f.until) : undefined;
  return former?.name ?? unit.name;
}
