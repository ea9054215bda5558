// Attackers' deaths a sentence tells without a count of its own: "killed himself", "the bomber was
// killed", "all the gunmen were shot dead", "the toll does not include the two bombers".
import { allMatches } from '../text/words.js';
import type { CasualtyFigure } from './casualties.js';
import { findQuantities } from './find-quantities.js';
import type { Quantity } from './quantity.js';

const SELF_KILLED = /\b(?:killed|killing|blew|blowing)\s+(?:himself|herself)(?:\s+up)?\b/gi;
/** "the gunman was shot dead", "… and wounded 23 before officers shot him dead": a lone attacker's death. */
const SINGLE_ATTACKER =
  /\b(?:the|a)\s+(?:suicide\s+|lone\s+)?(?<who>bomber|attacker|gunman|assailant)\s+(?:was|had\s+been)\s+(?:\p{L}+ly\s+)?(?:killed|shot\s+dead)|\b(?:the|a)\s+(?:suicide\s+)?(?<who2>bomber|attacker|gunman|assailant)\s+died\b|\bbefore\s+(?:(?:police|policemen|officers|troops|soldiers|guards|security\s+forces|special\s+forces)\s+shot\s+(?:him|her)\s+dead|(?:he|she)\s+was\s+shot\s+dead|being\s+shot\s+dead)/giu;
/** "the toll does not include the two bombers", "excluding the three gunmen": attackers dead apart from the toll. */
const LEFT_OUT_BEFORE =
  /\b(?:(?:does|do|did)\s+not|doesn't|don't|didn't)\s+(?:include|count)\s+(?:the\s+)?$|\b(?:excluding|excludes|exclude|not\s+counting|not\s+including)\s+(?:the\s+)?$/i;
const LEFT_OUT_AFTER =
  /^\s+(?:suicide\s+)?(?:bombers|attackers|assailants|gunmen|militants|jihadists|insurgents|terrorists)\b/i;
/** "Two attackers stormed …, killing five, before they were killed by security forces": the attackers counted first. */
const COUNTED_ATTACKERS =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:attackers|assailants|gunmen|bombers|militants|insurgents)\b/u;
const BEFORE_THEY_DIED =
  /\bbefore\s+(?:they\s+(?:were|had\s+been)\s+(?:\p{L}+ly\s+)?(?:killed|shot\s+dead)|(?:police|policemen|officers|troops|soldiers|guards|security\s+forces|special\s+forces)\s+(?:killed\s+them|shot\s+them\s+dead)|being\s+(?:killed|shot\s+dead))\b/iu;
const ALL_ATTACKERS =
  /\b(?:(?<verb>killed|killing|shot\s+dead|shooting\s+dead)\s+)?all\s+(?:of\s+)?(?:the\s+)?(?<who>attackers|assailants|gunmen|militants|insurgents|jihadists|bombers|terrorists)(?:\s+(?:inside|involved))?(?:\s+(?:were|had\s+been)\s+(?:\p{L}+ly\s+)?(?<passive>killed|shot\s+dead))?/giu;

function attackerFigure(
  sentence: string,
  start: number,
  end: number,
  best: number,
  all = false,
): CasualtyFigure {
  const text = sentence.slice(start, end);
  const quantity: Quantity = all
    ? { start, end, text, best: 1, low: 1, high: null, vague: true }
    : { start, end, text, best, low: best, high: best, vague: false };
  return all
    ? { role: 'attackers_killed', quantity, start, end, all: true }
    : { role: 'attackers_killed', quantity, start, end };
}

/** Attackers' deaths written without a count: "killed himself", "the bomber was killed", "all the gunmen". */
export function attackerFigures(sentence: string, counted: CasualtyFigure[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const free = (start: number, end: number) =>
    counted.every((f) => f.quantity.end <= start || f.quantity.start >= end);
  for (const m of allMatches(SELF_KILLED, sentence))
    out.push(attackerFigure(sentence, m.index, m.index + m[0].length, 1));
  for (const m of allMatches(SINGLE_ATTACKER, sentence))
    out.push(attackerFigure(sentence, m.index, m.index + m[0].length, 1));
  for (const q of findQuantities(sentence)) {
    const after = LEFT_OUT_AFTER.exec(sentence.slice(q.end));
    if (after && LEFT_OUT_BEFORE.test(sentence.slice(0, q.start)) && free(q.start, q.end + after[0].length))
      out.push(attackerFigure(sentence, q.start, q.end + after[0].length, q.best));
  }
  if (BEFORE_THEY_DIED.test(sentence)) {
    const q = findQuantities(sentence).find((q) => COUNTED_ATTACKERS.test(sentence.slice(q.end)));
    if (q && free(q.start, q.end)) out.push(attackerFigure(sentence, q.start, q.end, q.best));
  }
  for (const m of allMatches(ALL_ATTACKERS, sentence)) {
    if (!m.groups!.verb && !m.groups!.passive) continue;
    const start = m.index + (m.groups!.verb ? m[0].search(/all/i) : 0);
    const end = m.index + m[0].indexOf(m.groups!.who!) + m.groups!.who!.length;
    if (free(start, end)) out.push(attackerFigure(sentence, start, end, 1, true));
  }
  return out;
}
