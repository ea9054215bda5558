import type { Claim, StanceReading } from '../../model/claim.js';
import { findClaims } from './find-claims.js';
import { defaultClaimRules, type ClaimRules } from './rules.js';
import { bottomLines, readStance } from './stance.js';
import { TextIndex } from './text-index.js';
import { withVerdicts } from './verdict-claims.js';

/**
 * A document's claims (with those its verdicts on the group make, see {@link withVerdicts}) and its
 * stance, reading the text's cues and its bottom-line sentences once for both; the headline, when
 * the text does not open with it, frames the stance as the first paragraph would.
 *
 * @example
 *   const { claims, stance } = readClaims(doc.text);
 */
export function readClaims(
  text: string,
  rules: ClaimRules = defaultClaimRules(),
  title: string | null = null,
): { claims: Claim[]; stance: StanceReading | null } {
  const index = new TextIndex(text, rules);
  const claims = findClaims(text, { rules, index });
  const lines = bottomLines(text, index);
  const stance = readStance(text, claims, { rules, index, title, lines });
  return { claims: withVerdicts(claims, lines, rules, index), stance };
}
