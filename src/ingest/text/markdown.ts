const INLINE: [RegExp, string][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''],
  [/!\[[^\]]*\]\[[^\]]*\]/g, ''],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/<(https?:\/\/[^>\s]+)>/g, '$1'],
  [/<\/?[a-zA-Z][^>]*>/g, ''],
  [/`([^`]+)`/g, '$1'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'],
  [/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2'],
  [/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2'],
  [/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1'],
];

const stripInline = (line: string) => INLINE.reduce((s, [re, by]) => s.replace(re, by), line);

/**
 * Markdown reduced to plain text with its paragraph structure kept: headings lose their `#` and
 * stand as their own paragraph, emphasis and code marks go, links become their text, images,
 * reference definitions, rules, fences and table rules are dropped, quotes lose their `>`.
 * List items keep a `- ` marker so that later steps can tell a list from prose.
 *
 * @example
 *   stripMarkdown('## Background\nSee [the report](https://x.org) for **details**.');
 *   // 'Background\n\nSee the report for details.'
 */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (/^\s*(?:```|~~~)/.test(raw)) continue;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    if (/^\s*(?:[-*_]\s*){3,}$/.test(raw) || /^\s*[=-]{2,}\s*$/.test(raw)) continue;
    if (/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(raw)) continue;
    const heading = raw.match(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/);
    const setext = raw.trim() && /^\s*(?:=+|-+)\s*$/.test(next);
    if (heading || setext) {
      out.push('', stripInline(heading ? (heading[1] ?? '') : raw.trim()), '');
      continue;
    }
    const item = raw.match(/^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/);
    const body = item ? `${item[1]}- ${item[2]}` : raw.replace(/^\s*(?:>\s?)+/, '');
    out.push(stripInline(body));
  }
  return out.join('\n');
}

/** The text of a Markdown document's first top-level heading (`# Title` or a `===` underline), or null. */
export function markdownTitle(markdown: string): string | null {
  const m = markdown.match(/^\s{0,3}#\s+(.+?)\s*#*\s*$|^(\S.*)\n\s*=+\s*$/m);
  const title = m?.[1] ?? m?.[2];
  return title ? stripInline(title).trim() || null : null;
}
