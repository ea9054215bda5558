import { findDate } from '../metadata/dates.js';

/**
 * Site chrome a single line can be recognised as, whatever the site: each rule names its kind and
 * says when a line is one. Add a rule here (with a test in `chrome-rules.test.ts`) rather than a
 * special case in the cleaner. Rules see the line without its list marker, whitespace collapsed.
 */
export interface ChromeRule {
  kind: ChromeKind;
  test: (line: string) => boolean;
}

/** The kinds of site chrome a line can be on its own. */
export type ChromeKind =
  | 'share'
  | 'follow'
  | 'back-to-top'
  | 'advertisement'
  | 'promo'
  | 'related-heading'
  | 'tags'
  | 'newsletter'
  | 'copyright'
  | 'cookies'
  | 'disclaimer'
  | 'marking'
  | 'page-number'
  | 'address'
  | 'contact'
  | 'nav'
  | 'call-to-action'
  | 'reading-time'
  | 'appeal'
  | 'feedback'
  | 'comments'
  | 'media'
  | 'end-mark'
  | 'republication'
  | 'back-matter';

const SOCIAL = new Set(
  (
    'share shares shared sharing facebook twitter x whatsapp telegram linkedin instagram youtube tiktok ' +
    'email e-mail mail print save bookmark copy copied link url reddit pinterest flipboard threads bluesky ' +
    'mastodon rss messenger snapchat vk weibo wechat line viber signal channel tweet pin it on this article ' +
    'story post page via sms download pdf like restack repost google google+'
  ).split(' '),
);

/** A row of share icons scraped as letters and symbols: "f t in ✉", "f X ✆ 🔗" (not "Q & A"). */
function isIconRow(line: string): boolean {
  const tokens = line.split(' ');
  if (line.length > 40 || tokens.length < 3) return false;
  if (!tokens.every((token) => /^(?:\p{L}{1,2}|[^\p{L}\p{N}]+)$/u.test(token))) return false;
  return /\p{So}/u.test(line) || !/\p{Lu}/u.test(line);
}

/** A line made only of share or social-network words ("Share: Facebook · X · Email", "Link Copied"). */
function isShareLine(line: string): boolean {
  if (line.length > 120) return false;
  if (isIconRow(line)) return true;
  const tokens = line.toLowerCase().match(/[\p{L}\p{N}-]+/gu);
  return !!tokens && tokens.every((t) => SOCIAL.has(t) || t === 'and');
}

/** Labels of "see also" furniture; as a whole line they head a list of other articles. */
const RELATED_LABEL =
  "(?:related(?:\\s+[\\p{L}-]+){0,2}|read (?:more|also|next)|also read|see also|more (?:stories|news|from|work from|on this|in|to explore|like this)\\b[^:]{0,40}|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|enjoy|be interested in)|most (?:popular|read|viewed|shared|watched)|popular(?: now| stories)?|trending(?: now| stories)?|latest(?: news| stories| posts| headlines)?|top stories|editor'?s (?:picks?|choice)|further reading|also (?:on|in) [^:]{1,40}|what to read next|in other news|around the web|don't miss|must read|elsewhere on [^:]{1,40})";

const RELATED_HEADING = new RegExp(`^[\\W_]*${RELATED_LABEL}[\\W_]*$`, 'iu');
const PROMO = new RegExp(
  `^[\\W_]*(?:${RELATED_LABEL}|sponsored|advertisement|watch|listen|read|more|also|see|breaking(?: news)?|just in|news alert|developing(?: story)?)\\s*[:›»>|]\\s*\\S`,
  'iu',
);

const CALL_TO_ACTION =
  /^[\W_]*(?:learn more|read more|read the full (?:story|article|report)|continue reading|find out more|see more|see all|view all|show more|load more|more|download(?: pdf| the report)?|donate(?: now)?|make a donation|support us|subscribe(?: now)?|sign ?in|sign ?up|log ?in|log ?out|register|search(?:\.\.\.|…)?|menu|close|open menu|skip to (?:main )?content|jump to (?:main )?content|print|reply|ok,? got it|got it|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|options|settings)|cookie settings|i agree|home|next|previous|prev|top)[\W_]*$/iu;

const STREET =
  /\b(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd|lane|highway|rue|via|calle|avenida|plaza|building|floor|suite|plot)\b|stra(?:ss|\u00df)e/i;
const POSTAL =
  /\b(?:p\.?\s?o\.?\s?box|b\.?p\.?|plot|suite|(?<!\b(?:brief|paper|report|issue|series|vol\.?|volume|update|bulletin|release|statement|memo|note|edition|sitrep)\s)no\.)\s*\d+/i;

/** A postal address: a box or plot number, or a street with two commas and mostly capitalised words. */
function isAddress(line: string): boolean {
  if (line.length > 200 || /[.!?]["”']?$/.test(line)) return false;
  if (POSTAL.test(line)) return true;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}|^\d/u.test(w)).length;
  return STREET.test(line) && (line.match(/,/g) ?? []).length >= 2 && capitalised >= 0.6 * words.length;
}

/**
 * A dataset record's field: a short label, a colon and its value ("country: Iraq", "Event type:
 * Battles", "Province / administrative region: Banaadir").
 */
export const isRecordField = (line: string) => /^\p{L}[\p{L}\d_ ()/-]{0,40}:\s+\S/u.test(line);

/**
 * A menu on one line ("About | Contact | Privacy") or a breadcrumb ("Home » News » Headline"); not
 * a record's heading that carries a date ("MLI-3 | 4 May 2021 | Armed clash").
 */

/** ACLED's event types as a record codes them, with their sub-type ("Battles / Armed clash"). */
const CODED_EVENT_TYPE =
  /\b(?:Battles|Explosions\/Remote violence|Violence against civilians|Strategic developments|Protests|Riots)\s*\/\s*\p{L}/iu;

function isNavLine(line: string): boolean {
  if (findDate(line) || CODED_EVENT_TYPE.test(line)) return false;
  // "Event type: Battles / Armed clash" is a coded value, not a menu of two items.
  if (isRecordField(line) && !line.includes('|')) return false;
  const breadcrumb = /\s*[›»]\s*|\s+>\s+/;
  const parts = line.split(breadcrumb.test(line) ? breadcrumb : /\s+[|·•/]\s+/);
  const short = (p: string) => p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p);
  if (parts.length < 2 || /^\|.*\|$/.test(line)) return false;
  // "event_id | event_date | actor1": a data table's column names, not a menu; nor is a row of figures
  // (nor a Markdown table's row, "| Year | Attacks |").
  if (parts.some((p) => /^\p{Ll}+_\p{Ll}+/u.test(p.trim()))) return false;
  const cell = (p: string) => p.replace(/^\s*\|\s*|\s*\|\s*$/g, '');
  const figures = parts.filter((p) => /^[\d.,%–-]+$/.test(cell(p))).length;
  if (line.includes('|') && figures * 2 >= parts.length) return false;
  // "Admin1: Borno | Admin2: Jere | Location: Koshobe": a record's fields on one line, not a menu.
  if (parts.every((p) => isRecordField(p.trim()))) return false;
  return breadcrumb.test(line) ? parts.slice(0, -1).every(short) : parts.every(short);
}

/** The words of a security marking ("UNCLASSIFIED // FOR PUBLIC RELEASE"), which never name an outlet. */
export const SECURITY_MARKING =
  /\b(?:un)?classified\b|\bfor (?:public release|official use only)\b|\bFOUO\b|\s\/\/\s/i;

/** Every chrome rule, tried in order. */
export const CHROME_RULES: readonly ChromeRule[] = [
  {
    kind: 'share',
    test: (l) => isShareLine(l) || /^[\d.,]+\s*[km]?\s+(?:shares?|views|reads|likes)$/i.test(l),
  },
  { kind: 'follow', test: (l) => /^[\W_]*(?:follow|find|connect with|join) us\b/i.test(l) && l.length < 200 },
  {
    kind: 'back-to-top',
    test: (l) => /^[\W_]*(?:back to top|scroll to top|return to top)\b.{0,20}$/i.test(l),
  },
  {
    kind: 'advertisement',
    test: (l) =>
      /^[\W_]*(?:(?:advertisement|advert|ads?|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content)(?:[\W_]+(?:continue reading|story continues|scroll)(?: below| down)?(?: for more)?)?|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)[\W_]*$/i.test(
        l,
      ),
  },
  {
    kind: 'related-heading',
    test: (l) => l.length < 60 && !/\p{Ll}[.!?]$/u.test(l) && RELATED_HEADING.test(l),
  },
  { kind: 'promo', test: (l) => l.length < 400 && PROMO.test(l) },
  {
    kind: 'tags',
    test: (l) => /^(?:tags?|topics?|filed under|categories|category|keywords)\s*[:|]/i.test(l),
  },
  {
    kind: 'newsletter',
    test: (l) =>
      (/^[\W_]*(?:subscribe|sign up)\b/i.test(l) && l.length < 200) ||
      // a newsletter's own footer: "If you enjoyed this, forward it to a friend."
      (l.length < 200 &&
        /^[\W_]*if you (?:liked|enjoyed|found)\b|\bforward (?:it|this)(?: \w+)? to a friend\b|\bpaid subscribers\b/i.test(
          l,
        )) ||
      (/\b(?:newsletters?|sign up|sign-up|subscribe|your inbox|in your inbox|your email|email address|enter your e-?mail|get (?:the|our) .{0,40}(?:briefing|digest|alerts?))\b/i.test(
        l,
      ) &&
        (l.length < 80 || !/[.!?]["”']?$/.test(l)) &&
        l.length < 200),
  },
  {
    kind: 'copyright',
    test: (l) =>
      l.length < 250 &&
      (/^[\W_]*(?:copyright\b|\(c\)\s*(?:19|20)\d\d)|©|\ball rights reserved\b/i.test(l) ||
        /^[\W_]*\([cC]\)\s*\p{Lu}/u.test(l)),
  },
  {
    kind: 'cookies',
    test: (l) =>
      /\bcookies?\b/i.test(l) &&
      /\b(?:we use|uses|use of|accept|consent|settings|policy|partners|store and|stores|notice|on your (?:computer|device|browser)|personali[sz]e|analytics|browsing|continuing to)\b/i.test(
        l,
      ),
  },
  {
    kind: 'disclaimer',
    test: (l) =>
      /\b(?:do(?:es)? not necessarily (?:reflect|represent)|(?:are|is) (?:solely )?(?:those|that) of the authors?\b|does not take institutional positions|views expressed (?:here|in this|are (?:his|her|their|the authors?['’]s?|my) own)|not (?:be )?(?:construed|taken) as (?:an? )?(?:endorsement|official)|reflects? (?:only )?(?:the )?(?:authors?['’]s?|writers?['’]s?|personal) (?:own )?views?)/i.test(
        l,
      ),
  },
  // A journal article's declarations after its text: "Funding: None.", "Conflict of interest: ..."
  {
    kind: 'disclaimer',
    test: (l) =>
      l.length < 300 &&
      /^[\W_]*(?:funding|conflicts? of interests?|competing interests?|declarations? of (?:competing )?interests?|data availability(?: statement)?|acknowledge?ments?|ethics statement)\s*:/i.test(
        l,
      ),
  },
  // "UNCLASSIFIED // FOR OFFICIAL USE ONLY", "Classification: Restricted": a document's security marking
  // and the terms a paper circulates under ("Distribution: subscribers. Do not forward.",
  // "Check against delivery.", "Not for citation without permission.")
  {
    kind: 'marking',
    test: (l) =>
      l.length < 120 &&
      (/^[\W_]*(?:classification|distribution|handling)\s*:\s*\S/i.test(l) ||
        /\b(?:(?:do|may) not (?:be )?(?:forward(?:ed)?|distribut(?:e|ed)|circulat(?:e|ed))|check against delivery|as prepared for delivery|not for (?:citation|attribution|quotation|distribution)\b)/i.test(
          l,
        ) ||
        (!/\p{Ll}/u.test(l) &&
          (SECURITY_MARKING.test(l) ||
            /^[\W_]*(?:(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|OFFICIAL)\b/u.test(l)))),
  },
  { kind: 'page-number', test: (l) => /^[\W_]*page\s+\d+\s*(?:of|\/)\s*\d+[\W_]*$/i.test(l) },
  {
    kind: 'contact',
    test: (l) =>
      l.length < 200 &&
      (/\b(?:tel|phone|fax|telephone|call us|hotline)\b\.?\s*:?\s*\+?[\d(]/i.test(l) ||
        (/[\w.+-]+@[\w-]+\.[\w.]+/.test(l) && !/[.!?]["”']?$/.test(l))),
  },
  {
    kind: 'address',
    test: isAddress,
  },
  { kind: 'nav', test: (l) => isNavLine(l) || isSectionMenu(l) },
  { kind: 'call-to-action', test: (l) => CALL_TO_ACTION.test(l) },
  {
    kind: 'reading-time',
    test: (l) =>
      /^[\W_]*(?:est\.? )?(?:reading time:? )?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|mins?)\.?(?: read)?[\W_]*$/i.test(
        l,
      ),
  },
  {
    kind: 'comments',
    test: (l) =>
      /^[\W_]*(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?[\W_]*$|^\d+\s+(?:comments?|responses?|replies) (?:to|on)\b|^[\w.-]+(?: [\w.-]+)? (?:says|said|wrote):$|^[\W_]*(?:leave a (?:comment|reply)|add (?:a |your )?comment|join the (?:discussion|conversation|debate)|show comments|view comments|share your (?:views|thoughts|comments|opinion)|have your say|comments (?:are|will be) (?:moderated|closed|reviewed))\b/i.test(
        l,
      ),
  },
  {
    kind: 'appeal',
    test: (l) =>
      l.length < 400 &&
      (/^[\W_]*support (?:our|independent|quality|local) (?:journalism|reporting|work|newsroom)\b/i.test(l) ||
        /(?:make a donation|donate(?: now| today| here)?|become a (?:member|subscriber|supporter)|start (?:your|a) free trial|support us(?: today| now)?)[\W_]*$/i.test(
          l,
        )),
  },
  {
    kind: 'feedback',
    test: (l) =>
      l.length < 200 &&
      /^[\W_]*(?:(?:reader|readers'|our) poll\b|(?:spotted|found|see|noticed?) an? (?:error|mistake|typo)|(?:do you have|got) a (?:story|tip)|(?:report|submit) (?:an? )?(?:error|correction|tip)|send us (?:a|your) (?:tip|story|feedback))\b/i.test(
        l,
      ),
  },
  {
    kind: 'media',
    test: (l) =>
      (/^(?:photos?|images?|pictures?|source|credits?|caption|file photo|illustration|video)\s*(?:credit)?\s*:/i.test(
        l,
      ) &&
        l.length < 120) ||
      (l.length < 250 &&
        /(?:\b(?:photo|image|picture|credit|illustration)s?\s*(?:credit)?\s*:\s*[^.]{1,60}|\.\s*\((?:photo:?\s*)?(?!(?:high|moderate|medium|low)\s+confidence\b)\p{Lu}[\p{L}\s/.&-]{0,30}(?<!\.)\))$/iu.test(
          l,
        )) ||
      /^[\W_]*(?:listen to (?:this|the) (?:article|story|report|piece)|listen to article|audio version|play audio)\b[^.!?]{0,30}$/i.test(
        l,
      ) ||
      (l.length < 60 &&
        !/[.!?]$/.test(l) &&
        /\b(?:logo|lettermark|hero image|icon|thumbnail|placeholder|banner image|avatar)\b/i.test(l)),
  },
  // "This article was first published in French on ...", "A version of this piece originally appeared in ..."
  {
    kind: 'republication',
    test: (l) =>
      l.length < 300 &&
      /^[\W_]*(?:an? (?:earlier |shorter |longer )?version of )?this (?:article|piece|essay|commentary|column|op-ed|post|analysis|report|interview) (?:was |has been |is )?(?:first |originally )?(?:published|appeared|posted|ran)\b/i.test(
        l,
      ),
  },
  // The heading of what follows a paper's text: "References", "Notes", "Annex A", "Formal minutes".
  {
    kind: 'back-matter',
    test: (l) =>
      /^[\W_]*(?:references|bibliography|notes|endnotes|footnotes|works cited|appendix(?: [a-z0-9]{1,3})?|annex(?:es)?(?: [a-z0-9]{1,3})?|formal minutes|list of witnesses|glossary|about the authors?)[\W_]*$/i.test(
        l,
      ),
  },
  // The mark a press release or a wire story ends on: "###", "-30-", "- ENDS -".
  // ... and a recording's transcript: "[Outro music]", "[End of transcript]".
  {
    kind: 'end-mark',
    test: (l) =>
      /^(?:#{3}|-\s*30\s*-|[-–—]*\s*ENDS?\s*[-–—]*)$/.test(l) ||
      /^\[(?:outro|closing music|end of (?:transcript|episode|recording))\b[^\]]*\]$/i.test(l),
  },
  // An assessment's key to its estimative words: "Probability yardstick: remote (<5%), ..."
  {
    kind: 'disclaimer',
    test: (l) =>
      /^[\W_]*(?:probability yardstick|estimative (?:language|terms)|confidence levels?|key to (?:estimative )?(?:terms|probabilities))\s*:/i.test(
        l,
      ),
  },
];

/** Names of the sections of news and think-tank sites, as menus list them. */
const SECTIONS = new Set(
  (
    'home news latest world politics business economy economics markets money sport sports football ' +
    'opinion opinions comment analysis features culture arts books tech technology science health ' +
    'climate environment society lifestyle entertainment travel education video videos photos podcasts ' +
    'podcast audio live weather local national international regions region africa europe asia americas ' +
    'security defence defense conflict crime justice research publications reports events experts ' +
    'programs programmes projects topics about contact français english español deutsch العربية'
  ).split(' '),
);

/** A menu of section names on one line, without separators: "Home World Politics Sport Podcasts". */
function isSectionMenu(line: string): boolean {
  if (/[.,:;!?]/.test(line)) return false;
  const words = line.split(' ').filter((word) => word !== '&');
  const sections = words.filter((word) => SECTIONS.has(word.toLowerCase())).length;
  return words.length >= 4 && sections >= 0.75 * words.length;
}

/** Whether the wide-gapped parts of a line ("Home  Politics  Sport  Podcasts") are a menu. */
export const isMenuRow = (cells: readonly string[]) =>
  cells.length >= 3 && cells.every((cell) => /^[^\d]/.test(cell)) && isNavLine(cells.join(' | '));

/** The kind of chrome `line` is, or null when no rule recognises it. */
export function chromeKind(line: string): ChromeKind | null {
  for (const rule of CHROME_RULES) if (rule.test(line)) return rule.kind;
  return null;
}

/** Whether `line` heads a list of other articles ("Related Stories", "More from ...", "Read also"). */
export const isRelatedHeading = (line: string) => chromeKind(line) === 'related-heading';
