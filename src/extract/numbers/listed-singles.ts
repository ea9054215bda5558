import type { CasualtyFigure } from './casualties.js';
import { SINGULAR_PEOPLE } from './single-victims.js';

/** One person in a list of victims: "their driver", "a local guide", "an officer". */
const ITEM = String.raw`(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?(?:${SINGULAR_PEOPLE})\b`;
const LIST = String.raw`(?:\s*,\s*${ITEM})*\s*,?\s+and\s+${ITEM}`;

/** Single people listed before a count, after the verb: "killed an officer and (ten soldiers)". */
export const SINGLES_BEFORE = String.raw`${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s+and\s+`;

/** After a count's noun: the single people listed with it, then where the list ends. */
const AFTER = new RegExp(
  String.raw`^(?<noun>(?:\s+[\p{L}'-]+){1,4}?)(?<list>${LIST})(?=\s*(?:[,.;:)]|$|\s(?:were|had|have|in|at|on|near|when|as|after|during|while|and)\b))`,
  'u',
);
const BEFORE = new RegExp(String.raw`(?<list>${ITEM}(?:\s*,\s*${ITEM})*)\s*,?\s+and\s+$`, 'u');
const ONE = new RegExp(ITEM, 'gu');
const INCLUDING = /\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$/i;
/** Every list of single people has one joined by "and": a cheap test before the patterns. */
const MAY_LIST = /\band\s/i;
const MAY_SINGLE = /\b(?:their|its|his|her|an?|one|the)\s/i;
/** A verb inside what was taken for the count's noun: the list belongs to another clause. */
const VERB = /\b(?:was|were|had|has|have|died|killed|wounded|injured|\p{Ll}+ed)\b/u;

/**
 * "Six engineers, their driver and a guide were killed", "killed an officer and ten soldiers": the
 * single people listed with a count are counted with it (one figure each, `listedWith` the count).
 */
export function listedSingleFigures(sentence: string, counted: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  if (!MAY_LIST.test(sentence) || !MAY_SINGLE.test(sentence)) return out;
  counted.forEach((figure, index) => {
    if (figure.part || figure.all || !['killed', 'injured'].includes(figure.role)) return;
    const q = figure.quantity;
    const after = AFTER.exec(sentence.slice(q.end, q.end + 200));
    const spans: [number, string][] = [];
    if (after && !VERB.test(after.groups!.noun!)) {
      const at = q.end + after.groups!.noun!.length;
      spans.push([at, after.groups!.list!]);
    }
    const before = BEFORE.exec(sentence.slice(Math.max(0, q.start - 120), q.start));
    // "52 were killed, including a police officer, and 50 injured": that officer is among the 52
    const breakdown = before && INCLUDING.test(sentence.slice(0, Math.max(0, q.start - 120) + before.index));
    if (before && !breakdown) spans.push([Math.max(0, q.start - 120) + before.index, before.groups!.list!]);
    for (const [at, list] of spans)
      for (const m of list.matchAll(ONE)) {
        const start = at + m.index;
        const end = start + m[0].length;
        if (
          [...counted, ...out].some(
            (f) => f !== figure && f.start < end && f.end > start && f.quantity.start >= start,
          )
        )
          continue;
        const quantity = { start, end, text: m[0], best: 1, low: 1, high: 1, vague: false };
        out.push({
          role: figure.role,
          quantity,
          start,
          end,
          victims: m[0].replace(/^\S+\s+/, ''),
          listedWith: figure.listedWith ?? index,
        });
      }
  });
  return out;
}
