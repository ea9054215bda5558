import { ConfigError } from '../../model/errors.js';
import { attributionPatterns, type AttributionPatterns } from './attribution.js';
import { loadFactorFramework, type FactorFramework } from './framework.js';
import { loadClaimLanguage, type ClaimLanguage } from './language.js';

/** Everything the claim finder reads: the factor framework, its language, and compiled patterns. */
export interface ClaimRules {
  framework: FactorFramework;
  language: ClaimLanguage;
  attribution: AttributionPatterns;
  /** The opening of a sentence that answers the question before it "no" (see `negative_answers`), or null. */
  negativeAnswer: RegExp | null;
  /** A phrase rejecting the view the rest of its sentence states (see `rejected_views`), or null. */
  rejectedView: RegExp | null;
}

/** One case-insensitive pattern matching any of `alternatives` between `before` and `after`; null for none. */
const anyOf = (alternatives: string[], before: string, after = '') =>
  alternatives.length ? new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'iu') : null;

/** Builds claim rules from a framework and a language file's contents. */
export function claimRules(framework: FactorFramework, language: ClaimLanguage): ClaimRules {
  const verdict = language.verdictFactor;
  if (verdict && !framework.factors.some((f) => f.id === verdict))
    throw new ConfigError(
      framework.file,
      `verdict_factor "${verdict}" is not a factor of this framework; name one of ${framework.factors.map((f) => f.id).join(', ')}`,
    );
  return {
    framework,
    language,
    attribution: attributionPatterns(language),
    negativeAnswer: anyOf(language.negativeAnswers, '^\\W*'),
    rejectedView: anyOf(language.rejectedViews, '\\b', '\\b'),
  };
}

let shipped: ClaimRules | null = null;

/**
 * The rules shipped in `data/factors.yaml` and `data/claim-language.yaml`, read and validated once.
 * Throws ConfigError when either file is invalid.
 */
export function defaultClaimRules(): ClaimRules {
  shipped ??= claimRules(loadFactorFramework(), loadClaimLanguage());
  return shipped;
}
