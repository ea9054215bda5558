import type { Block } from './blocks.js';
import { isPageTitle } from './page-title.js';

/** A whole block that is a label of site chrome rather than text ("Advertisement", "Share", "3 of 5"). */
const CHROME_LABEL =
  /^(?:advert(?:isement)?s?|ads?|anzeige|werbung|publicit[eé]|publicidad|pubblicit[aà]|iklan|sponsored(?: content)?|promoted|paid (?:content|post)|share(?: this(?: article| story| page)?)?(?: on \w+)?|tweet|e-?mail|print|comments?|\d+ comments?|leave a comment|read more|more|see (?:also|more)|related(?: articles| stories| content| posts| coverage)?|(?:you|we) (?:may|might) also like:?|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|popular|don'?t miss|highlights|loading\.*|image \d+ of \d+|photo \d+ of \d+|\d+(?:\s*\/\s*\d+)?|skip to (?:main )?content|back to top|this slideshow requires javascript\.?|follow us|newsletter|subscribe|sign up|log ?in|register|menu|search|close|continue reading|view comments|show comments|next article|previous article|up next|watch|listen|video|audio)[\s:.!…›»>-]*$/i;

/** Calls to action and credits: subscribe, follow, contribute, share, comment. */
const CALL_TO_ACTION =
  /\b(?:subscribe (?:to|now|today|for|here)|sign (?:up|in) (?:for|to|now|today|here)|(?:our|free|daily|weekly) newsletters?|free trial|click here|tap here|follow (?:us|me|him|her|them) (?:on|@)|(?:like|follow|find|join) us on|download (?:our|the) app|contributed to this (?:report|story)|(?:additional )?reporting by|editing by|writing by|all rights reserved|have a (?:news )?tip\?|send us a tip|share (?:this|on|via) |tell us what you think|(?:leave|post|add) a comment|comments? (?:are|is) (?:closed|moderated)|support (?:our|independent) journalism|become a (?:member|subscriber)|already a subscriber|unlimited access|terms of (?:use|service)|privacy policy|cookie policy)\b/i;

/** Photo captions and credits: "(Image: Getty)", "Credit: EPA", "© Jane Doe". */
const CAPTION =
  /\((?:image|photo|picture|pic|credit|source)s?\s*:[^)]*\)\s*$|\b(?:credit|photo|photograph|picture|image)s?\s*:\s*[^.!?]{0,60}$|^©|^\(?(?:photo|image|credit)s?\s*:|\b(?:getty images|reuters|afp|ap photo|epa|shutterstock|istock(?:photo)?)\s*\)?$/i;

/** Bylines, datelines of publication, reading times, filing labels. */
const META_LINE =
  /^(?:by|written by|words by|reported by|posted by|published by|von|por|par)\s+\S|^(?:published|updated|posted|last updated|first published|modified|created)\b|\b\d+\s*(?:min(?:ute)?s?)\.?\s+read\b|^(?:filed under|tags?|categories|category|topics?|section|source)\s*:/i;

const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|est|edt|pst|pdt|cst|cdt|et|ist|ago|today|yesterday|hours?|mins?|minutes?|days?)\b/gi;

const TERMINAL = /[.!?:;"”’)»…。！？」』）]$/;

/** Whether the block is nothing but a date or time ("Tuesday 19 November 2019, 10:41 GMT"). */
function isDateOnly(text: string): boolean {
  if (text.length > 60 || !/\d/.test(text)) return false;
  const named = text.match(MONTHS)?.length ?? 0;
  if (!named && !/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/.test(text)) return false;
  return !text.replace(MONTHS, ' ').replace(/[\d\s.,:/|·•@–—()-]+/g, '');
}

const linkDensity = (block: Block) => block.linkChars / Math.max(1, block.text.length);

/** Whether the block reads like a sentence of article text rather than a label. */
const isSubstantial = (block: Block) =>
  block.kind !== 'heading' &&
  (block.text.length >= 80 || (block.text.length >= 25 && TERMINAL.test(block.text)));

/** Whether one block, on its own, reads as chrome. */
export function isChromeBlock(block: Block): boolean {
  const { text } = block;
  const links = linkDensity(block);
  if (links > 0.75 || (links > 0.5 && !isSubstantial(block))) return true;
  if (text.length <= 60 && block.kind !== 'cell' && CHROME_LABEL.test(text)) return true;
  if (text.length <= 300 && (CALL_TO_ACTION.test(text) || CAPTION.test(text))) return true;
  if (text.length <= 120 && META_LINE.test(text) && !(text.length > 60 && TERMINAL.test(text))) return true;
  return isDateOnly(text);
}

/**
 * Drops what precedes the article's first words: the title heading (the body should not repeat it)
 * and the kicker, byline and date lines around it, up to the first substantial block.
 */
function trimLead(blocks: Block[], titles: string[]): Block[] {
  const firstText = blocks.findIndex(isSubstantial);
  if (firstText < 0) return blocks;
  let start = 0;
  for (let i = 0; i < firstText; i++) {
    if (isPageTitle(blocks[i]!.text, titles) || blocks[i]!.path.at(-1)!.localName === 'h1') start = i + 1;
  }

  if (start === firstText && firstText < blocks.length && isPageTitle(blocks[firstText]!.text, titles)) {
    start++;
  }
  return blocks.slice(start);
}

/** Drops trailing headings, which introduce chrome that is already gone. */
function trimTail(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1]!;
    if (last.kind !== 'heading') break;
    end--;
  }
  return blocks.slice(0, end);
}

/**
 * Paragraph-level cleaning of the blocks inside the chosen container: drops blocks that read as
 * chrome on their own, the title and what sits before the first sentence, and trailing headings
 * and labels.
 */
export function cleanBlocks(blocks: Block[], titles: string[]): Block[] {
  return trimTail(
    trimLead(
      blocks.filter((block) => !isChromeBlock(block)),
      titles,
    ),
  );
}
