import type { Assessment } from '../analyze/assessment/assess.js';
import { briefBlocks } from './brief-blocks.js';
import { trajectoryCharts } from './charts.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

/** The formats a brief can be written in. */
export const BRIEF_FORMATS = ['md', 'html', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** A rendered brief: its main text, and files that go beside it (the Markdown brief's SVG charts). */
export interface RenderedBrief {
  text: string;
  attachments: { name: string; content: string }[];
}

/** Options for {@link renderBrief}. */
export interface BriefOptions {
  /** For Markdown: the folder name (beside the brief) the chart files are linked from; charts are left out without it. */
  chartFolder?: string;
}

/**
 * Writes an assessment as a brief: Markdown (charts as SVG files beside it), one self-contained
 * HTML page (charts inline as SVG), or JSON (the whole assessment, with the charts' SVG).
 *
 * @example
 *   const { text } = renderBrief(assess(inputs), 'html');
 */
export function renderBrief(a: Assessment, format: BriefFormat, options: BriefOptions = {}): RenderedBrief {
  if (format === 'json') {
    const charts = trajectoryCharts(a).map(({ id, title, svg }) => ({ id, title, svg }));
    return { text: `${JSON.stringify({ ...a, charts }, null, 2)}\n`, attachments: [] };
  }
  const blocks = briefBlocks(a);
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : 'Assessment';
  if (format === 'html') return { text: renderHtml(blocks, title), attachments: [] };
  const folder = options.chartFolder;
  const text = renderMarkdown(blocks, { chartPath: folder ? (id) => `${folder}/${id}.svg` : undefined });
  const attachments = folder
    ? trajectoryCharts(a).map((c) => ({ name: `${folder}/${c.id}.svg`, content: `${c.svg}\n` }))
    : [];
  return { text, attachments };
}
