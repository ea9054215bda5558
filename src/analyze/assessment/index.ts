import { loadFactorFramework } from '../../extract/claims/index.js';
import type { Queryable } from '../../store/database.js';
import { assess, type Assessment } from './assess.js';
import { loadAssessmentConfig, type ConfigFiles } from './config.js';
import { loadAssessmentInputs } from './inputs.js';

export { assess, type Assessment } from './assess.js';
export { loadAssessmentConfig, type AssessmentConfig } from './config.js';
export { loadAssessmentInputs, type AssessmentInputs } from './inputs.js';
export { scoreMatrix, diagnosticity, sensitivity, ranking } from './ach.js';
export { parseRating, RATINGS, RATING_INFO, type Rating } from './ratings.js';

/** Options for {@link assessDatabase}. */
export interface AssessOptions extends ConfigFiles {
  actor?: string;
  unit?: string | null;
  documentIds?: number[];
  /** Factor file (default: the shipped `data/factors.yaml`). */
  factors?: string;
  /** Years compared by the data indicators. Default 3. */
  years?: number;
}

/**
 * Reads and validates the data files (factors, hypotheses, weights: a ConfigError names any fault
 * before anything else runs), loads what the database holds, and assesses it.
 *
 * @example
 *   const brief = await assessDatabase(db, { actor: 'Islamic State' });
 */
export async function assessDatabase(db: Queryable, options: AssessOptions = {}): Promise<Assessment> {
  const framework = loadFactorFramework(options.factors);
  const config = loadAssessmentConfig(framework, options);
  const inputs = await loadAssessmentInputs(db, {
    actor: options.actor ?? 'Islamic State',
    unit: options.unit ?? null,
    documentIds: options.documentIds,
    framework,
    config,
  });
  return assess(inputs, { years: options.years });
}
