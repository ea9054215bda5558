import { capitalsNamedByCountry } from './named-capital.js';
import { townsBeforeBrackets } from './bracket-regions.js';
import { findActors, type ActorMention } from '../actors/find-actors.js';
import { defaultActorRegistry, type ActorRegistry } from '../actors/registry.js';
import { defaultGazetteer } from './default-gazetteer.js';
import { documentCountriesIn } from './document-countries.js';
import type { Gazetteer } from './gazetteer.js';
import { admin1Suffix, precisionOf } from './place-cues.js';
import type { PlaceContext, PlaceMention } from './place.js';
import { applyQualifiers, townsNamedByCue } from './qualify-places.js';
import { scanPlaces } from './scan-places.js';

/** Options of {@link findPlaces}; the defaults are the shipped gazetteer and actor registry. */
export interface FindPlacesOptions {
  gazetteer?: Gazetteer;
  /** Actor names are not places: no place is read inside "Khorasan Province" or "Sinai Province". */
  actors?: ActorRegistry;
  /** The actors already found in the text (by `findActors`), to save finding them again. */
  actorMentions?: ActorMention[];
}

/**
 * Every place named in a text (a sentence or a whole document), in order, with the place it most
 * likely is, the other places the words could name, and how precisely it places what happens there.
 * Names are disambiguated by the document's countries (`context.countries`, or else those
 * {@link documentCountries} reads from the text itself), by the words around them ("Idlib
 * province", "Kerman, Iran"), and by size.
 *
 * @example
 *   findPlaces('A bomb went off near the town of Tal Afar, west of Mosul.');
 *   // [{ text: 'Tal Afar', place: { name: 'Tall ‘Afar', country: 'IQ', admin1: 'Nineveh', ... }, precision: 'near' },
 *   //  { text: 'Mosul', place: { name: 'Mosul', ... }, precision: 'near' }]
 */
export function findPlaces(
  text: string,
  context: PlaceContext = {},
  options: FindPlacesOptions = {},
): PlaceMention[] {
  const g = options.gazetteer ?? defaultGazetteer();
  const countries = context.countries ?? documentCountriesIn(g, text);
  const actors = options.actorMentions ?? findActors(text, options.actors ?? defaultActorRegistry());
  const blocked = actors.filter((a) => a.unit !== null || a.kind !== 'state_forces');
  const scan = scanPlaces(g, text, { countries, blocked });
  const view = scan.view;
  const names = scan.names.filter((n) => n.role === 'place');
  applyQualifiers(g, view, names);
  const mentions: PlaceMention[] = names.map((n) => {
    const [best, ...others] = n.candidates.map((c) => g.place(c.id));
    let end = view.tokens[n.last]!.end;
    if (best!.kind === 'admin1' && n.cues.admin1) end += admin1Suffix(view.after(n.last));
    const start = view.tokens[n.first]!.start;
    return {
      start,
      end,
      text: text.slice(start, end),
      place: best!,
      precision: precisionOf(best!, n.cues),
      alternatives: others,
    };
  });
  const insideActor = (p: PlaceMention) => actors.some((a) => p.start < a.end && a.start < p.end);
  return [
    ...mentions,
    ...townsNamedByCue(g, view, names, countries[0] ?? null),
    ...townsBeforeBrackets(g, view, names),
    ...capitalsNamedByCountry(g, text),
  ]
    .filter((p) => !insideActor(p) && !countryAsActor(text, p))
    .sort((a, b) => a.start - b.start);
}

/** A country named as the one acting ("US strikes", "French troops", "Iraqi officials"), not as where. */
const COUNTRY_AS_ACTOR =
  /^(?:-led)?\s+(?:air\s+|drone\s+|military\s+)?(?:strikes?|forces|troops|military|aircraft|drones?|warplanes|jets|officials?|embassy|envoy|president|government|army|navy|air\s+force|special\s+forces|intelligence|authorities|service\s+members|soldiers|personnel|citizens?|nationals?|spokesman|diplomats?|coalition|operations?)\b/i;

const countryAsActor = (text: string, p: PlaceMention) =>
  p.place.kind === 'country' && COUNTRY_AS_ACTOR.test(text.slice(p.end, p.end + 30));
