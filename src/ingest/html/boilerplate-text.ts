// Text that marks a block as site chrome whatever element holds it: labels, calls to action,
// captions and credits, bylines and dates. Written for English news pages with a few common
// labels of other languages; extend the lists, not the code that uses them.

/** Whole blocks that are labels of chrome ("Advertisement", "Share", "3 of 5"), as regular-expression sources. */
const LABELS = [
  'advert(?:isement)?s?(?:\\W+(?:scroll|continue)[\\w ]*)?',
  'scroll to continue(?: with content)?',
  'ads?',
  'anzeige',
  'werbung',
  'publicit[eé]',
  'publicidad',
  'pubblicit[aà]',
  'iklan',
  'sponsored(?: content| links?| stories)?',
  'promoted',
  'paid (?:content|post)',
  'share(?: this(?: article| story| page)?)?(?: on \\w+)?',
  'tweet',
  'e-?mail',
  'print',
  'print this (?:page|article|story)',
  'e-?mail this (?:page|article|story)',
  'comments?',
  '\\d+ comments?',
  'leave a (?:comment|reply)',
  'join the (?:conversation|discussion)',
  'view comments',
  'show comments',
  '(?:also |read )?(?:read|see|watch) (?:more|also|next)',
  'also read',
  'more',
  'see (?:also|more)',
  'continue reading',
  'related(?: articles| stories| content| posts| coverage)?',
  '(?:you|we) (?:may|might) also like',
  'recommended(?: for you)?',
  'most (?:read|popular|viewed)',
  'trending(?: now)?',
  'popular',
  "don'?t miss",
  'highlights',
  'breaking(?: news)?',
  'live(?: updates)?',
  'next article',
  'previous article',
  'up next',
  'loading\\.*',
  'image \\d+ of \\d+',
  'photo \\d+ of \\d+',
  '\\d+(?:\\s*\\/\\s*\\d+)?',
  'this slideshow requires javascript',
  'skip to (?:main )?content',
  'back to top',
  'menu',
  'search',
  'close',
  'follow us',
  'newsletter',
  'subscribe',
  'sign up',
  'log ?in',
  'register',
  'watch',
  'listen',
  'listen to (?:this|the) (?:article|story)',
  'video',
  'audio',
];

/** Phrases of calls to action and credits (subscribe, follow, donate, share, comment), as regular-expression sources. */
const CALLS_TO_ACTION = [
  'subscribe (?:to|now|today|for|from|here)',
  'sign (?:up|in) (?:for|to|now|today|here)',
  '(?:our|free|daily|weekly) newsletters?',
  'free trial',
  'in your inbox',
  'never miss (?:a|another) (?:story|update|thing)',
  'click here',
  'tap here',
  'follow (?:us|me|him|her|them) (?:on|@)',
  '(?:like|follow|find|join) us on',
  'download (?:our|the) app',
  'contributed to this (?:report|story)',
  '(?:additional )?reporting by',
  'editing by',
  'writing by',
  'all rights reserved',
  'have a (?:news )?tip\\?',
  'send us a tip',
  'share (?:it|this|on|via) ',
  'tell us what you think',
  '(?:leave|post|add) a comment',
  'comments? (?:are|is) (?:closed|moderated)',
  'share your (?:views|thoughts|comments)',
  'have your say',
  'support (?:our|independent|quality) (?:journalism|reporting)',
  'make a donation',
  'donate (?:now|today|here)',
  'join (?:our|the) (?:\\w+ )?(?:forums?|community|mailing list|channel|group)',
  'become a (?:member|subscriber)',
  'already a subscriber',
  'unlimited access',
  'terms of (?:use|service)',
  'privacy policy',
  'cookie policy',
  'your email address will not be published',
  "views expressed (?:in this \\w+ )?are (?:the author's|those of the author)",
  '(?:we|this (?:site|website)) uses? cookies',
  'accept (?:all )?cookies',
];

/** A block that is one label of chrome, with stray punctuation around it. */
export const CHROME_LABEL = new RegExp(`^[\\s\\-–—|·•:[(]*(?:${LABELS.join('|')})[\\s:.!…›»>-]*$`, 'i');

/** Words that, in a short block, only a call to subscribe uses. */
export const SUBSCRIPTION = /\b(?:subscri(?:be|ber|bers|ption)|newsletters?|paywall)\b/i;

/** A block holding a call to action or a credit line. */
export const CALL_TO_ACTION = new RegExp(`\\b(?:${CALLS_TO_ACTION.join('|')})\\b`, 'i');

/** A copyright line: "© 2031 The Courier", "Copyright © ...". */
export const COPYRIGHT = /^(?:copyright\b|©)|\bcopyright ©|© \d{4}/i;

/** Photo captions and credits: "(Image: Getty)", "Credit: EPA", "© Jane Doe". */
export const CAPTION =
  /\((?:image|photo|picture|pic|credit|source)s?\s*:[^)]*\)\s*$|\b(?:credit|photo|photograph|picture|image)s?\s*:\s*[^.!?]{0,60}$|^©|^\(?(?:photo|image|credit)s?\s*:|\b(?:getty images|reuters|afp|ap photo|epa|shutterstock|istock(?:photo)?)\s*\)?$/i;

/** Bylines, datelines of publication, reading times, filing labels. */
export const META_LINE =
  /^(?:by|written by|words by|reported by|posted by|published by|von|por|par)\s+\S|^(?:published|updated|posted|last updated|first published|modified|created)\b|\b\d+\s*(?:min(?:ute)?s?)\.?\s+read\b|^reading time\b|^(?:filed under|tags?|categories|category|topics?|section|source)\s*:/i;

/** A line that says when the page was published or updated. */
export const PUBLISHED = /\b(?:published|updated|posted|publicad[oa]|actualizad[oa])\b/i;

const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|est|edt|pst|pdt|cst|cdt|et|ist|ago|today|yesterday|hours?|mins?|minutes?|days?)\b/gi;

/** Text that ends as a sentence (or a quotation) ends. */
export const TERMINAL = /[.!?:;"”’)»…。！？」』）]$/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** A calendar date: "May 6", "6 May", "05/06/2030". */
const DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}`,
  'i',
);

/** Whether a short line gives a date and who posted it ("May 6, 2030 by admin"). */
export function isDatedByline(text: string): boolean {
  return text.length <= 80 && !TERMINAL.test(text) && /\bby\s+\S/i.test(text) && DATE.test(text);
}

/** Whether the block is nothing but a date or time ("Tuesday 19 November 2019, 10:41 GMT"). */
export function isDateOnly(text: string): boolean {
  if (text.length > 60 || !/\d/.test(text)) return false;
  const named = text.match(MONTHS)?.length ?? 0;
  if (!named && !/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/.test(text)) return false;
  return !text.replace(MONTHS, ' ').replace(/[\d\s.,:/|·•@–—()-]+/g, '');
}
