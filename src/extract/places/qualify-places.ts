import { ownId, type Gazetteer } from './gazetteer.js';
import { precisionOf, readCues, townOfBefore } from './place-cues.js';
import type { PlaceMention } from './place.js';
import { ARTICLES } from './place-names.js';
import type { ScannedName } from './scan-places.js';
import type { TextView } from './text-view.js';

/**
 * What may stand between a place and the region or country that qualifies it: "Kerman, Iran", "Hajin
 * in Deir ez-Zor", "Inates, in western Niger", "Djibo (Soum, Sahel)" (the form of ACLED's notes).
 */
const QUALIFIER_GAP =
  /^\s*(?:,|,?\s*\bin(?:\s+the)?\b(?:\s+(?:far[- ])?(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)?)?|\(|\bof\b)\s*$/i;

const gapBetween = (view: TextView, a: number, b: number) =>
  view.text.slice(view.tokens[a]!.end, view.tokens[b]!.start);

/** The admin1 or country place that qualifies the name ending at token `last`, when one follows it. */
function qualifierAfter(g: Gazetteer, view: TextView, names: ScannedName[], i: number, last: number) {
  const next = names[i];
  if (!next || next.role !== 'place' || !QUALIFIER_GAP.test(gapBetween(view, last, next.first))) return null;
  const best = next.candidates[0]!;
  const kind = g.place(best.id).kind;
  return kind === 'admin1' || kind === 'country' ? best.id : null;
}

/**
 * Lets a region or country right after a place narrow it down: "Kerman, Iran" is the Iranian
 * Kerman, "the town of Hajin in Deir ez-Zor province" the one in Deir ez-Zor. Reorders the
 * candidates of each qualified name in place.
 */
export function applyQualifiers(g: Gazetteer, view: TextView, names: ScannedName[]): void {
  names.forEach((n, i) => {
    const qualifier = qualifierAfter(g, view, names, i + 1, n.last);
    if (qualifier === null || n.candidates.length < 2) return;
    const place = g.place(qualifier);
    const fits = (id: number) =>
      g.place(id).country === place.country && (place.kind === 'country' || g.admin1Id(id) === qualifier);
    const [inside, outside] = [
      n.candidates.filter((c) => fits(c.id)),
      n.candidates.filter((c) => !fits(c.id)),
    ];
    if (inside.length) n.candidates = [...inside, ...outside];
  });
}

/** "in", "near", "at", "outside" right before a name: with ", X province" after it, the name is a town. */
const LOCATIVE_WORDS = new Set(['in', 'near', 'at', 'outside']);

/** The last word of a capitalised run of words starting at `k` ("Umm Jurn", "Tal al-Hawa"). */
function nameRunEnd(view: TextView, taken: Uint8Array, k: number): number {
  const joined = (a: number) =>
    a < view.tokens.length && !taken[a] && /^[ -]$/.test(gapBetween(view, a - 1, a));
  let last = k;
  for (;;) {
    if (joined(last + 1) && view.startsUpper(last + 1)) last++;
    else if (
      joined(last + 1) &&
      ARTICLES.has(view.tokens[last + 1]!.folded) &&
      joined(last + 2) &&
      view.startsUpper(last + 2)
    )
      last += 2;
    else return last;
  }
}

/**
 * Towns the gazetteer lacks, qualified by a region or a country right after: named after "the
 * town of" or "the village of" ("the village of Umm Jurn in Hasakah province"), or after "in",
 * "near" or "at" and before a comma and a region written with its kind ("killed in Barisha, Idlib
 * province", "in Dapchi, in Yobe state"). Reported by name, with the region and country of the
 * qualifier and no coordinates; "the village of X" without a qualifier, in the document's main
 * `country` when one is given.
 */
export function townsNamedByCue(
  g: Gazetteer,
  view: TextView,
  names: ScannedName[],
  country: string | null = null,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  // The words of names already found, flagged by index (a set of every index cost more than the scan).
  const taken = new Uint8Array(view.tokens.length);
  for (const n of names) taken.fill(1, n.first, n.last + 1);
  for (let k = 0; k < view.tokens.length; k++) {
    if (taken[k] || !view.startsUpper(k) || g.englishWords.has(view.tokens[k]!.folded)) continue;
    const before = view.wordsBefore(k, 4);
    const lastWord = before.at(-1) ?? '';
    const cue =
      LOCATIVE_WORDS.has(lastWord) || lastWord === 'of'
        ? lastWord
        : ARTICLES.has(lastWord)
          ? before.at(-2)
          : undefined;
    if (cue === undefined || !(cue === 'of' || LOCATIVE_WORDS.has(cue))) continue;
    const townOf = cue === 'of' && townOfBefore(before);
    if (!townOf && cue === 'of') continue;
    if (g.matcher.lookup(view.tokens[k]!.folded).some((v) => g.role(ownId(v)) === 'block')) continue;
    const last = nameRunEnd(view, taken, k);
    const next = names.findIndex((n) => n.first > last);
    const qualifier = next < 0 ? null : qualifierAfter(g, view, names, next, last);
    if (qualifier === null && !(townOf && country)) continue;
    const region = qualifier === null ? null : g.place(qualifier);
    if (
      !townOf &&
      !(
        region?.kind === 'admin1' &&
        names[next]!.cues.admin1 &&
        /^,(?:\s*in)?$/.test(gapBetween(view, last, names[next]!.first).trim())
      )
    )
      continue;
    const start = view.tokens[k]!.start;
    const end = view.tokens[last]!.end;
    const place = {
      name: view.text.slice(start, end),
      country: region?.country ?? country!,
      admin1: region?.kind === 'admin1' ? region.name : null,
      lat: null,
      lon: null,
      kind: 'city' as const,
    };
    const cues = readCues(view.wordsBefore(k), view.after(last));
    out.push({ start, end, text: place.name, place, precision: precisionOf(place, cues), alternatives: [] });
    k = last;
  }
  return out;
}
