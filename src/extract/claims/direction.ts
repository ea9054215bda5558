import type { Direction } from '../../model/claim.js';
import type { FactorCue, FactorDefinition } from './framework.js';
import { effectiveKind, type Marker, type MarkerKind } from './markers.js';

/** How far a polarity word may sit from a factor cue: after it (the cue as subject), and before it. */
export const WINDOW_AFTER = 12;
export const WINDOW_BEFORE = 4;
/** How far before a cue a verb acting on it as its object may sit. */
export const WINDOW_OBJECT = 7;
/** Before a cue of a factor whose growth hinders the group, only a modifier counts ("a weakened army"). */
export const WINDOW_BEFORE_STRICT = 2;

/** A factor cue found in a clause, with its word position. */
export interface CueHit {
  cue: FactorCue;
  start: number;
  end: number;
  word: number;
  /** Index of the cue's last word. */
  lastWord: number;
  /** A preposition follows the cue ("distracted by", "preoccupied with"). */
  prepositionAfter?: boolean;
}

/** The level a cue reads by itself, if any. */
const levelOf = (hit: CueHit) => (hit.cue.reads === 'up' || hit.cue.reads === 'down' ? hit.cue.reads : null);

/** The direction a marker gives a claim about `factor`. */
export function directionOf(kind: MarkerKind, factor: FactorDefinition): Direction {
  if (kind === 'favours') return 'for';
  if (kind === 'hinders') return 'against';
  const up = kind === 'up';
  return up === (factor.polarity === 'positive') ? 'for' : 'against';
}

const distance = (
  hit: CueHit,
  m: Marker,
  before: number,
  links: ReadonlySet<number>,
  factor: FactorDefinition,
) => {
  if (m.start < hit.end && hit.start < m.end) return 0;
  if (m.word > hit.lastWord) {
    // "preoccupied with its feud", "distracted by losses": a cue that reads by itself is told by
    // its own word; what its preposition governs is the cause, not its level.
    if (hit.prepositionAfter && levelOf(hit)) return null;
    // "its fighters killed dozens": what the verb does to its object says nothing of the fighters.
    if (m.actsOn && factor.polarity === 'positive' && !factor.inflicts) return null;
    // The verb of a relative clause yields to the main verb ("the mission that replaced it has been underfunded").
    return m.word - hit.lastWord <= WINDOW_AFTER && !m.quantifies && !m.headsOf
      ? m.word - hit.lastWord + (m.relative ? WINDOW_AFTER : 0)
      : null;
  }
  // A verb reaches its object across a quantity ("killed or captured a number of its commanders").
  // A noun heading an "of" phrase reaches the cue inside it ("the collapse of the southern coalition").
  if (hit.word - m.word > (m.actsOn ? WINDOW_OBJECT : m.headsOf ? WINDOW_BEFORE : before)) return null;
  for (let w = m.word + 1; w < hit.word; w++) if (links.has(w)) return null;
  return hit.word - m.word + 0.5;
};

/**
 * The nearest marker within the windows of any of `hits`, or null. A marker before a cue does not
 * reach across a preposition (`links`, word positions of "to", "against", "from" …): in "hostile
 * to the militants" or "its ability to raise revenue", the cue is an object, not what is described.
 */
export function closeMarker(
  hits: CueHit[],
  markers: Marker[],
  factor: FactorDefinition,
  links: ReadonlySet<number> = new Set(),
): Marker | null {
  const before = factor.polarity === 'negative' ? WINDOW_BEFORE_STRICT : WINDOW_BEFORE;
  let best: { marker: Marker; distance: number } | null = null;
  for (const hit of hits) {
    for (const marker of markers) {
      // "the mission that replaced the old force has been underfunded": a relative clause's verb
      // tells what the cue before it did to the one after, not how the one after stands.
      if (marker.relative && marker.word < hit.word && hits.some((o) => o.lastWord < marker.word)) continue;
      const d = distance(hit, marker, before, links, factor);
      if (d !== null && (!best || d < best.distance)) best = { marker, distance: d };
    }
  }
  return best?.marker ?? null;
}

/**
 * The polarity word that speaks about a factor in a clause: the nearest one after one of its cues
 * (within {@link WINDOW_AFTER} words) or just before it (within {@link WINDOW_BEFORE}). For a factor
 * whose growth favours the group, failing that, the nearest polarity word anywhere in the clause
 * that no other factor's cue has taken (`taken`), because the group is then the implicit subject;
 * a factor whose growth hinders the group (state capacity) needs a close word, so that "the attack
 * failed as the army arrived" is not read as a weak army.
 */
export function nearestMarker(
  hits: CueHit[],
  markers: Marker[],
  factor: FactorDefinition,
  taken: ReadonlySet<Marker> = new Set(),
  links?: ReadonlySet<number>,
): Marker | null {
  const close = closeMarker(hits, markers, factor, links);
  if (close || factor.polarity === 'negative') return close;
  let loose: { marker: Marker; distance: number } | null = null;
  for (const hit of hits) {
    for (const marker of markers) {
      if (taken.has(marker) || (marker.actsOn && marker.word > hit.lastWord && !factor.inflicts)) continue;
      const d = Math.abs(marker.word - hit.word);
      if (!loose || d < loose.distance) loose = { marker, distance: d };
    }
  }
  return loose?.marker ?? null;
}

/**
 * The direction of a claim about `factor` in a clause: from the nearest polarity word (negation
 * applied, and turned round when every cue names the factor's decline), else from what a cue says
 * by itself ("chaos" reads up; "not distracted" reads down when `negated` says a negator governs
 * the cue), else null (no claim).
 */
export function claimDirection(
  hits: CueHit[],
  markers: Marker[],
  factor: FactorDefinition,
  context: {
    taken?: ReadonlySet<Marker>;
    links?: ReadonlySet<number>;
    negated?: (hit: CueHit) => boolean;
  } = {},
): Direction | null {
  const { taken, links = new Set<number>(), negated = () => false } = context;
  // A polarity word inside a cue is part of the factor's name ("fighting strength"), or already read
  // by a cue that reads by itself ("less bandwidth for").
  // A phrase saying outright what favours the group, holding a whole cue and more ("impossible to
  // decapitate"), reads it.
  const own = markers.filter(
    (m) =>
      !hits.some(
        (h) =>
          m.start < h.end &&
          h.start < m.end &&
          !(m.kind === 'favours' && m.start < h.start && m.end >= h.end),
      ),
  );
  // A condition that reads by itself ("preoccupied", "turmoil") is not told by a word far from it.
  const marker =
    factor.conditions && hits.some(levelOf)
      ? closeMarker(hits, own, factor, links)
      : nearestMarker(hits, own, factor, taken, links);
  if (marker) {
    if (marker.actsOn) {
      const after = hits.every((h) => marker.word > h.lastWord);
      // "the branch killed more civilians than any other province": what the group inflicts, the
      // harming verb after its cue or far before it, is its capacity, not something done to the cue.
      if (factor.inflicts && (after || hits.every((h) => h.word - marker.word > WINDOW_BEFORE)))
        return marker.negated ? 'against' : 'for';
      // "the army squeezed the branch": the state acting on the group hinders it.
      if (after) return marker.negated ? 'for' : 'against';
    }
    // "the government did little to help": a state that fails to help is a weak one.
    if (
      factor.polarity === 'negative' &&
      marker.kind === 'favours' &&
      marker.negated &&
      marker.infinitive &&
      hits.every((h) => marker.word > h.lastWord)
    )
      return 'for';
    const kind = effectiveKind(marker);
    // A cue that names the factor's decline ("defections") grows when the factor shrinks: "defections
    // picked up" is a loss of manpower.
    // Cues inside a phrase a preposition opens after another cue ("defections from the group's rank
    // and file") do not name what the word measures.
    const heads = hits.filter(
      (h) => !hits.some((o) => o.lastWord < h.word && [...links].some((w) => w > o.lastWord && w < h.word)),
    );
    const inverse =
      heads.every((h) => h.cue.reads === 'down' || h.cue.reads === 'opposite') &&
      (kind === 'up' || kind === 'down');
    return directionOf(inverse ? (kind === 'up' ? 'down' : 'up') : kind, factor);
  }
  const reading = hits.find(levelOf);
  const level = reading && levelOf(reading);
  if (!reading || !level) return null;
  if (negated(reading) && shrugged(reading, own)) return directionOf(level, factor);
  return directionOf(negated(reading) ? (level === 'up' ? 'down' : 'up') : level, factor);
}

/**
 * A loss that did no harm: "the death of its leader did not weaken the movement", "arrests of its
 * commanders have not hurt the group". A harming verb, negated, follows the lost cue within
 * {@link WINDOW_AFTER} words, so the loss speaks of resilience, not decline.
 */
const shrugged = (reading: CueHit, markers: readonly Marker[]) =>
  markers.some(
    (m) =>
      m.actsOn &&
      m.negated &&
      m.kind === 'down' &&
      m.word > reading.lastWord &&
      m.word - reading.lastWord <= WINDOW_AFTER,
  );
