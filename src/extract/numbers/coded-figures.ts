import { allMatches } from '../text/words.js';
import type { CasualtyFigure } from './casualties.js';

/** UCDP's fatality triple as its coders write it: "best 12, low 10, high 15". */
const TRIPLE =
  /\bbest\s*[:=]?\s*(?<best>\d{1,6})(?:\s*,\s*low\s*[:=]?\s*(?<low>\d{1,6}))?(?:\s*,\s*high\s*[:=]?\s*(?<high>\d{1,6}))?/gi;

/** A statement that nobody died: "no casualties reported", "no one was killed", "no fatalities". */
const NONE_KILLED =
  /\b(?:no\s+(?:casualties|fatalities|deaths)\s+(?:were\s+)?(?:reported|recorded|were\s+reported)|no\s+(?:one|body)\s+was\s+(?:killed|hurt|injured)|nobody\s+was\s+(?:killed|hurt|injured)|(?:there\s+were\s+)?no\s+(?:casualties|fatalities|deaths)\b)(?![^.;,]{0,30}?\b(?:among|in\s+(?:the|our|their)\s+ranks|on\s+(?:the|our|their)\s+side))/gi;

/**
 * Death tolls written as event datasets write them, outside running prose: UCDP's "best 0, low 0,
 * high 5" (best figure with its range), and plain statements that nobody died ("no casualties
 * reported"), which are a toll of zero. A qualified "no civilian casualties" says nothing of the rest.
 */
export function codedFigures(sentence: string): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
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
