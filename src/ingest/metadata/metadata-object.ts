import { normaliseAuthors } from './authors.js';
import { parseDate } from './dates.js';

/** What one source says about a document; absent or null fields say nothing. */
export interface MetaFindings {
  title?: string | null;
  authors?: string[];
  published?: string | null;
  publisher?: string | null;
  url?: string | null;
  language?: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** schema.org types that describe the article itself, best first. */
const ARTICLE_TYPES =
  /^(?:\w*NewsArticle|Article|Report|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting|CreativeWork)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|CollectionPage)$/;

/** Keys of a plain (non schema.org) metadata blob, each list best first. */
const BLOB_KEYS = {
  title: ['headline', 'title'],
  authors: ['authors', 'author', 'byline', 'creators', 'creator', 'writers'],
  published: [
    'datepublished',
    'published',
    'publishedat',
    'published_at',
    'publishdate',
    'publish_date',
    'publicationdate',
    'publication_date',
    'pubdate',
    'date',
  ],
  publisher: [
    'publisher',
    'sitename',
    'site_name',
    'organization',
    'organisation',
    'primarycenter',
    'primarycentre',
    'centers',
    'centres',
    'brand',
  ],
  url: ['canonical', 'url', 'link'],
  language: ['inlanguage', 'language', 'lang', 'locale'],
} as const;

const types = (item: Json): string[] =>
  [item['@type']].flat().filter((t): t is string => typeof t === 'string');

/** Every object in a JSON-LD value: top-level arrays and `@graph` lists flattened. */
function flatten(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph']) flatten(value['@graph'], out);
  }
  return out;
}

function nameOf(value: unknown, byId: Map<string, Json>): string | null {
  if (typeof value === 'string') return text(value);
  if (!isObject(value)) return null;
  const ref = text(value['@id']);
  const target = ref && !value.name ? (byId.get(ref) ?? value) : value;
  return text(target.name) ?? text(target.legalName) ?? text(target.alternateName);
}

function namesOf(value: unknown, byId: Map<string, Json>): string[] {
  const names = [value]
    .flat()
    .map((v) => nameOf(v, byId))
    .filter((n): n is string => !!n);
  return normaliseAuthors(names);
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? value : null;
  return isObject(value) ? (text(value['@id']) ?? text(value.url)) : null;
}

function languageOf(value: unknown): string | null {
  const tag = isObject(value) ? (text(value.alternateName) ?? text(value.name)) : text(value);
  return tag && /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/i.test(tag) ? tag.split(/[-_]/)[0]!.toLowerCase() : null;
}

function fromSchemaItem(item: Json, byId: Map<string, Json>): MetaFindings {
  return {
    title: text(item.headline) ?? text(item.name),
    authors: namesOf(item.author ?? item.creator, byId),
    published: parseDate(text(item.datePublished) ?? text(item.dateCreated) ?? text(item.uploadDate)),
    publisher: nameOf(item.publisher ?? item.sourceOrganization, byId),
    url: urlOf(item.mainEntityOfPage) ?? urlOf(item.url),
    language: languageOf(item.inLanguage),
  };
}

function pick(record: Json, keys: readonly string[]): unknown {
  const lower = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const v = lower.get(key);
    if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) return v;
  }
  return undefined;
}

function fromBlob(record: Json): MetaFindings {
  const byId = new Map<string, Json>();
  const publisher = pick(record, BLOB_KEYS.publisher);
  return {
    title: text(pick(record, BLOB_KEYS.title)),
    authors: namesOf(pick(record, BLOB_KEYS.authors), byId),
    published: parseDate(text(pick(record, BLOB_KEYS.published))),
    publisher:
      [publisher]
        .flat()
        .map((p) => nameOf(p, byId))
        .find(Boolean) ?? null,
    url: urlOf(pick(record, BLOB_KEYS.url)),
    language: languageOf(pick(record, BLOB_KEYS.language)),
  };
}

/**
 * What a parsed JSON metadata value says about the article: schema.org JSON-LD (an article type
 * such as NewsArticle, Article or Report, at the top, in an array or in `@graph`, with author and
 * publisher objects or `@id` references) or, failing that, a plain blob with keys such as
 * `authors`, `title`, `datePublished` and `publisher`.
 */
export function readMetadataObject(value: unknown): MetaFindings {
  const items = flatten(value);
  const byId = new Map<string, Json>();
  for (const item of items) {
    const id = text(item['@id']);
    if (id) byId.set(id, item);
  }
  const article =
    items.find((item) => types(item).some((t) => ARTICLE_TYPES.test(t))) ??
    items.find((item) => types(item).some((t) => PAGE_TYPES.test(t)));
  const organisation = items.find((item) =>
    types(item).some((t) => /Organi[sz]ation$|^Corporation$/.test(t)),
  );
  const organisationName = organisation ? nameOf(organisation, byId) : null;
  if (article) {
    const found = fromSchemaItem(article, byId);
    return { ...found, publisher: found.publisher ?? organisationName };
  }
  const blob = items.find((item) => !item['@type'] && !item['@context']);
  if (blob) return fromBlob(blob);
  return organisationName ? { publisher: organisationName } : {};
}
