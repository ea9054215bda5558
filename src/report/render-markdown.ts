import type { Block } from './blocks.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** Options for {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Where each chart's SVG file is, relative to the Markdown file; charts without one are left as a note. */
  chartPath?: (id: string) => string | null;
}

/** Renders brief blocks as GitHub-flavoured Markdown. */
export function renderMarkdown(blocks: Block[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.strong ? `**${b.text}**` : b.text);
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'quote':
        out.push(`> ${b.text.replace(/\n+/g, ' ')}\n>\n> — ${b.cite}`);
        break;
      case 'table': {
        const align = b.header.map((_, i) => (b.numeric?.includes(i) ? '---:' : '---'));
        out.push(
          [b.header, align, ...b.rows]
            .map((r, k) => `| ${(k === 1 ? r : r.map(cell)).join(' | ')} |`)
            .join('\n'),
        );
        break;
      }
      case 'chart': {
        const path = options.chartPath?.(b.chart.id);
        out.push(
          path
            ? `![${b.chart.title}](${path})`
            : `*Chart "${b.chart.title}": see the table below, or the HTML brief.*`,
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
