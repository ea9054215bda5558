const BLOCK = new Set(
  (
    'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const HIDDEN = new Set(
  'head script style noscript template svg iframe object canvas select option button input textarea'.split(
    ' ',
  ),
);

/**
 * The text a reader sees on a page, one line per block element (headings, paragraphs, list items,
 * divs), without scripts, styles and form controls: the same shape as a scraped text, so that the
 * scraped-text readers can find bylines, date lines and copyright lines on an HTML page too.
 */
export function visibleText(document: Document): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (HIDDEN.has(tag) || (child as Element).hasAttribute('hidden')) continue;
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  if (document.body) walk(document.body);
  flush();
  return out.join('\n\n');
}
