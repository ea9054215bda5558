import { allMatches } from '../text/words.js';
import { ownId, type Gazetteer } from './gazetteer.js';
import { precisionOf, readCues } from './place-cues.js';
import type { PlaceMention } from './place.js';
import type { ScannedName } from './scan-places.js';
import type { TextView } from './text-view.js';

/** A name as the scanner first reads it: its words and the gazetteer entries it may stand for. */
interface Named {
  first: number;
  last: number;
  values: number[];
}

/** "Djibo (Soum, Sahel)", "Monguno (Monguno, Borno)", "Ndoma village (Beni, Nord-Kivu)". */
const BRACKET = /^(?:\s+(?:village|town|city|area|camp))?\s*\(([^()]{1,80})\)/i;

/**
 * The last name inside a bracket that follows a capitalised name ("Inata (Soum, Sahel)"), or that
 * lists a district first ("the road between the two towns (Soum, Sahel)").
 */
const REGION_BRACKET_OPEN =
  /(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:village|town|city|area|camp))?\s*\((?:[^()]{1,60},\s*)?|\([^()]{1,60},\s*)$/u;

/**
 * Places named the way ACLED's notes name them, with their districts and region in brackets after
 * them: "Djibo (Soum, Sahel)". The region in the brackets settles both names wherever the document's
 * countries point: the town is the one of that name inside the region, the bracketed name is the
 * region, not a namesake elsewhere (even when the town is one the gazetteer lacks: "Sahel" in
 * "Inata (Soum, Sahel)" is Burkina Faso's region, not the belt across Africa). Returns, per name so
 * settled, the gazetteer entries it may be.
 */
export function bracketRegions(g: Gazetteer, view: TextView, names: Named[]): Map<Named, Set<number>> {
  const out = new Map<Named, Set<number>>();
  for (const name of names) {
    const start = view.tokens[name.first]!.start;
    const end = view.tokens[name.last]!.end;
    if (!/^\s*\)/.test(view.text.slice(end, end + 5))) continue;
    if (!REGION_BRACKET_OPEN.test(view.text.slice(Math.max(0, start - 100), start))) continue;
    const regions = name.values.map(ownId).filter((id) => g.place(id).kind === 'admin1');
    if (regions.length > 0) out.set(name, new Set(regions));
  }
  names.forEach((name, i) => {
    const after = view.tokens[name.last]!.end;
    const m = BRACKET.exec(view.text.slice(after, after + 120));
    if (!m) return;
    const inside = { start: after + m[0].length - 1 - m[1]!.length, end: after + m[0].length - 1 };
    const bracketed = names
      .slice(i + 1)
      .filter((n) => view.tokens[n.first]!.start >= inside.start && view.tokens[n.last]!.end <= inside.end);
    const region = bracketed.at(-1);
    if (!region) return;
    const regions = region.values.map(ownId).filter((id) => g.place(id).kind === 'admin1');
    const towns = name.values
      .map(ownId)
      .filter((id) => g.place(id).kind === 'city' && regions.includes(g.admin1Id(id)));
    if (towns.length === 0) return;
    out.set(name, new Set(towns));
    out.set(region, new Set(towns.map((id) => g.admin1Id(id))));
  });
  return out;
}

/** A bracket and what it holds. */
const BRACKETED = /\(([^()]{1,80})\)/g;

/** A capitalised name of up to four words (with its "village" or "town") ending right before a bracket. */
const NAME_BEFORE_BRACKET =
  /(?:^|[^\p{L}\p{N}'’-])(?<name>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3})(?:\s+(?:village|town|area|camp))?\s*$/u;

/**
 * Towns the gazetteer lacks, named with their region in brackets as ACLED's notes name them:
 * "Koshobe (Jere, Borno)". Reported by name, with the region and country of the bracketed region
 * and no coordinates. `names` are the scanned places, best candidate first.
 */
export function townsBeforeBrackets(g: Gazetteer, view: TextView, names: ScannedName[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const spans = names.map((n) => ({ start: view.tokens[n.first]!.start, end: view.tokens[n.last]!.end }));
  for (const m of allMatches(BRACKETED, view.text)) {
    const open = m.index;
    const close = open + m[0].length;
    const last = names.findLast((n, i) => spans[i]!.start > open && spans[i]!.end < close);
    const region = last && g.place(last.candidates[0]!.id);
    if (!region || region.kind !== 'admin1') continue;
    const before = NAME_BEFORE_BRACKET.exec(view.text.slice(Math.max(0, open - 80), open));
    const name = before?.groups?.name;
    if (!name) continue;
    const start = open - before[0].length + before[0].indexOf(name);
    const end = start + name.length;
    const firstWord = name.split(/[ -]/)[0]!.toLowerCase();
    if (g.englishWords.has(firstWord) || spans.some((s) => s.start < end && start < s.end)) continue;
    const place = {
      name,
      country: region.country,
      admin1: region.name,
      lat: null,
      lon: null,
      kind: 'city' as const,
    };
    const first = view.tokens.findIndex((t) => t.start === start);
    const cues = readCues(first < 0 ? [] : view.wordsBefore(first), view.text.slice(end, end + 40));
    out.push({ start, end, text: name, place, precision: precisionOf(place, cues), alternatives: [] });
  }
  return out;
}
