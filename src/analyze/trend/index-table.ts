import { defaultActorRegistry, type ActorRegistry } from '../../extract/actors/registry.js';
import { actorEventCounts } from '../../store/actors/actor-counts.js';
import type { Queryable } from '../../store/database.js';
import type { EventFilter } from '../../store/events/event-filter.js';
import type { ResurgenceIndex } from './resurgence-index.js';
import { actorTrajectory } from './trajectory.js';

/** The resurgence index of one group or one of its units. */
export interface IndexRow {
  actor: string;
  /** null for the group as a whole. */
  unit: string | null;
  /** Events in the last 12 months of the series. */
  recentEvents: number;
  index: ResurgenceIndex | null;
}

/**
 * The resurgence index per group and unit: for `actor` (or every non-state actor with events),
 * the group as a whole and then each of its units with events. Each row is computed from that
 * group's or unit's own monthly series (see `docs/resurgence-index.md`).
 *
 * @example
 *   const rows = await resurgenceIndexTable(db, { actor: 'Islamic State' });
 *   rows.map((r) => [r.unit ?? 'all', r.index?.total]);
 */
export async function resurgenceIndexTable(
  db: Queryable,
  filter: EventFilter = {},
  registry: ActorRegistry = defaultActorRegistry(),
): Promise<IndexRow[]> {
  const counts = await actorEventCounts(db);
  const actors = filter.actor
    ? [filter.actor]
    : [...counts.keys()].filter((name) => {
        const kind = registry.byName(name)?.kind;
        return kind && kind !== 'state_forces';
      });
  const rows: IndexRow[] = [];
  for (const actor of actors.sort()) {
    const units = [null, ...[...(counts.get(actor)?.units.keys() ?? [])].sort()];
    for (const unit of filter.unit ? [filter.unit] : units) {
      const { series, analysis } = await actorTrajectory(
        db,
        { ...filter, actor, unit, by: 'month' },
        registry,
      );
      if (!series.months.length) continue;
      const recentEvents = series.months.slice(-12).reduce((n, m) => n + m.events, 0);
      rows.push({ actor, unit, recentEvents, index: analysis.index });
    }
  }
  return rows;
}
