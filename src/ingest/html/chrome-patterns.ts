// What marks an element as site chrome (navigation, share bars, cookie notices, related lists,
// newsletters, comments, ads, captions, footers) or as not shown at all, from its tag, role and
// class/id. Tuned on news pages in general; nothing here names one site.

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'input',
  'select',
  'option',
  'textarea',
  'button',
  'label',
  'head',
  'title',
  'link',
  'meta',
  'map',
  'dialog',
]);

/** Tags that are chrome wherever they sit below the article's container. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'figcaption', 'menu', 'address']);

const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/**
 * Class or id fragments of chrome. Matched against the lower-cased `class` and `id` joined, so
 * `shareBar`, `share-bar` and `social_share` all hit `share`.
 */
const CHROME_CLASS =
  /cookie|consent|gdpr|newsletter|signup|sign-up|subscri|paywall|regwall|share|sharing|social|related|recommend|more-?(?:stories|news|articles|from|on)|most-?(?:read|popular|viewed|shared)|popular|trending|read-?(?:more|next|also)|also-?read|you-?may|outbrain|taboola|comment|disqus|respond|reply|breadcrumb|sidebar|side-bar|widget|promo|sponsor|advert|adslot|ad-?(?:slot|unit|wrap|container|label|block|banner)|dfp|gpt-|google-?ad|banner|masthead|header|footer|navbar|nav-|menu|toolbar|byline|author|about-?the-?author|tags|tag-?list|keywords|topics|caption|credit|copyright|disclaimer|pull-?quote|print|skip|jump-?to|login|modal|popup|overlay|toast|alert-bar|rating|pagination|pager|next-?prev|prev-?next|timestamp|dateline|meta-?data|post-?meta|article-?meta|entry-?meta|meta/;

/** A whole `ad`/`ads` token (`ad`, `ads`, `ad-top`, `top_ad`), which a substring test would overmatch. */
const AD_TOKEN = /(?:^|[\s_-])ads?(?:$|[\s_-])/;

const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|sr-only|visually-?hidden|screen-?reader-?text|offscreen)(?:$|\s)/;

/** Pop-ups shown on hover (a person's card beside a linked name), hidden until then. */
const HOVER_CLASS = /tooltip|popover|rollover|hover-?card/;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether `element` is not shown to a reader (hidden attribute, inline style, aria-hidden). */
export function isHidden(element: Element, classAndId: string): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return HIDDEN_CLASS.test(classAndId) || HOVER_CLASS.test(classAndId);
}

/** The element's class and id, lower-cased and joined by a space. */
export function classAndIdOf(element: Element): string {
  const cls = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/** Class/id words that mark an inline element (a `<span>` inside a paragraph) as chrome to skip. */
const INLINE_CHROME = /advert|sponsor|promo|share|social|newsletter|subscri|cookie/;

/** Whether an inline element is an ad label or share widget dropped into running text. */
export function isInlineChrome(classAndId: string): boolean {
  return classAndId !== '' && (INLINE_CHROME.test(classAndId) || AD_TOKEN.test(classAndId));
}

/** Posts embedded in the article (a quoted tweet), which are part of what it reports. */
const EMBEDDED_POST =
  /social-(?:media-)?embed|embed(?:ded)?-(?:tweet|twitter|instagram|facebook|post)|twitter-tweet|instagram-media|[\s_-]tweet(?:$|\s)/;

/** Whether `element` looks like site chrome by its tag, role or class/id. */
export function isChrome(element: Element, tag: string, classAndId: string): boolean {
  if (CHROME_TAGS.has(tag)) return true;
  if (EMBEDDED_POST.test(classAndId)) return false;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (!classAndId || tag === 'body' || tag === 'html') return false;
  return CHROME_CLASS.test(classAndId) || AD_TOKEN.test(classAndId);
}

/** Class/id fragments that mark the article's own container (`article-body`, `entry-content`...). */
const ARTICLE_CLASS =
  /article-?(?:body|content|text)|articlebody|story-?(?:body|content|text)|entry-?content|post-?(?:body|content|text|entry)|body-?(?:text|copy)|main-?content|content-?body|rich-?text|text-?content/;

/** Class/id fragments that make an element less likely to hold the article. */
const UNLIKELY_CLASS =
  /comment|related|sidebar|footer|widget|promo|share|social|sponsor|advert|nav|menu|masthead|banner|popular|trending|newsletter|subscri|cookie|breadcrumb|tags/;

const LIKELY_CLASS = /article|story|entry|post|content|body|text|main|blog|news/;

/**
 * How the element's class/id and attributes weigh on its chance of holding the article:
 * positive for `itemprop=articleBody` and article-like classes, negative for chrome-like ones.
 */
export function classWeight(element: Element, classAndId: string): number {
  let weight = 0;
  if (element.getAttribute('itemprop') === 'articleBody') weight += 50;
  if (!classAndId) return weight;
  if (ARTICLE_CLASS.test(classAndId)) weight += 30;
  else if (LIKELY_CLASS.test(classAndId)) weight += 10;
  if (UNLIKELY_CLASS.test(classAndId)) weight -= 25;
  return weight;
}
