export { findClaims, type ClaimOptions } from './find-claims.js';
export { readClaims } from './read-claims.js';
export { readStance, bottomLines, type StanceOptions, type BottomLine } from './stance.js';
export { defaultClaimRules, claimRules, type ClaimRules } from './rules.js';
export {
  loadFactorFramework,
  parseFactorFramework,
  dataFile,
  SCOPES,
  type Scope,
  type FactorDefinition,
  type FactorFramework,
} from './framework.js';
export { Checker, readYaml } from './framework.js';
export { loadClaimLanguage, parseClaimLanguage, type ClaimLanguage } from './language.js';
export { TextIndex } from './text-index.js';
