import { parse } from 'yaml';
import { readMetadataObject, type MetaFindings } from '../metadata/metadata-object.js';

/** A YAML block between `---` lines at the very top of a text, as static-site and scraper exports write it. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A text split into what its front matter says and the text after it. */
export interface FrontMatter {
  meta: MetaFindings | null;
  body: string;
}

/**
 * Reads the YAML front matter at the top of a text (`title`, `date`, `author`, `publisher` or a
 * `source` that is not a web address, `url`) and returns the text without it; a text without front
 * matter, or whose block is not a YAML mapping, comes back whole with `meta: null`.
 *
 * @example
 *   splitFrontMatter('---\ntitle: Army retakes town\ndate: 2024-05-15\n---\nBody.').meta?.published; // '2024-05-15'
 */
export function splitFrontMatter(text: string): FrontMatter {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: null, body: text };
  let value: unknown;
  try {
    value = parse(m[1]!);
  } catch {
    return { meta: null, body: text };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { meta: null, body: text };
  const fields = value as Record<string, unknown>;
  const source = typeof fields.source === 'string' && !/^https?:/i.test(fields.source) ? fields.source : null;
  const meta = readMetadataObject(
    source && fields.publisher === undefined ? { ...fields, publisher: source } : fields,
  );
  return { meta, body: text.slice(m[0].length) };
}
