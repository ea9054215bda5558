const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Separators pages put between a headline and the site name. */
const SUFFIX = /^(.*\S)\s+(?:[|•·»:]{1,2}|[-–—]{1,2})\s+([^|•·»–—]{2,60})$/u;

/** Whether two names are the same outlet, ignoring case, accents, punctuation and a leading "The". */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && fold(a) === fold(b);
}

/**
 * `title` without a trailing " | Site", " - Site" or " — Site" when Site is one of `siteNames`
 * (compared loosely: case, accents, a leading "The").
 *
 * @example
 *   stripSiteSuffix('Army retakes town | The Daily Example', ['Daily Example']); // 'Army retakes town'
 */
export function stripSiteSuffix(title: string, siteNames: readonly (string | null | undefined)[]): string {
  const m = title.match(SUFFIX);
  if (!m?.[1] || !m[2]) return title;
  return siteNames.some((site) => sameName(site, m[2])) ? m[1] : title;
}

/**
 * A headline and the outlet named after it ("Army retakes town - Lake Chad Observer"), when
 * `isOutlet` accepts the part after the separator; else the headline whole and null.
 */
export function splitOutletSuffix(
  title: string,
  isOutlet: (name: string) => boolean,
): [string, string | null] {
  const m = title.match(SUFFIX);
  const site = m?.[2]?.trim();
  return m?.[1] && site && isOutlet(site) ? [m[1], site] : [title, null];
}

/**
 * The site name a `<title>` carries after its headline: the part after the last " | " (any short
 * suffix), or after " - " / " — " when `headline` is known and is what comes before it.
 */
export function siteFromTitle(title: string | null | undefined, headline?: string | null): string | null {
  if (!title) return null;
  const m = title.trim().match(SUFFIX);
  if (!m?.[1] || !m[2]) return null;
  const site = m[2].trim();
  if (site.split(/\s+/).length > 7) return null;
  if (headline) return sameName(m[1], headline) ? site : null;
  return /\s\|\s+[^|]+$/.test(title) ? site : null;
}
