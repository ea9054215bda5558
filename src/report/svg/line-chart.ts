import { escapeXml } from './escape.js';

/** One line of a chart. */
export interface ChartSeries {
  name: string;
  values: number[];
  colour: string;
}

/** What {@link lineChart} draws. */
export interface LineChartSpec {
  id: string;
  title: string;
  /** Says in words what the chart shows, for screen readers and for readers of the source. */
  description: string;
  years: number[];
  series: ChartSeries[];
  yLabel: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 40, right: 150, bottom: 40, left: 64 };

/** Round tick values from 0 to at least `max`: 0, 50, 100, ... */
export function ticks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * A self-contained SVG line chart of yearly series: axes with round ticks, a point and a line per
 * series, a legend, and a title and description. Plain SVG, no script and no external resources,
 * so it reads in any browser (or image viewer) with JavaScript off and no network.
 */
export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 300;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...spec.series.flatMap((s) => s.values));
  const yTicks = ticks(max);
  const top = yTicks[yTicks.length - 1]!;
  const n = spec.years.length;
  const x = (i: number) => MARGIN.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(spec.id)}" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${spec.id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${spec.id}-desc">${escapeXml(spec.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold" fill="#222">${escapeXml(spec.title)}</text>`,
  ];
  for (const t of yTicks) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(t) + 4}" text-anchor="end" fill="#555">${fmt(t)}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(n / 12));
  spec.years.forEach((year, i) => {
    if (i % every) return;
    out.push(
      `<text x="${x(i)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle" fill="#555">${year}</text>`,
    );
  });
  out.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#888"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#888"/>`,
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#555">${escapeXml(spec.yLabel)}</text>`,
  );
  spec.series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    out.push(`<g class="series" data-name="${escapeXml(s.name)}">`);
    if (points.length > 1) {
      out.push(
        `<polyline fill="none" stroke="${s.colour}" stroke-width="2.5" points="${points.join(' ')}"/>`,
      );
    }
    s.values.forEach((v, i) =>
      out.push(
        `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5" fill="${s.colour}"><title>${escapeXml(`${s.name}, ${spec.years[i]}: ${fmt(v)}`)}</title></circle>`,
      ),
    );
    out.push('</g>');
    const ly = MARGIN.top + 10 + k * 20;
    out.push(
      `<line x1="${width - MARGIN.right + 16}" x2="${width - MARGIN.right + 36}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="3"/>`,
      `<text x="${width - MARGIN.right + 42}" y="${ly + 4}" fill="#222">${escapeXml(s.name)}</text>`,
    );
  });
  if (!n) {
    out.push(
      `<text x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH / 2}" text-anchor="middle" fill="#777">No event data stored</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
