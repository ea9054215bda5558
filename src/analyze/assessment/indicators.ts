import type { Scope } from '../../extract/claims/index.js';
import type { ActivityCell } from '../../store/indicators.js';
import type { AssessmentConfig } from './config.js';
import { scopeOfCountry } from './scope.js';

/** A yearly series: the value of an indicator in each year. */
export type YearSeries = Map<number, number>;

/** An event-data indicator: what it measures, the theatre it speaks of, and how to compute it. */
export interface IndicatorDefinition {
  id: string;
  /** Completes "… fell from N in 2017 to M in 2019": `events in Iraq and Syria`. */
  measures: string;
  scope: Scope;
  compute(cells: ActivityCell[], scopes: AssessmentConfig['scopes']): YearSeries;
}

function sum(cells: ActivityCell[], keep: (c: ActivityCell) => boolean, value: (c: ActivityCell) => number) {
  const series: YearSeries = new Map();
  for (const c of cells) if (keep(c)) series.set(c.year, (series.get(c.year) ?? 0) + value(c));
  return series;
}

const inScope = (scope: Scope, scopes: AssessmentConfig['scopes']) => (c: ActivityCell) =>
  scopeOfCountry(c.country, scopes) === scope;

/**
 * Every indicator the assessment can compute from stored events. Factors name the ones that bear on
 * them in `data/factors.yaml`; add one by adding an entry here.
 */
export const INDICATORS: IndicatorDefinition[] = [
  {
    id: 'core_activity',
    measures: 'events in the core (Iraq and Syria)',
    scope: 'core',
    compute: (cells, scopes) => sum(cells, inScope('core', scopes), (c) => c.events),
  },
  {
    id: 'periphery_activity',
    measures: 'events in the provinces outside Iraq and Syria',
    scope: 'periphery',
    compute: (cells, scopes) => sum(cells, inScope('periphery', scopes), (c) => c.events),
  },
  {
    id: 'external_attacks',
    measures: 'attacks outside its theatres',
    scope: 'external',
    compute: (cells, scopes) => sum(cells, inScope('external', scopes), (c) => c.events),
  },
  {
    id: 'provinces_active',
    measures: 'provinces and countries active outside the core',
    scope: 'periphery',
    compute(cells, scopes) {
      const seen = new Map<number, Set<string>>();
      for (const c of cells) {
        if (scopeOfCountry(c.country, scopes) === 'core' || !c.country) continue;
        const set = seen.get(c.year) ?? new Set<string>();
        set.add(c.unit ?? c.country);
        seen.set(c.year, set);
      }
      return new Map([...seen].map(([year, set]) => [year, set.size]));
    },
  },
  {
    id: 'prison_attacks',
    measures: 'attacks on prisons',
    scope: 'general',
    compute: (cells) =>
      sum(
        cells,
        () => true,
        (c) => c.prisonAttacks,
      ),
  },
  {
    id: 'mass_casualty_attacks',
    measures: 'attacks killing ten or more',
    scope: 'general',
    compute: (cells) =>
      sum(
        cells,
        () => true,
        (c) => c.massCasualty,
      ),
  },
];

/** The indicator with this id. */
export const indicatorById = (id: string) => INDICATORS.find((i) => i.id === id);
