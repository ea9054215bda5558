import { defaultActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import type { Queryable } from '../../store/database.js';
import { trendSeries, type TrendSeries, type TrendSeriesOptions } from '../../store/trends/trend-series.js';
import { analyzeTrend, type TrendAnalysis } from './analyze-trend.js';

/** A trajectory: the counts per period and month, and what they say. */
export interface Trajectory {
  series: TrendSeries;
  analysis: TrendAnalysis;
}

/** The home countries that reach is measured from: a unit's own countries, else the group's `home`. */
export function homeCountries(
  registry: ActorRegistry,
  selection: Pick<TrendSeriesOptions, 'actor' | 'unit'>,
): string[] {
  const actor = registry.byName(selection.actor);
  const unit = selection.unit ? actor?.units.find((u) => u.name === selection.unit) : null;
  return unit ? unit.countries : (actor?.home ?? []);
}

/**
 * An actor's trajectory from the stored events: {@link trendSeries} with the right home
 * countries, then {@link analyzeTrend}. What `resurgence trend` prints and the assessment charts.
 *
 * @example
 *   const { series, analysis } = await actorTrajectory(db, { actor: 'Islamic State', country: 'NG', by: 'year' });
 */
export async function actorTrajectory(
  db: Queryable,
  options: Omit<TrendSeriesOptions, 'home'>,
  registry: ActorRegistry = defaultActorRegistry(),
): Promise<Trajectory> {
  const home = homeCountries(registry, options);
  const series = await trendSeries(db, { ...options, home });
  // Within one country, reach (the share of events outside home) cannot change: leave it out.
  const hasHome = home.length > 0 && !options.country;
  return { series, analysis: analyzeTrend(series.months, { hasHome }) };
}
