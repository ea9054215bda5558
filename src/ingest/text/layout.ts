import { bioNames, isRole } from '../metadata/authors.js';
import { readDateline } from '../metadata/publisher.js';
import { isRecordField } from './chrome-rules.js';
import { HEADLINE_LABEL, QUOTED_TITLE, type LineInfo } from './classify.js';
import type { Line } from './lines.js';
import { nameLike, outletLike, outletNamed, placedName } from './name-shapes.js';

/** Where the parts of a scraped page sit among its lines. */
export interface Layout {
  /** The headline, or null when none stands out. */
  title: number | null;
  /** Lines that introduce the article (bylines, dates, share bars) end here (exclusive). */
  headerEnd: number;
  /** First and last line of the article body (inclusive); start > end when there is no body. */
  start: number;
  end: number;
}

const words = (text: string) => text.split(/\s+/).length;
const HEADER_CHROME = new Set(['share', 'reading-time', 'follow', 'nav', 'call-to-action', 'media']);
const END_CHROME = new Set([
  'comments',
  'end-mark',
  'back-matter',
  'related-heading',
  'follow',
  'newsletter',
  'copyright',
  'tags',
  'disclaimer',
  'share',
]);

const isHeaderLine = (info: LineInfo) =>
  info.kind === 'byline' ||
  info.kind === 'date' ||
  (info.kind === 'chrome' && HEADER_CHROME.has(info.chrome!));

/** A live page's entry stamp: "UPDATE, Sunday 30 June, 09:10 WAT", "18:42 GMT". */
const ENTRY_STAMP =
  /^[\W_]*(?:(?:update[sd]?|latest|posted)\W+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W+)?(?:\d{1,2}\s+\p{L}+\W+)?(?:\d{4}\W+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?[\W_]*$/iu;

/** A line that could be a headline or a standfirst: several words, not shouting, not a list, not an entry's time. */
function titleLike(line: Line, info: LineInfo): boolean {
  const n = words(line.text);
  if (n < 3 || n > 40 || line.bullet || line.text.length > 300 || ENTRY_STAMP.test(line.text)) return false;
  if (!/\p{Ll}/u.test(line.text) || /:$/.test(line.text)) return false;
  return info.kind === 'short' || info.kind === 'prose';
}

/** A headline in capitals ("TRUCK BOMB: TOLL PASSES 300"): five words or more right above a byline or date line. */
function shoutedHeadline(lines: readonly Line[], infos: readonly LineInfo[], k: number): boolean {
  const text = lines[k]!.text;
  return (
    infos[k]!.kind === 'short' &&
    !/\p{Ll}/u.test(text) &&
    /\p{Lu}/u.test(text) &&
    words(text) >= 5 &&
    words(text) <= 20 &&
    isHeaderLine(infos[k + 1] ?? { kind: 'prose' })
  );
}

/** The first prose line that another prose line follows with only short lines between. */
function firstProseRun(infos: readonly LineInfo[]): number {
  let first = -1;
  for (let i = 0; i < infos.length; i++) {
    if (infos[i]!.kind !== 'prose') continue;
    if (first < 0) first = i;
    for (let j = i + 1; j < infos.length; j++) {
      const kind = infos[j]!.kind;
      if (kind === 'prose') return i;
      if (kind !== 'short') break;
    }
  }
  return first;
}

/** Chrome that separates one stretch of prose from another: menus and comment sections. */
const BREAKS = new Set(['nav', 'comments']);

interface Stretch {
  first: number;
  last: number;
  score: number;
  /** A byline or date line stands between this stretch and the one before. */
  headed: boolean;
}

/** Runs of prose separated by menus, comments, bylines and date lines, scored by length beyond 60 characters a line. */
function proseStretches(lines: readonly Line[], infos: readonly LineInfo[]): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let headed = false;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    const header = info.kind === 'byline' || info.kind === 'date';
    if (header || (info.kind === 'chrome' && BREAKS.has(info.chrome!))) current = null;
    if (header) headed = true;
    if (info.kind !== 'prose') continue;
    if (!current) {
      stretches.push((current = { first: i, last: i, score: 0, headed }));
      headed = false;
    }
    current.last = i;
    current.score += Math.max(0, lines[i]!.text.length - 60);
  }
  return stretches;
}

/**
 * Where the article's prose begins: the first stretch of prose under a byline or date line when it
 * holds at least half as much as the richest stretch, else the first run of prose paragraphs unless
 * a later stretch is more than twice as rich, as when teasers and blurbs stand above the article.
 * Stretches are separated by menus, bylines and date lines; comment sections are never the body.
 */
function bodyRun(lines: readonly Line[], infos: readonly LineInfo[]): number {
  const run = firstProseRun(infos);
  const comments = infos.findIndex((info, i) => i > run && info.chrome === 'comments');
  const stretches = proseStretches(lines, infos).filter((s) => comments < 0 || s.first < comments);
  const best = stretches.reduce<Stretch | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  if (!best) return run;
  const headed = stretches.find((s) => s.headed);
  if (headed && headed.score >= 0.5 * best.score) return headed.first;
  const first = stretches.find((s) => s.first <= run && run <= s.last);
  return first && best.score > 2 * first.score ? best.first : run;
}

/**
 * A name's job or outlet on the line under it: "Research Fellow, Centre for Sahel Security", "BBC
 * News, Bamako".
 */
export function affiliationUnderName(lines: readonly Line[], k: number): boolean {
  const first = lines[k]?.text.split(',')[0] ?? '';
  return k > 0 && nameLike(lines[k - 1]!.text) && (isRole(first) || outletNamed(first));
}

/** A line's field label ("type of violence:") or first cell ("battles / armed clash |"), folded. */
function headOf(text: string, kind: 'label' | 'cell'): string | null {
  if (kind === 'label') return text.includes(':') ? text.slice(0, text.indexOf(':') + 1).toLowerCase() : null;
  const cells = text.split(/\s+\|\s+/);
  return cells.length < 2 ? null : `${cells[0]!.toLowerCase()} |`;
}

const headCounts = new WeakMap<readonly Line[], Map<string, number>>();

/**
 * Whether the label or first cell of line `k` heads another line too: the field or column of a
 * list of records. The heads of a page are counted once, not rescanned for every line asked about.
 */
function recurringHead(lines: readonly Line[], k: number, kind: 'label' | 'cell'): boolean {
  let counts = headCounts.get(lines);
  if (!counts) {
    counts = new Map();
    for (const line of lines)
      for (const head of [headOf(line.text, 'label'), headOf(line.text, 'cell')])
        if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
    headCounts.set(lines, counts);
  }
  const head = headOf(lines[k]!.text, kind);
  return head !== null && (counts.get(head) ?? 0) >= 2;
}

/** A row of a list whose first cell comes back at the head of another row ("Battles / Armed clash | …"). */
const repeatedLead = (lines: readonly Line[], k: number) => recurringHead(lines, k, 'cell');

/** A header field that names a person or a session's particulars ("Guest: …", "Host: …", "Recorded …"). */
const PERSON_FIELD =
  /^(?:host|guests?|speakers?|interviewer|interviewee|moderator|presenter|panell?ists?|chair|to|cc|from|point of contact|recorded|venue)\s*:/i;

/**
 * A field of a record under another in a run of three or more ("Location: …" between "Date: …" and
 * "Attack type: …"), or one whose label comes back on another line; a memo's "Subject: …" among
 * its "To:" and "From:" lines is still its headline.
 */
function amongFields(lines: readonly Line[], infos: readonly LineInfo[], k: number): boolean {
  // A field's line may read as a credit ("Source: OCHA"), not as a menu or a ticker.
  const field = (j: number) =>
    !['nav', 'promo', 'share'].includes(infos[j]?.chrome ?? '') && isRecordField(lines[j]?.text ?? '');
  if (!field(k) || HEADLINE_LABEL.test(lines[k]!.text)) return false;
  // A label that comes back on another line heads a field of every record ("Type of violence: …").
  if (recurringHead(lines, k, 'label')) return true;
  // The first line of a run may be the headline ("Mali: Attack on army base - Flash Update No. 1").
  if (!field(k - 1)) return false;
  let [first, last] = [k, k];
  while (field(first - 1)) first--;
  while (field(last + 1)) last++;
  return last - first >= 2;
}

/** A line that opens with a label in capitals and a dash or colon: "CLIENT NOTE — Mali and Niger". */
const labelled = (text: string) => /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*[—–:]\s+(?=.*\p{Ll})/u.test(text);

/** Words that name a body issuing a paper, not a paper: a committee, a ministry, a centre. */
const ISSUING_BODY =
  /\b(?:committee|commission|council|parliament|assembly|senate|ministry|department|agency|directorate|secretariat|institute|centre|center)\b/i;

/** "Breaking: Pupils abducted in Kuriga" right above the byline: the story's headline, not a ticker. */
const breakingHeadline = (lines: readonly Line[], infos: readonly LineInfo[], k: number) =>
  infos[k]!.chrome === 'promo' &&
  /^[\W_]*(?:breaking(?: news)?|just in|developing(?: story)?)\s*:/i.test(lines[k]!.text) &&
  isHeaderLine(infos[k + 1] ?? { kind: 'prose' });

/** A newsletter's or a show's numbered headline, "Issue #47: ...", "Episode 12 - ...", below its name and tagline. */
const NUMBERED_ISSUE = /^(?:issue|episode|edition|no\.)\s*#?\d+\s*[:—–-]\s*\p{L}/iu;

/**
 * Walks back from `from` to the nearest run of headline-like lines (over chrome, bylines, dates,
 * name lines with the role under them, a record's fields, and long paragraphs) and takes the first of them with four words or more that
 * does not open with a label in capitals (a headline's field or a numbered issue's line first): the
 * headline, before any standfirst.
 */
function titleBefore(lines: readonly Line[], infos: readonly LineInfo[], from: number): number | null {
  const candidate = (k: number) =>
    breakingHeadline(lines, infos, k) ||
    (infos[k]!.kind !== 'chrome' &&
      !isHeaderLine(infos[k]!) &&
      !nameLike(lines[k]!.text) &&
      !affiliationUnderName(lines, k) &&
      !amongFields(lines, infos, k) &&
      !PERSON_FIELD.test(lines[k]!.text) &&
      !repeatedLead(lines, k) &&
      lines[k]!.text.split(/\s+\|\s+/).length < 4 &&
      (titleLike(lines[k]!, infos[k]!) || shoutedHeadline(lines, infos, k)));
  let i = from;
  while (i >= 0 && !candidate(i)) i--;
  const group: number[] = [];
  while (i >= 0 && candidate(i)) group.unshift(i--);
  // "Select Committee on International Security" over a report's title names who issued it.
  const body = (k: number) => outletLike(lines[k]!.text) && ISSUING_BODY.test(lines[k]!.text);
  const headline = (k: number) => words(lines[k]!.text) >= 4 && !body(k);
  return (
    group.find((k) => HEADLINE_LABEL.test(lines[k]!.text) || NUMBERED_ISSUE.test(lines[k]!.text)) ??
    group.find((k) => QUOTED_TITLE.test(lines[k]!.text)) ??
    group.find((k) => headline(k) && !labelled(lines[k]!.text)) ??
    group.find(headline) ??
    group[0] ??
    null
  );
}

/**
 * The headline: the nearest headline-like line above the body, unless that line sits below the
 * byline or date line and is a sentence (a caption), a mere label of under four words, the name
 * of an outlet or institute ("Centre for Sahel Studies"), a byline with its place ("Jane Doe in
 * Kabul") or a credit ("Sahel Sentinel staff"): then the headline above the byline or date wins.
 */
function findTitle(lines: readonly Line[], infos: readonly LineInfo[], run: number): number | null {
  const nearest = titleBefore(lines, infos, run - 1);
  let anchor = -1;
  for (let i = 0; i < run; i++) if (infos[i]!.kind === 'byline' || infos[i]!.kind === 'date') anchor = i;
  if (anchor < 0 || (nearest !== null && nearest < anchor)) return nearest;
  const above = titleBefore(lines, infos, anchor);
  if (nearest === null || above === null) return nearest ?? above;
  // A headline in its field ("Title: ...") above the byline or date outranks any line under them.
  if (HEADLINE_LABEL.test(lines[above]!.text)) return above;
  const sentence = /[.)]$|\.\s/.test(lines[nearest]!.text);
  const weak = (k: number) => words(lines[k]!.text) < 4;
  const text = lines[nearest]!.text;
  const credit = placedName(text) || isRole(text);
  const label = weak(nearest) || outletLike(text);
  return sentence || credit || (label && !weak(above)) ? above : nearest;
}

/** The heading of the summary a paper opens with: "Abstract", "Executive summary", "Key findings". */
export const SUMMARY_HEADING =
  /^[\W_]*(?:abstract|summary|executive summary|highlights|key (?:findings|judg(?:e)?ments|points|takeaways|messages)|bottom line(?: up front)?|bluf)[\W_]*$/i;

/**
 * A paper's abstract or summary starts its body even when menus or keywords part it from the richer
 * text below: the prose under a summary heading between the headline and `start`.
 */
function summaryStart(
  lines: readonly Line[],
  infos: readonly LineInfo[],
  from: number,
  start: number,
): number {
  for (let i = from + 1; i < start - 1; i++)
    if (SUMMARY_HEADING.test(lines[i]!.text) && infos[i + 1]!.kind === 'prose') return i + 1;
  return start;
}

/**
 * A news dateline ("MOGADISHU —") opens the first paragraph of a report: when one of the next few
 * lines opens with one and only short lines (captions, a standfirst) come before it, it starts the body.
 */
function datelineStart(lines: readonly Line[], infos: readonly LineInfo[], start: number): number {
  if (readDateline(lines[start]?.text ?? '')) return start;
  for (let i = start; i < Math.min(lines.length, start + 5); i++) {
    if (lines[i]!.text.length > 250) return start;
    if (infos[i + 1]?.kind === 'prose' && readDateline(lines[i + 1]!.text)) return i + 1;
  }
  return start;
}

function findEnd(infos: readonly LineInfo[], lines: readonly Line[], start: number): number {
  const before = [0];
  for (const [i, info] of infos.entries())
    before.push(before[i]! + (info.kind === 'prose' ? lines[i]!.text.length : 0));
  const proseChars = (from: number, to: number) => before[to]! - before[from]!;
  let cut = infos.length;
  for (let m = start + 1; m < infos.length; m++) {
    const info = infos[m]!;
    if (info.kind !== 'chrome' || !END_CHROME.has(info.chrome!)) continue;
    if (
      info.chrome === 'comments' ||
      info.chrome === 'end-mark' ||
      proseChars(m, infos.length) < 0.5 * proseChars(start, m)
    ) {
      cut = m;
      break;
    }
  }
  let end = cut - 1;
  const last = () => {
    while (end >= start && infos[end]!.kind !== 'prose') end--;
  };
  last();
  // The author's biography under the article ("Jane Doe is a fellow at ...") is no part of it.
  while (end > start && bioNames(lines[end]!.text).length) {
    end--;
    last();
  }
  // A record's last fields ("Attack type: Armed Assault | Perpetrator: ...", under labels the
  // records above carry too) close it when nothing else does.
  const labels = new Set<string | null>();
  for (let k = start; k <= end; k++) labels.add(headOf(lines[k]!.text, 'label'));
  labels.delete(null);
  const field = (k: number) => infos[k]!.kind === 'short' && labels.has(headOf(lines[k]!.text, 'label'));
  while (end + 1 < cut && field(end + 1)) end++;
  return end;
}

/**
 * Finds the headline, the header (bylines, dates, share bars) and the article body of a page's lines
 * once each line is classified: the body runs from the first prose after the headline and its header
 * to the last prose before the page's closing furniture (related lists, follow-us, newsletter,
 * copyright) that is not followed by more article than came before it.
 */
export function findLayout(lines: readonly Line[], infos: readonly LineInfo[]): Layout {
  const run = bodyRun(lines, infos);
  if (run < 0) return { title: titleBefore(lines, infos, lines.length - 1), headerEnd: 0, start: 0, end: -1 };
  const title = findTitle(lines, infos, run);
  let headerEnd = title ?? -1;
  for (let i = Math.max(0, title ?? 0); i < run; i++) if (isHeaderLine(infos[i]!)) headerEnd = i;
  let start = headerEnd + 1;
  while (start < infos.length && infos[start]!.kind !== 'prose') start++;
  if (start >= infos.length) start = run;
  start = summaryStart(lines, infos, title ?? 0, start);
  // A table's header row ("event_id | event_date | ...") belongs with the rows under it.
  const cells = (k: number) => lines[k]!.text.split(/\s+\|\s+/).length;
  while (start > headerEnd + 1 && cells(start) >= 4 && cells(start - 1) === cells(start)) start--;
  start = datelineStart(lines, infos, start);
  return { title, headerEnd: headerEnd + 1, start, end: findEnd(infos, lines, start) };
}
