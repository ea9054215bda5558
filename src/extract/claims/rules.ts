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

/** Builds claim rules from a framework and a language file's contents. */
export function claimRules(framework: FactorFramework, language: ClaimLanguage): ClaimRules {
  const answers = language.negativeAnswers;
  const rejections = language.rejectedViews;
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
    negativeAnswer: answers.length ? new RegExp(`^\\W*(?:${answers.join('|')})`, 'iu') : null,
    rejectedView: rejections.length ? new RegExp(`\\b(?:${rejections.join('|')})\\b`, 'iu') : null,
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
