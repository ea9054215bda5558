import type { Actor, ActorKind } from '../../model/actor.js';
import { findCountry } from '../places/countries.js';
import { foldText } from '../text/fold.js';
import type { ActorRegistry } from './registry.js';
import { unitAt } from './units.js';

/** The event datasets whose actor names Resurgence resolves. */
export type Dataset = 'ucdp' | 'acled' | 'gtd';

/** An actor name resolved to the registry. */
export interface ResolvedActor {
  actor: string;
  unit: string | null;
  kind: ActorKind;
}

/** The outcome of resolving one dataset actor name. */
export type Resolution =
  | { status: 'resolved'; actor: ResolvedActor }
  /** ACLED's "A and/or B": the data does not say which, so it counts for neither alone. */
  | { status: 'compound'; parts: (ResolvedActor | null)[] }
  | { status: 'unresolved' };

/** Where the event happened, used to tell a group's province from its country and region. */
export interface Whereabouts {
  country?: string | null;
  admin1?: string | null;
}

const key = (name: string) =>
  foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Index {
  exact: Map<string, { actor: Actor; unit: string | null }>;
}

const indexes = new WeakMap<ActorRegistry, Map<Dataset | 'alias', Index>>();

function indexFor(registry: ActorRegistry, source: Dataset | 'alias'): Index {
  let perSource = indexes.get(registry);
  if (!perSource) indexes.set(registry, (perSource = new Map()));
  let index = perSource.get(source);
  if (index) return index;
  index = { exact: new Map() };
  const put = (name: string, actor: Actor, unit: string | null) => {
    const k = key(name);
    if (k && !index!.exact.has(k)) index!.exact.set(k, { actor, unit });
  };
  for (const actor of registry.actors) {
    if (source === 'alias') {
      [actor.name, ...actor.aliases].forEach((n) => put(n, actor, null));
      actor.units.forEach((u) => [u.name, ...u.aliases].forEach((n) => put(n, actor, u.name)));
    } else {
      (actor.datasets?.[source] ?? []).forEach((n) => put(n, actor, null));
      actor.units.forEach((u) => (u.datasets?.[source] ?? []).forEach((n) => put(n, actor, u.name)));
    }
  }
  perSource.set(source, index);
  return index;
}

const STATE_PATTERNS: [RegExp, string][] = [
  [/^government of (.+)$/i, 'Military of'],
  [/^military forces of (.+)$/i, 'Military of'],
  [/^police forces of (.+)$/i, 'Police of'],
];

/**
 * The country a state force's name continues with, before its years and any branch: "the
 * Democratic Republic of Congo (2019-)", "Burkina Faso (2022-) Gendarmerie", "DR Congo (Zaire)".
 */
function stateCountry(rest: string) {
  const words = rest
    .replace(/^the\s+/i, '')
    .split(/\s*\(\d{4}-(?:\d{4})?\)/)[0]!
    .trim()
    .split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const country = findCountry(words.slice(0, n).join(' '));
    if (country) return country;
  }
  return null;
}

/** A name inside "Islamic State (X)" or "X Province of the Islamic State": a province, or a country. */
const GROUP_PATTERNS = [/^(.+?)\s*\((.+)\)$/, /^(?:(.+?) (?:province|chapter) of the )(.+)$/i];

function byPattern(registry: ActorRegistry, name: string, where: Whereabouts): ResolvedActor | null {
  for (const [pattern, prefix] of STATE_PATTERNS) {
    const m = pattern.exec(name.trim());
    const country = m && stateCountry(m[1]!);
    const actor = country && registry.byName(`${prefix} ${country.name}`);
    if (actor) return { actor: actor.name, unit: null, kind: actor.kind };
  }
  for (const pattern of GROUP_PATTERNS) {
    const m = pattern.exec(name.trim());
    if (!m) continue;
    const [group, qualifier] = pattern === GROUP_PATTERNS[0] ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const groupHit = indexFor(registry, 'alias').exact.get(key(group));
    const actor = groupHit?.actor;
    if (!actor) continue;
    const named =
      indexFor(registry, 'alias').exact.get(key(`${qualifier} province`)) ??
      indexFor(registry, 'alias').exact.get(key(qualifier));
    if (named?.actor === actor && named.unit)
      return { actor: actor.name, unit: named.unit, kind: actor.kind };
    if (groupHit.unit) return { actor: actor.name, unit: groupHit.unit, kind: actor.kind };
    const country = findCountry(qualifier);
    const unit = unitAt(actor, country?.code ?? where.country ?? null, country ? null : where.admin1);
    return { actor: actor.name, unit: unit?.name ?? null, kind: actor.kind };
  }
  return containing(registry, name, where);
}

const groupNames = new WeakMap<ActorRegistry, { actor: Actor; words: string }[]>();

/**
 * The armed group whose canonical name (of two words or more) the name contains as whole words:
 * "Supporters of the Islamic State" is the Islamic State, so that every name an analyst would
 * count by its words counts here too. The unit comes from the place. Not for UCDP's joint sides
 * ("Ahrar al-Sham, HTS, Southern Front"), which hold several groups.
 */
function containing(registry: ActorRegistry, name: string, where: Whereabouts): ResolvedActor | null {
  if (name.includes(',')) return null;
  let groups = groupNames.get(registry);
  if (!groups) {
    groups = registry.actors
      .filter((a) => a.kind === 'armed_group' && key(a.name).includes(' '))
      .map((actor) => ({ actor, words: ` ${key(actor.name)} ` }));
    groupNames.set(registry, groups);
  }
  const padded = ` ${key(name)} `;
  const found = groups.find((g) => padded.includes(g.words))?.actor;
  if (!found) return null;
  const unit = unitAt(found, where.country ?? null, where.admin1);
  return { actor: found.name, unit: unit?.name ?? null, kind: found.kind };
}

/** ACLED's "SDF: Syrian Democratic Forces": an abbreviation, a colon, then the full name. */
const ABBREVIATED = /^([^:]{2,16}):\s+(.+)$/;

function resolveOne(
  registry: ActorRegistry,
  dataset: Dataset,
  name: string,
  where: Whereabouts,
): ResolvedActor | null {
  const k = key(name);
  if (!k) return null;
  const hit = indexFor(registry, dataset).exact.get(k) ?? indexFor(registry, 'alias').exact.get(k);
  if (hit) {
    const unit = hit.unit ?? unitAt(hit.actor, where.country ?? null, where.admin1)?.name ?? null;
    return { actor: hit.actor.name, unit, kind: hit.actor.kind };
  }
  const abbreviated = ABBREVIATED.exec(name.trim());
  if (abbreviated)
    return (
      resolveOne(registry, dataset, abbreviated[2]!, where) ??
      resolveOne(registry, dataset, abbreviated[1]!, where)
    );
  return byPattern(registry, name, where);
}

/**
 * Resolves an actor name as an event dataset writes it (UCDP "IS", ACLED "Islamic State (West
 * Africa)", GTD "Khorasan Chapter of the Islamic State", "Government of Iraq") to a registry actor
 * and, where the name or the place tells it, the unit. UCDP's single "IS" gets its province from the
 * event's country and first-level region. ACLED's "A and/or B" is reported as a compound, which
 * counts for neither actor alone.
 *
 * @example
 *   resolveDatasetActor(registry, 'ucdp', 'IS', { country: 'NG', admin1: 'Borno state' });
 *   // { status: 'resolved', actor: { actor: 'Islamic State', unit: 'West Africa Province', kind: 'armed_group' } }
 */
export function resolveDatasetActor(
  registry: ActorRegistry,
  dataset: Dataset,
  name: string | null | undefined,
  where: Whereabouts = {},
): Resolution {
  if (!name || !name.trim()) return { status: 'unresolved' };
  if (/\band\/or\b/i.test(name)) {
    const parts = name.split(/\s+and\/or\s+/i).map((part) => resolveOne(registry, dataset, part, where));
    return { status: 'compound', parts };
  }
  const actor = resolveOne(registry, dataset, name, where);
  return actor ? { status: 'resolved', actor } : { status: 'unresolved' };
}
