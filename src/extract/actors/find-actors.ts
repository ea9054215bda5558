import type { ActorKind } from '../../model/actor.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import type { ActorRegistry } from './registry.js';

/** An actor named in a text. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /**
   * Canonical name, or null for a generic reference whose referent the caller decides: a group ("the
   * group", kind null) or a state's forces ("the army", kind `state_forces`).
   */
  actor: string | null;
  unit: string | null;
  kind: ActorKind | null;
}

interface Target {
  actor: string | null;
  unit: string | null;
  kind: ActorKind | null;
}

/** References that point back to the group a document is about. */
const GENERIC = [
  'the group',
  'the organisation',
  'the organization',
  'the militant group',
  'the jihadist group',
  'the extremist group',
  'the terror group',
  'the terrorist group',
  'the terrorist organisation',
  'the terrorist organization',
  'the jihadist organisation',
  'the jihadist organization',
  'the insurgent group',
  'the faction',
  'the branch',
  'the affiliate',
  'the same group',
  'the militants',
  'the jihadists',
  'the insurgents',
  'the extremists',
  // a bare plural in a text about one group: "a hundred insurgents stormed the town"
  'insurgents',
  'jihadists',
];

/** References to a state's forces that do not say which state: the caller takes it from the place. */
const GENERIC_FORCES = [
  'the army',
  'the military',
  'the armed forces',
  'the security forces',
  'security forces',
  'government forces',
  'government troops',
  'the air force',
  'army troops',
  'the troops',
];

/** Words that, after a province's place name, also name it: "Khorasan branch". */
const UNIT_NOUNS = ['branch', 'affiliate', 'chapter', 'wing', 'province'];

const matchers = new WeakMap<ActorRegistry, PhraseMatcher<Target>>();

function matcherFor(registry: ActorRegistry): PhraseMatcher<Target> {
  let matcher = matchers.get(registry);
  if (matcher) return matcher;
  matcher = new PhraseMatcher<Target>();
  for (const actor of registry.actors) {
    const whole = { actor: actor.name, unit: null, kind: actor.kind };
    for (const name of [actor.name, ...actor.aliases]) matcher.add(name, whole);
    for (const unit of actor.units) {
      const target = { actor: actor.name, unit: unit.name, kind: actor.kind };
      for (const name of [unit.name, ...unit.aliases]) matcher.add(name, target);
      const place = unit.name.replace(/ Province$/, '');
      if (place !== unit.name) for (const noun of UNIT_NOUNS) matcher.add(`${place} ${noun}`, target);
    }
  }
  for (const phrase of GENERIC) matcher.add(phrase, { actor: null, unit: null, kind: null });
  for (const phrase of GENERIC_FORCES) matcher.add(phrase, { actor: null, unit: null, kind: 'state_forces' });
  matchers.set(registry, matcher);
  return matcher;
}

/**
 * Finds the actors named in a text: groups by any alias, provinces and branches as units of their
 * group ("ISWAP", "the Islamic State's Khorasan branch"), state forces by nationality ("Nigerian
 * troops"), and generic references ("the group") with a null actor for the caller to resolve.
 *
 * @example
 *   findActors('ISWAP fighters attacked Nigerian troops.', defaultActorRegistry());
 *   // [{ actor: 'Islamic State', unit: 'West Africa Province', ... }, { actor: 'Military of Nigeria', ... }]
 */
export function findActors(text: string, registry: ActorRegistry): ActorMention[] {
  const found: ActorMention[] = matcherFor(registry)
    .find(text)
    .map((m) => ({ start: m.start, end: m.end, text: m.text, ...m.value }));
  const provinces = provinceMentions(text, registry).filter(
    (p) => !found.some((m) => m.start < p.end && p.start < m.end),
  );
  return provinces.length === 0 ? found : [...found, ...provinces].sort((a, b) => a.start - b.start);
}

/** "Wilayat Sanaa", "Wilayah al-Raqqa": a province named by its own style, "<place> Province". */
const WILAYAT = /\bWilaya[ht]\s+(?:al-)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)/g;

/**
 * Provinces the registry does not list, named in the style the group gives its provinces: the
 * group whose listed units go by "Wilayat …" names, the unit "<place> Province".
 */
function provinceMentions(text: string, registry: ActorRegistry): ActorMention[] {
  const actor = registry.actors.find((a) =>
    a.units.some((u) => u.aliases.some((n) => /^Wilaya[ht]\s/i.test(n))),
  );
  if (!actor) return [];
  return [...text.matchAll(WILAYAT)].map((m) => {
    const name = `${m[1]!} Province`;
    const unit = actor.units.find((u) => u.name.toLowerCase() === name.toLowerCase())?.name ?? name;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      actor: actor.name,
      unit,
      kind: actor.kind,
    };
  });
}

/**
 * The non-state group a text is mostly about: the most often named armed group, ties going to the
 * one named first. Generic references in the text are taken to point to it.
 */
export function mainSubject(mentions: ActorMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.actor && m.kind !== 'state_forces') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [actor, n] of counts) if (best === null || n > counts.get(best)!) best = actor;
  return best;
}
