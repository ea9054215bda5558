import type { Assessment } from '../analyze/assessment/assess.js';
import { lineChart } from './svg/line-chart.js';

/** A chart of the brief: its id, title, and the SVG. */
export interface BriefChart {
  id: string;
  title: string;
  svg: string;
}

const COLOURS = { core: '#b2182b', periphery: '#2166ac', external: '#1b7837', deaths: '#5e3c99' };

/** The trajectory charts: events per year by theatre, and deaths per year. */
export function trajectoryCharts(a: Assessment): BriefChart[] {
  const t = a.trajectory;
  const origin = t.origins.length ? ` (${t.origins.map((o) => o.toUpperCase()).join(', ')})` : '';
  const span = t.years.length ? `${t.years[0]}-${t.years[t.years.length - 1]}` : 'no years';
  const byTheatre = lineChart({
    id: 'chart-events',
    title: `${a.actor}${a.unit ? ` (${a.unit})` : ''}: events per year by theatre${origin}`,
    description: `Events per year, ${span}, in the core (Iraq and Syria), the provinces, and outside its theatres.`,
    years: t.years,
    series: [
      { name: 'Core (Iraq, Syria)', values: t.core, colour: COLOURS.core },
      { name: 'Provinces', values: t.periphery, colour: COLOURS.periphery },
      { name: 'External', values: t.external, colour: COLOURS.external },
    ],
    yLabel: 'events',
  });
  const deaths = lineChart({
    id: 'chart-deaths',
    title: `${a.actor}${a.unit ? ` (${a.unit})` : ''}: deaths per year${origin}`,
    description: `Deaths in events involving the group per year, ${span}.`,
    years: t.years,
    series: [{ name: 'Deaths', values: t.fatalities, colour: COLOURS.deaths }],
    yLabel: 'deaths',
  });
  return [
    { id: 'chart-events', title: 'Events per year by theatre', svg: byTheatre },
    { id: 'chart-deaths', title: 'Deaths per year', svg: deaths },
  ];
}
