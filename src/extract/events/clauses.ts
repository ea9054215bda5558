import type { Sentence } from '../text/index.js';

const COMPARISON_WORDS =
  /\b(?:deadliest|worst|largest|biggest|bloodiest|first|last|most|previous|earlier|recall|similar)\b/i;

/**
 * Splits off the clause of a sentence that tells of an earlier incident by way of comparison:
 * "..., the deadliest since July 2018, when a bomber killed 150 at a rally" becomes the main part and
 * "July 2018, when a bomber killed 150 at a rally" (also "in July last year, when …"). Other sentences
 * come back whole.
 */
export function splitComparison(sentence: Sentence): Sentence[] {
  const m =
    /\b(?:since|in|on|than\s+(?:in|on))\s+((?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4}|\s+(?:of\s+)?(?:last|this)\s+year)?|\d{4}))\s*,?\s+when\b/.exec(
      sentence.text,
    );
  if (!m || m.index === 0) return [sentence];
  const lead = sentence.text.slice(0, m.index);
  if (!/^(?:since|than)/i.test(m[0]) && !COMPARISON_WORDS.test(lead)) return [sentence];
  const cut = m.index + m[0].indexOf(m[1]!);
  return [
    { start: sentence.start, end: sentence.start + cut, text: sentence.text.slice(0, cut) },
    { start: sentence.start + cut, end: sentence.end, text: sentence.text.slice(cut) },
  ];
}

/**
 * A relative clause after a comma that describes what precedes it in passing: ", which has killed
 * hundreds since 2014", ", who led the group until 2019". Global: use with `allMatches`.
 */
export const RELATIVE_ASIDE = /,[ \t]+(?:which|who)\b[^,;.\n]*/g;

/**
 * The support an act had from the air, which is not an act of its own: "troops backed by US air
 * strikes retook the town", "with the help of coalition aircraft". Global: use with `allMatches`.
 */
export const AIR_SUPPORT =
  /\b(?:(?:backed|supported|aided|assisted|covered)\s+by|with\s+(?:the\s+)?(?:help|support|backing|cover)\s+of)\s+(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|air\s+(?:support|power|cover)|aircraft|warplanes|jets|drones?|helicopters?)\b/gi;

const CONJUNCTION =
  /(?:[,;]\s*|\s+)(?:before|after|and|but|while|whereas|until|then|when|as|what)\b|,(?=\s)/g;

/** A coordinated clause of its own: ", and …", "; but …". */
const NEXT_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s/i;

/** Right after a date, a clause that still tells of that date's incident (", which killed 145"). */
const SAME_CLAUSE = /^\s*,\s*(?:which|that|killing|wounding|leaving|in\s+which|during\s+which)\b[^,;:]*$/i;

/**
 * Cuts a sentence that tells of several incidents at different dates into one clause per incident:
 * "X was seized in August 2014 ... before troops retook it in March 2015" becomes two clauses. The
 * cut falls at the last conjunction between the two dates that comes before an act of the second.
 * `dates` are the sentence's incident dates and `acts` its trigger positions, as offsets in the text.
 */
export function splitAtDates(
  sentence: Sentence,
  dates: { start: number; end: number; value: string }[],
  acts: { start: number }[],
): Sentence[] {
  const cuts: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1]!, dates[i]!];
    if (a.value.startsWith(b.value) || b.value.startsWith(a.value)) continue;
    const region = sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
    const firstAct = acts.find(
      (t) =>
        t.start > a.end &&
        t.start < b.start &&
        !SAME_CLAUSE.test(sentence.text.slice(a.end - sentence.start, t.start - sentence.start)),
    );
    if (!firstAct) {
      // "… killed in a strike in early 2020, and his successor died in March 2024": a clause of its
      // own with no act keeps its date away from the act before it.
      const joint = NEXT_CLAUSE.exec(region);
      if (joint && acts.some((t) => t.start < a.start)) cuts.push(a.end + joint.index);
      continue;
    }
    let cut: number | null = null;
    for (const m of region.matchAll(CONJUNCTION)) {
      const at = a.end + m.index;
      if (at < firstAct.start) cut = at;
    }
    if (cut !== null) cuts.push(cut);
  }
  if (cuts.length === 0) return [sentence];
  const bounds = [sentence.start, ...cuts, sentence.end];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i]!;
    return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
  });
}

/** ", three days after a car bomb at …": what follows tells of another, earlier or later incident. */
const INTERVAL =
  /,?\s+(?:(?:less|more)\s+than\s+|about\s+|some\s+|just\s+|barely\s+|only\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+(?:a|an|another)\s+/gi;
/** Whether a clause is the second part cut off by {@link splitAtInterval}: it tells of another incident. */
export const opensInterval = (clause: string): boolean => {
  INTERVAL.lastIndex = 0;
  const m = INTERVAL.exec(clause);
  return m !== null && m.index === 0;
};

/** The second incident is told with its own toll or act ("… that killed scores"). */
const OWN_TOLL = /\b(?:killed|killing|kills|left|leaving|wounded|wounding|dead)\b/i;

/**
 * Cuts a sentence that tells of a second incident in a clause of time: "the army said its jets had
 * hit a camp in the hills, three days after a car bomb at the market that killed nine" becomes the
 * air strike and the car bomb. Only when both parts tell of an act and the
 * second its own toll.
 */
export function splitAtInterval(sentence: Sentence, acts: { start: number }[]): Sentence[] {
  if (!/\b(?:after|before)\b/i.test(sentence.text)) return [sentence];
  for (const m of sentence.text.matchAll(INTERVAL)) {
    const cut = sentence.start + m.index;
    const after = sentence.text.slice(m.index + m[0].length);
    if (!acts.some((t) => t.start < cut) || !acts.some((t) => t.start >= cut + m[0].length)) continue;
    if (!OWN_TOLL.test(after)) continue;
    return [
      { start: sentence.start, end: cut, text: sentence.text.slice(0, m.index) },
      { start: cut, end: sentence.end, text: sentence.text.slice(m.index) },
    ];
  }
  return [sentence];
}

/** ", including the drone strike on …", ", among them a raid on …": one incident picked out of many. */
const INCLUDING = /,\s+(?:including|among\s+them|notably|such\s+as)\s+(?:the|a|an|its|their|two|three)\b/gi;

/**
 * Cuts off an incident picked out of a total: "militias launched over a hundred attacks on the bases,
 * including the drone strike on a post in Jordan in January that killed three soldiers" becomes the
 * total and the drone strike, which then stands on its own. Only when the part picked out names an act
 * and has a date of its own.
 */
export function splitAtIncluding(
  sentence: Sentence,
  acts: { start: number }[],
  dates: { start: number }[],
): Sentence[] {
  for (const m of sentence.text.matchAll(INCLUDING)) {
    const cut = sentence.start + m.index;
    if (!acts.some((t) => t.start >= cut)) continue;
    if (!dates.some((d) => d.start >= cut)) continue;
    return [
      { start: sentence.start, end: cut, text: sentence.text.slice(0, m.index) },
      { start: cut, end: sentence.end, text: sentence.text.slice(m.index) },
    ];
  }
  return [sentence];
}

/** Right after a date, the present the writer speaks from: "…, now", "still", "today". */
const NOW_AFTER_DATE = /^,?\s+(?:now|still|today|these\s+days|nowadays)\b/i;

/**
 * Cuts off an incident named in passing from what the sentence goes on to say of the present: "the
 * cell that bombed the market in March 2023 now raises taxes, with dozens of raids a month" becomes the
 * bombing and the present, which is read on its own (a trend, here). Only when an act comes before the
 * date.
 */
export function splitAtPresent(
  sentence: Sentence,
  acts: { start: number }[],
  dates: { end: number }[],
): Sentence[] {
  for (const d of dates) {
    const cut = d.end - sentence.start;
    if (!NOW_AFTER_DATE.test(sentence.text.slice(cut))) continue;
    if (!acts.some((t) => t.start < d.end)) continue;
    return [
      { start: sentence.start, end: d.end, text: sentence.text.slice(0, cut) },
      { start: d.end, end: sentence.end, text: sentence.text.slice(cut) },
    ];
  }
  return [sentence];
}
