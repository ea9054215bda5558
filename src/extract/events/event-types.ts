import { readDataFile } from '../data-file.js';
import { ConfigError } from '../../model/errors.js';
import { EVENT_TYPES, type EventType } from '../../model/event.js';
import { packagePath } from '../../model/package-path.js';
import { tokenize, type Token } from '../text/fold.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';

/** The event-type registry shipped with Resurgence. */
export const EVENT_TYPES_FILE = packagePath('data', 'event-types.yaml');

/** One entry of the event-type registry. */
export interface EventTypeEntry {
  type: EventType;
  priority: number;
  triggers: string[];
  needs: string[];
  acts: string[];
  /** Triggers that count only when a place follows them ("captured Kunduz", "took the city of Hama"). */
  placeTriggers: string[];
}

/** A trigger word found in a sentence, for one type it can signal. */
export interface Trigger {
  type: EventType;
  priority: number;
  start: number;
  end: number;
  text: string;
  /** True when the word names the perpetrators' act (see `acts` in the registry). */
  act: boolean;
}

/** The loaded registry, with its matchers. */
export interface EventTypeRegistry {
  entries: EventTypeEntry[];
  /**
   * Every trigger in `text` for every type whose `needs` are met in it, in order of position. Given
   * `tokens` (a span of a longer text's words), only that span is read, offsets staying in `text`.
   * `placeStarts` holds where places named below a country begin; without it no place trigger counts.
   */
  triggersIn(text: string, tokens?: Token[], placeStarts?: ReadonlySet<number>): Trigger[];
}

const words = (file: string, where: string, value: unknown): string[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    throw new ConfigError(file, `${where}: expected a list of words`);
  }
  return value as string[];
};

function readEntry(file: string, raw: unknown, index: number): EventTypeEntry {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const type = entry.type as EventType;
  if (!EVENT_TYPES.includes(type)) {
    throw new ConfigError(
      file,
      `types[${index}]: unknown type "${String(type)}"; use one of ${EVENT_TYPES.join(', ')}`,
    );
  }
  if (typeof entry.priority !== 'number')
    throw new ConfigError(file, `type ${type}: needs a numeric priority`);
  return {
    type,
    priority: entry.priority,
    triggers: words(file, `type ${type}.triggers`, entry.triggers),
    needs: words(file, `type ${type}.needs`, entry.needs),
    acts: words(file, `type ${type}.acts`, entry.acts),
    placeTriggers: words(file, `type ${type}.placeTriggers`, entry.placeTriggers),
  };
}

/**
 * The words a place trigger may have between it and the place: "took the provincial capital of",
 * "captured the northern town of", "walked into the centre of".
 */
const BEFORE_PLACE =
  /^(?:\s+(?:the|a|key|strategic|nearby|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|provincial|district|regional|border|coastal|frontier|desert|mountain|port|garrison|oil|market|capital|town|city|village|hamlet|area|region|province|centre|center|heart|of))*\s+$/i;

/** Whether a place begins right after `end`, with only words like "the town of" between. */
function placeFollows(text: string, end: number, placeStarts: ReadonlySet<number>): boolean {
  for (let at = end + 1; at <= end + 60 && at <= text.length; at++) {
    if (placeStarts.has(at)) return BEFORE_PLACE.test(text.slice(end, at));
  }
  return false;
}

/**
 * Reads and validates the event-type registry (`data/event-types.yaml`); a bad entry fails here,
 * naming it.
 *
 * @example
 *   loadEventTypes().triggersIn('A car bomb exploded near the market.').map((t) => t.type);
 *   // ['bombing', 'bombing']
 */
export function loadEventTypes(file: string = EVENT_TYPES_FILE): EventTypeRegistry {
  const data = readDataFile(file, 'the event types');
  const types = (data as { types?: unknown })?.types;
  if (!Array.isArray(types)) throw new ConfigError(file, 'expected a `types` list');
  const entries = types.map((raw, i) => readEntry(file, raw, i));
  const triggers = new PhraseMatcher<{ entry: EventTypeEntry; act: boolean; beforePlace?: boolean }>();
  const needs = new PhraseMatcher<EventTypeEntry>();
  const notEvents = new PhraseMatcher<true>();
  for (const phrase of words(file, 'notEvents', (data as { notEvents?: unknown }).notEvents))
    notEvents.add(phrase, true);
  for (const entry of entries) {
    const acts = new Set(entry.acts.map((a) => a.toLowerCase()));
    for (const t of entry.triggers) if (!acts.has(t.toLowerCase())) triggers.add(t, { entry, act: false });
    for (const t of acts) triggers.add(t, { entry, act: true });
    for (const n of entry.needs) needs.add(n, entry);
    for (const t of entry.placeTriggers) triggers.add(t, { entry, act: true, beforePlace: true });
  }
  return {
    entries,
    triggersIn(text, tokens = tokenize(text), placeStarts = new Set<number>()) {
      const met = new Set(needs.find(text, tokens).flatMap((m) => m.values));
      const ignored = notEvents.find(text, tokens);
      const found = triggers
        .find(text, tokens)
        .filter((m) => !ignored.some((n) => m.start < n.end && n.start < m.end));
      return found.flatMap((m) =>
        m.values
          .filter(({ entry }) => entry.needs.length === 0 || met.has(entry))
          .filter(({ beforePlace }) => !beforePlace || placeFollows(text, m.end, placeStarts))
          .map(({ entry, act }) => ({
            type: entry.type,
            priority: entry.priority,
            start: m.start,
            end: m.end,
            text: m.text,
            act,
          })),
      );
    },
  };
}

let shipped: EventTypeRegistry | null = null;

/** The shipped registry, read once. */
export const defaultEventTypes = (): EventTypeRegistry => (shipped ??= loadEventTypes());
