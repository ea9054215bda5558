import type { BriefChart } from './charts.js';

/** A piece of a brief, rendered alike to Markdown and HTML. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric?: number[] }
  | { kind: 'quote'; text: string; cite: string }
  | { kind: 'chart'; chart: BriefChart };
