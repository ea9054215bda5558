import type { Claim } from '../../model/claim.js';
import { attributionOf } from './attribution.js';
import { periodOf } from './period.js';
import type { ClaimRules } from './rules.js';
import type { BottomLine } from './stance.js';
import type { TextIndex } from './text-index.js';
import { within } from '../text/spans.js';

/**
 * The claims that verdicts on the group as a whole make ("the movement is stronger than at any time
 * since its founding", "a local insurgency, not a revival"): a bottom-line sentence that reads `for`
 * or `against` is a claim about the language's `verdict_factor` when no claim of that factor covers
 * it and no claim read from its own words already says the same. Returns `claims` with them, in
 * order of position. The stance is read before they are added: they would only echo its lines.
 *
 * @example
 *   const lines = bottomLines(text, index);
 *   withVerdicts(findClaims(text, { rules, index }), lines, rules, index);
 */
export function withVerdicts(
  claims: Claim[],
  lines: readonly BottomLine[],
  rules: ClaimRules,
  index: TextIndex,
): Claim[] {
  const factor = rules.language.verdictFactor;
  if (!factor) return claims;
  const added: Claim[] = [];
  for (const line of lines) {
    if (line.direction === 'mixed') continue;
    const carried = claims.some(
      (c) =>
        c.start < line.end &&
        line.start < c.end &&
        (c.factor === factor || (c.direction === line.direction && c.directionFrom === 'text')),
    );
    if (carried) continue;
    added.push({
      factor,
      direction: line.direction,
      directionFrom: 'text',
      firmness: within(index.hedges, line).length ? 'hedged' : 'asserted',
      attribution: attributionOf(line.text, rules.attribution),
      period: periodOf(line.text),
      start: line.start,
      end: line.end,
      text: line.text,
    });
  }
  return added.length ? [...claims, ...added].sort((a, b) => a.start - b.start) : claims;
}
