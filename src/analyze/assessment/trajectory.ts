import type { ActivityCell } from '../../store/indicators.js';
import type { AssessmentConfig } from './config.js';
import { scopeOfCountry } from './scope.js';

/** The group's trajectory per year, as the charts draw it. */
export interface Trajectory {
  years: number[];
  core: number[];
  periphery: number[];
  external: number[];
  fatalities: number[];
  /** Origins counted (datasets when there are any, else events read from documents). */
  origins: string[];
  /** A year dropped as incomplete (its last event falls before December), or null. */
  partialYear: number | null;
  /**
   * The years every country's data covers (countries with at least ten events), which indicators
   * compare so that a country whose data stops early does not read as a fall; all years when the
   * countries share fewer than two.
   */
  comparableYears: number[];
}

/** Event data from datasets when any is stored; otherwise the events read from documents. */
export function preferredCells(cells: ActivityCell[]): ActivityCell[] {
  const datasets = cells.filter((c) => c.origin !== 'document');
  return datasets.length ? datasets : cells;
}

/**
 * Events per year by theatre, and deaths, from the preferred origins. The last year is dropped
 * when its last recorded event falls before December (a partial year would read as a fall).
 */
export function trajectoryOf(all: ActivityCell[], scopes: AssessmentConfig['scopes']): Trajectory {
  const cells = preferredCells(all);
  const yearsSeen = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  let partialYear: number | null = null;
  const last = yearsSeen[yearsSeen.length - 1];
  if (last !== undefined && yearsSeen.length > 1) {
    const lastDay = cells
      .filter((c) => c.year === last)
      .map((c) => c.lastDay ?? '')
      .sort()
      .pop();
    if (lastDay && lastDay < `${last}-12-01`) partialYear = last;
  }
  const first = yearsSeen[0];
  const end = partialYear ?? (last === undefined ? undefined : last + 1);
  const years = first === undefined || end === undefined ? [] : range(first, end);
  const total = (keep: (c: ActivityCell) => boolean, value: (c: ActivityCell) => number) =>
    years.map((y) => cells.filter((c) => c.year === y && keep(c)).reduce((n, c) => n + value(c), 0));
  const theatre = (scope: string) => (c: ActivityCell) => scopeOfCountry(c.country, scopes) === scope;
  return {
    years,
    core: total(theatre('core'), (c) => c.events),
    periphery: total(theatre('periphery'), (c) => c.events),
    external: total(theatre('external'), (c) => c.events),
    fatalities: total(
      () => true,
      (c) => c.fatalities,
    ),
    origins: [...new Set(cells.map((c) => c.origin))].sort(),
    partialYear,
    comparableYears: commonYears(cells, years),
  };
}

function commonYears(cells: ActivityCell[], years: number[]): number[] {
  const byCountry = new Map<string, ActivityCell[]>();
  for (const c of cells) if (c.country) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  let from = -Infinity;
  let to = Infinity;
  for (const own of byCountry.values()) {
    if (own.reduce((n, c) => n + c.events, 0) < 10) continue;
    const first = Math.min(...own.map((c) => c.year));
    const last = Math.max(...own.map((c) => c.year));
    const lastDay =
      own
        .filter((c) => c.year === last)
        .map((c) => c.lastDay ?? '')
        .sort()
        .pop() ?? '';
    from = Math.max(from, first);
    to = Math.min(to, lastDay >= `${last}-12-01` ? last : last - 1);
  }
  const common = years.filter((y) => y >= from && y <= to);
  return common.length >= 2 ? common : years;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
