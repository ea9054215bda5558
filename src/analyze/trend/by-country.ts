import { defaultActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import type { Queryable } from '../../store/database.js';
import { countriesOfActor } from '../../store/trends/actor-countries.js';
import type { PeriodLength } from '../../store/trends/trend-series.js';
import { actorTrajectory, type Trajectory } from './trajectory.js';

/** An actor's trajectory in one country. */
export interface CountryTrajectory extends Trajectory {
  /** ISO 3166-1 alpha-2. */
  country: string;
  events: number;
}

/**
 * An actor's trajectory in each country where it has events, most events first.
 *
 * @example
 *   const rows = await trajectoriesByCountry(db, 'Islamic State', 'year');
 *   rows.map((r) => [r.country, r.analysis.recent?.rateRatio]);
 */
export async function trajectoriesByCountry(
  db: Queryable,
  actor: string,
  by: PeriodLength = 'year',
  registry: ActorRegistry = defaultActorRegistry(),
): Promise<CountryTrajectory[]> {
  const out: CountryTrajectory[] = [];
  for (const { country, events } of await countriesOfActor(db, actor)) {
    out.push({ country, events, ...(await actorTrajectory(db, { actor, country, by }, registry)) });
  }
  return out;
}
