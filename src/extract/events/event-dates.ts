import type { DateMention } from '../dates/index.js';

/** Words before a date that make it the date of a report, a count or a statement, not of the incident. */
const REPORTING_BEFORE =
  /\b(?:said|says|told|reported|announced|confirmed|added|stated|rose|risen|climbed|reached|stood|passed|updated|published|released|issued|declared(?!\s+victory)|tweeted|wrote|posted|statement|briefing|interview|(?:audio|video|voice)\s+messages?|recording|mourning|mourned|buried|burying|burials?|funerals?|waited|queued|gathered|protested|vigils?|silence|emergency|vowed|pledged|condemned|visited|agreed|signed|agreement|accord|elected|sworn\s+in|custody|guilty|convicted|sentenced|acquitted|indicted|charged|verdicts?|trial|surrendered|handed\s+(?:himself|herself|themselves)\s+in)\s+(?:[\w'’-]+\s+){0,4}?$|\bclaimed\s+(?:responsibility|the\s+\w+)\s+(?:[\w'’-]+\s+){0,6}?$|\b(?:was|were|been)\s+claimed\s+(?:[\w'’-]+\s+){0,2}?$|\b(?:by|until|as\s+of)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:the\s+)?$/i;

/** Words right after a date that make it the date of a report ("officials on Thursday lowered the toll"). */
const REPORTING_AFTER =
  /^[\s,]*(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:its|the|a|an|his|her|their|officials?|police|authorities)\s+(?:[\w'’-]+\s+){0,2}?|the\s+[\w-]+['’]s\s+(?:[\w-]+\s+){1,2}?(?=said|says|announced|stated|claimed))?(?:said|say|told|reported|announced|confirmed|lowered|raised|revised|updated|put|gave|issued|released|published|added|stated|claimed(?!\s+by)|blamed(?!\s+on)|vowed|pledged|condemned|declared|visited|buried|held)\b/i;

/** "..., the army said it had killed": the report is of an act on that date. */
const SAID_IT_DID =
  /^[\s,]+(?:[\w-]+\s+){0,3}?(?:said|says|announced|reported)\s+(?:that\s+)?(?:it|they|its|their)\s+(?:had\s+|have\s+)?(?![\w-]+\s+(?:toll|figure))/i;

/**
 * "The army said on Sunday that its troops had retaken the town": a force announces a retaking on the
 * day, so the statement's day dates it (a claim of an attack, said days later, does not).
 */
const SAID_ON = /\b(?:said|announced|reported)\s+(?:late\s+|early\s+)?on\s+$/i;
/** "Security forces said on Sunday they had captured the base": a state's forces announce the ground they take on the day. */
const FORCES_SAID_ON =
  /\b(?:army|military|forces|troops|police|ministry|government)\s+(?:said|announced)\s+(?:late\s+|early\s+)?on\s+$/i;
const THEY_TOOK =
  /^\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:that\s+)?(?:it|they|its|their)(?:\s+[\w-]+)?\s+(?:had|have)\s+(?:captured|seized|taken|took|overrun|recaptured|retaken|retook|regained|liberated|cleared)\b/i;
const THAT_IT_DID =
  /^\s*(?:(?:morning|afternoon|evening|night)\s+)?that\s+(?:it|they|its|their)(?:\s+[\w-]+)?(?:,[^,.;]{1,60},)?\s+(?:had|have)\s+(?:recaptured|retaken|retook|regained|liberated|cleared)\b/i;

/** "…opened fire on the post on Saturday, the army said": a comma and a speaker after the date attribute the act. */
const ATTRIBUTED_AFTER =
  /^\s*,\s+(?:(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?|(?:officials|police|witnesses|residents|sources|authorities|survivors|activists|rescuers|medics|doctors)\s+(?:[\w-]+\s+){0,2}?)(?:said|says|told|reported|announced|confirmed|added|stated)\b/i;

/** "the toll rose to at least 213 on Tuesday, …": the date of a count, however attributed. */
const TOLL_BEFORE = /\b(?:toll|rose|risen|climbed|reached|stood|figures?|count)\b[^,;.]*$/i;

const ACT_NOUN =
  '(?:attacks?|assault|bombings?|blasts?|explosions?|ambush|raid|massacre|killings?|shooting|siege|strikes?|air\\s*strikes?|abductions?|kidnapping|prison\\s+break|offensive)';

/** "Thursday's attack", "Sunday's bombing": the date the wording gives the act itself. */
const POSSESSIVE_ACT = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,3}?${ACT_NOUN}\\b`, 'i');

/** "a March 17 air strike": a date written as the act's attribute. */
const ATTRIBUTIVE_ACT = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?${ACT_NOUN}\\b`, 'i');

/** "after the attack on Friday evening": the day the wording gives the act named just before. */
const ACT_ON =
  /\bthe\s+(?:[\w-]+\s+)?(?:attack|assault|bombing|blast|explosion|ambush|raid|massacre|killings?|shooting|stabbing|siege|abduction|kidnapping)\s+(?:(?:late|early)\s+)?on\s+$/i;

/**
 * "Since the Kerman bombing last January, …": a sentence opening on an act named with its date; "no
 * attack abroad since the shooting at the air base in December 2019": the only act is the one named.
 */
const SINCE_NAMED_ACT = new RegExp(
  `(?:^\\s*|\\b(?:not|no|never)\\b[^.;]{0,100}?\\b)since\\s+the\\s+(?:[\\w'’-]+\\s+){0,4}?${ACT_NOUN}\\s+(?:(?:at|in|on|near|against)\\s+(?:[\\w'’-]+\\s+){1,5}?)?(?:in\\s+)?$`,
  'i',
);

/** "was born in", "was founded in", "emerged in": the date a group, a state or a person began. */
const FOUNDED_BEFORE =
  /\b(?:was|were|been)\s+(?:born|founded|formed|created|established|set\s+up|proclaimed)\s+(?:in\s+)?$|\b(?:emerged|defected)\s+(?:in\s+)?$/i;

/** Words before a date that make it the start of a period rather than the day of an incident. */
const PERIOD_BEFORE =
  /\b(?:since|between|throughout|during\s+the\s+past|over\s+the\s+past|before|prior\s+to)\s+$/i;

/** "planning a bombing at the cathedral during the Christmas services": the day a plot was for, not an act's. */
const PLANNED_FOR = /\b(?:planning|plotting)\b([^.;,]{0,120}\b(?:during|on|for|at)\s+(?:the\s+)?)$/i;
const plannedFor = (before: string) => {
  const m = PLANNED_FOR.exec(before);
  return m !== null && !/\b(?:when|before|after|until|then|and|but|while)\b/i.test(m[1]!);
};

/**
 * The date mentions of a clause that date the incident it tells: not the dates of reports ("said on
 * Wednesday", "the toll rose to 63 on Monday") nor the starts of periods ("since 2019"). With
 * `datelines` false (a digest whose paragraphs open on a place and a day), "Baghdad, 21 January: …"
 * dates its entry's incident instead of being the day a story was filed.
 */
export function incidentDates(
  clause: string,
  clauseStart: number,
  dates: DateMention[],
  datelines = true,
): DateMention[] {
  const possessive = dates.filter(
    (d) =>
      POSSESSIVE_ACT.test((/['’]s$/.test(d.text) ? "'s" : '') + clause.slice(d.end - clauseStart)) ||
      (/\b(?:a|an|the)\s+$/i.test(clause.slice(0, d.start - clauseStart)) &&
        ATTRIBUTIVE_ACT.test(clause.slice(d.end - clauseStart))) ||
      (ACT_ON.test(clause.slice(0, d.start - clauseStart)) &&
        !REPORTING_BEFORE.test(clause.slice(0, d.start - clauseStart))),
  );
  // "… during the Christmas services, and police held two more the same day": the plot's day, and
  // a day counted from it, are not the incident's
  const planned = dates.filter((d) => plannedFor(clause.slice(0, d.start - clauseStart)));
  return dates.filter((d) => {
    const before = clause.slice(0, d.start - clauseStart);
    const after = clause.slice(d.end - clauseStart);
    if (planned.some((p) => p === d || (p.value === d.value && p.start < d.start))) return false;
    if (/^['’]s\b/.test(after)) return true;
    if (possessive.length > 0) return possessive.includes(d);
    if (d.precision === 'year' && /\bafter\s+$/i.test(before)) return false;
    // "UPDATE, Sunday 30 June, 09:10": a live page's time stamp dates the entry, not the act.
    if (/^\s*(?:latest\s+)?update[sd]?\s*[,:–—-]?\s*$/i.test(before)) return false;
    // "the provinces where the branch was born in 2015": when a group or a state began, not an act.
    if (FOUNDED_BEFORE.test(before)) return false;
    // "NIAMEY, December 12, 2019 — …": the dateline's date is the day the story was filed.
    // "Garowe, 2 February 2025 - …" and "Chitral, Sept 7: …": a dateline in title case is one too;
    // "DUBAI, Jan 5 (Agency) -" names its agency; "PESHAWAR, Pakistan, Aug 1 (Agency) -" its country too.
    if (
      datelines &&
      /^(?:[\p{Lu}\s'’.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?,\s*$/u.test(
        before,
      ) &&
      /^\s*(?:\([^)]{1,40}\)\s*)?[—–:-]/.test(after)
    )
      return false;
    // "the worst since the war began in 2011": the start of a comparison, not the incident.
    if (
      /\bsince\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,7}?(?:in\s+)?$/i.test(before) &&
      !SINCE_NAMED_ACT.test(before)
    )
      return false;
    if (/\b(?:between|from)\s+[^,;.]{1,40}\b(?:and|to|until)\s+$/i.test(before)) return false;
    if (SAID_ON.test(before) && THAT_IT_DID.test(after)) return true;
    if (FORCES_SAID_ON.test(before) && THEY_TOOK.test(after)) return true;
    const tellsOfAct = SAID_IT_DID.test(after) || (ATTRIBUTED_AFTER.test(after) && !TOLL_BEFORE.test(before));
    return (
      !REPORTING_BEFORE.test(before) &&
      !PERIOD_BEFORE.test(before) &&
      (tellsOfAct || !REPORTING_AFTER.test(after))
    );
  });
}

const rank = { day: 3, month: 2, year: 1 } as const;

/**
 * The most precise of some dates, a date written out before one counted from another ("a week
 * later, on 15 May") and the earliest in the text among equals.
 */
export function mostPrecise(dates: DateMention[]): DateMention | null {
  return dates.reduce<DateMention | null>(
    (best, d) =>
      !best ||
      rank[d.precision] > rank[best.precision] ||
      (rank[d.precision] === rank[best.precision] && best.relative && !d.relative)
        ? d
        : best,
    null,
  );
}

/** Whether two dates (YYYY, YYYY-MM or YYYY-MM-DD) can denote the same day. */
export function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
