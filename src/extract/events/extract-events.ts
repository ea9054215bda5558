import type { DocumentEvent } from '../../model/event.js';
import { defaultActorRegistry, type ActorRegistry } from '../actors/registry.js';
import { findPlaces } from '../places/find-places.js';
import type { PlaceMention } from '../places/place.js';
import { assembleEvent } from './assemble.js';
import { defaultEventTypes, type EventTypeRegistry } from './event-types.js';
import { groupIncidents } from './incidents.js';
import { readFrames } from './read-frames.js';

/** Options for {@link extractEvents}: the registries to read with (the shipped ones by default). */
export interface EventOptions {
  actors?: ActorRegistry;
  eventTypes?: EventTypeRegistry;
  /** The document's headline: where the main incident is when the body names no place ("Twin car bombs hit Mogadishu's …"). */
  title?: string | null;
}

/** The first town or site a headline names, for a main incident the body does not place. */
function headlinePlace(title: string, countries: string[]): PlaceMention | null {
  return (
    findPlaces(title, { countries }).find((p) => p.place.kind === 'city' || p.place.kind === 'site') ?? null
  );
}

/**
 * Reads the incidents a cleaned text tells of: sentences are read into frames (acts, dates, places,
 * actors and their roles, casualty figures, claims), grouped into incidents, and each incident
 * assembled into an event with the offsets of the sentences it came from.
 *
 * @example
 *   extractEvents('Gunmen killed 12 villagers in Borno on Friday.', '2024-05-04');
 *   // [{ type: 'attack', date: '2024-05-03', country: 'NG', admin1: 'Borno', fatalities: 12, ... }]
 */
export function extractEvents(
  text: string,
  published: string | null,
  options: EventOptions = {},
): DocumentEvent[] {
  const actors = options.actors ?? defaultActorRegistry();
  const eventTypes = options.eventTypes ?? defaultEventTypes();
  const { frames, context } = readFrames(text, published, { actors, eventTypes });
  const incidents = groupIncidents(frames, published);
  const headline = options.title ? headlinePlace(options.title, context.countries) : null;
  const main = incidents[0] ? assembleEvent(incidents[0], context, actors, true, null, headline) : null;
  const rest = incidents
    .slice(1)
    .map((incident) => assembleEvent(incident, context, actors, false, main?.country ?? null));
  return [main, ...rest].filter((e): e is DocumentEvent => e !== null);
}
