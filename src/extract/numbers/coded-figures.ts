import { allMatches } from '../text/words.js';
import type { CasualtyFigure } from './casualties.js';
import { findQuantities } from './find-quantities.js';
import type { Quantity } from './quantity.js';

/** UCDP's fatality triple as its coders write it: "best 12, low 10, high 15". */
const TRIPLE =
  /\bbest\s*[:=]?\s*(?<best>\d{1,6})(?:\s*,\s*low\s*[:=]?\s*(?<low>\d{1,6}))?(?:\s*,\s*high\s*[:=]?\s*(?<high>\d{1,6}))?/gi;

/** A statement that nobody died: "no casualties reported", "no one was killed", "no fatalities". */
const NONE_KILLED =
  /\b(?:no\s+(?:casualties|fatalities|deaths)\s+(?:were\s+)?(?:reported|recorded|were\s+reported)|no\s+(?:one|body)\s+was\s+(?:killed|hurt|injured)|nobody\s+was\s+(?:killed|hurt|injured)|(?:there\s+were\s+)?no\s+(?:casualties|fatalities|deaths)\b)(?![^.;,]{0,30}?\b(?:among|in\s+(?:the|our|their)\s+ranks|on\s+(?:the|our|their)\s+side))/gi;

/**
 * A dataset record's casualty field: "fatalities: 12", "Total killed: 81 (including 1 perpetrator)",
 * "Total wounded: more than 400", "deaths: 85 to 90"; fields set on one line split by bars
 * ("Total killed: 12 | Total wounded: 30").
 */
const FIELD =
  /(?:^|\n|[.;|]\s+)(?:total\s+(?:number\s+of\s+)?|number\s+of\s+)?(?<label>fatalities|deaths|dead|killed|persons\s+killed|people\s+killed|nkill|wounded|injured|injuries|nwound)\s*:[ \t]*(?<value>[^\n|]{1,100}?)(?=\.\s|\.?$|\n|\s*\|)/gim;

/** "from 200 to 300", "between 200 and 300": two figures that bound one estimate. */
const BOUNDS = /(?:from|between)\s+$/i;

/** The estimate a field's value gives: its first figure, or the range two figures bound. */
function fieldQuantity(value: string, at: number): Quantity | null {
  const [first, second] = findQuantities(value);
  if (!first) return null;
  let q = first;
  if (
    second &&
    BOUNDS.test(value.slice(0, first.start)) &&
    /^\s+(?:to|and)\s+$/i.test(value.slice(first.end, second.start))
  )
    q = {
      ...first,
      end: second.end,
      text: value.slice(first.start, second.end),
      high: second.high ?? second.best,
    };
  return { ...q, start: q.start + at, end: q.end + at };
}

/** The figures of a record's casualty fields; a death field is the record's total, attackers included. */
function fieldFigures(sentence: string): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const m of allMatches(FIELD, sentence)) {
    const at = m.index + m[0].length - m.groups!.value!.length;
    const quantity = fieldQuantity(m.groups!.value!, at);
    if (!quantity) continue;
    const injured = /wound|injur/i.test(m.groups!.label!);
    const start = at - m.groups!.label!.length - 1;
    out.push({
      role: injured ? 'injured' : 'killed',
      quantity,
      start,
      end: quantity.end,
      ...(injured ? {} : { total: true }),
    });
  }
  return out;
}

/**
 * Death tolls written as event datasets write them, outside running prose: casualty fields
 * ("fatalities: 12", "Total wounded: 231"), UCDP's "best 0, low 0, high 5" (best figure with its range), and plain statements that nobody died ("no casualties
 * reported"), which are a toll of zero. A qualified "no civilian casualties" says nothing of the rest.
 */
export function codedFigures(sentence: string): CasualtyFigure[] {
  const out: CasualtyFigure[] = fieldFigures(sentence);
  for (const m of allMatches(TRIPLE, sentence)) {
    const best = Number(m.groups!.best);
    const low = m.groups!.low === undefined ? best : Number(m.groups!.low);
    const high = m.groups!.high === undefined ? best : Number(m.groups!.high);
    const quantity = {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      best,
      low,
      high,
      vague: false,
    };
    out.push({ role: 'killed', quantity, start: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(NONE_KILLED, sentence)) {
    const quantity = {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      best: 0,
      low: 0,
      high: 0,
      vague: false,
    };
    out.push({ role: 'killed', quantity, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
