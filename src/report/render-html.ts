import type { Block } from './blocks.js';
import { escapeXml as esc } from './svg/escape.js';

/** A matrix cell: a rating code, starred when the analyst set it. */
const RATING_CELL = /^(CC|C|N|I|II|NA)(?:\*.*)?$/;

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 980px; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.7rem; border-bottom: 2px solid #333; padding-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
p.bottom-line { font-size: 1.1rem; font-weight: 600; background: #f3f6fa; border-left: 4px solid #2166ac; padding: .6rem .8rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .88rem; }
th, td { border: 1px solid #ddd; padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .4rem 0 .4rem 1rem; padding: .3rem .8rem; border-left: 3px solid #bbb; color: #333; }
blockquote footer { font-size: .8rem; color: #666; margin-top: .2rem; }
figure { margin: 1rem 0; }
svg.chart { max-width: 100%; height: auto; border: 1px solid #eee; }
td.r-CC { background: #c7e9c0; } td.r-C { background: #e5f5e0; } td.r-N { background: #f7f7f7; }
td.r-I { background: #fde0dd; } td.r-II { background: #fcbba1; } td.r-NA { color: #999; }
@media print { body { max-width: none; } }
`;

/** Renders brief blocks as one self-contained HTML page: inline CSS and SVG, no script, no network. */
export function renderHtml(blocks: Block[], title: string): string {
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        body.push(`<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ''}>${esc(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        body.push(b.strong ? `<p class="bottom-line">${esc(b.text)}</p>` : `<p>${esc(b.text)}</p>`);
        break;
      case 'list':
        body.push(`<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
        break;
      case 'quote':
        body.push(`<blockquote><p>${esc(b.text)}</p><footer>${esc(b.cite)}</footer></blockquote>`);
        break;
      case 'table': {
        const td = (text: string, i: number) => {
          const rating = RATING_CELL.exec(text)?.[1];
          const cls = b.numeric?.includes(i) ? 'num' : rating ? `r-${rating}` : '';
          return `<td${cls ? ` class="${cls}"` : ''}>${esc(text)}</td>`;
        };
        body.push(
          `<table><thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map(td).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
      }
      case 'chart':
        body.push(`<figure>${b.chart.svg}<figcaption>${esc(b.chart.title)}</figcaption></figure>`);
        break;
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
