import { compileCue, findCues, type CuePattern } from '../../extract/claims/cues.js';
import type { Scope } from '../../extract/claims/index.js';
import type { AssessmentConfig } from './config.js';

const ORDER: Scope[] = ['core', 'periphery', 'external'];
const compiled = new WeakMap<AssessmentConfig['scopes'], [Scope, CuePattern[]][]>();

function cuesOf(scopes: AssessmentConfig['scopes']): [Scope, CuePattern[]][] {
  let cues = compiled.get(scopes);
  if (!cues) {
    cues = ORDER.map((s) => [s, (scopes[s]?.cues ?? []).map(compileCue)]);
    compiled.set(scopes, cues);
  }
  return cues;
}

/**
 * The theatre a sentence speaks of: the one whose cues it names most often (core first on a tie),
 * or `general` when it names none.
 */
export function scopeOfText(text: string, scopes: AssessmentConfig['scopes']): Scope {
  let best: { scope: Scope; hits: number } = { scope: 'general', hits: 0 };
  for (const [scope, cues] of cuesOf(scopes)) {
    const hits = findCues(text, cues).length;
    if (hits > best.hits) best = { scope, hits };
  }
  return best.scope;
}

/** The theatre of a country (ISO alpha-2): core, periphery, or external for any other. */
export function scopeOfCountry(country: string | null, scopes: AssessmentConfig['scopes']): Scope {
  if (!country) return 'general';
  const code = country.toUpperCase();
  if (scopes.core?.countries.includes(code)) return 'core';
  if (scopes.periphery?.countries.includes(code)) return 'periphery';
  return 'external';
}
