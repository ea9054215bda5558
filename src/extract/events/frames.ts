import type { ActorMention } from '../actors/find-actors.js';
import type { DateMention } from '../dates/index.js';
import type { CasualtyFigure } from '../numbers/index.js';
import type { PlaceMention } from '../places/place.js';
import type { Sentence } from '../text/index.js';
import { RELATIVE_ASIDE } from './clauses.js';
import type { Trigger } from './event-types.js';
import type { ClaimReading } from './responsibility.js';
import type { Roles } from './roles.js';

/** Everything one sentence says that bears on an incident, with offsets into the document text. */
export interface Frame {
  /** Position of the sentence in the document. */
  index: number;
  paragraph: number;
  /** The clause the frame was read from (a whole sentence unless the sentence told of several incidents). */
  sentence: Sentence;
  /** The whole sentence the clause belongs to. */
  whole: { start: number; end: number };
  triggers: Trigger[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Places named anywhere in the whole sentence, for a clause that refers to them ("retook it"). */
  nearbyPlaces: PlaceMention[];
  actors: ActorMention[];
  casualties: CasualtyFigure[];
  claim: ClaimReading;
  roles: Roles;
  /** A heading: a short paragraph of its own without a full stop, which opens a new section. */
  heading: boolean;
  /** False in a digest of dated entries, where "Place, date:" opens an entry rather than a story's dateline. */
  datelines?: boolean;
  /** How the sentence relates the incident it tells to the document's main one. */
  cues: FrameCues;
}

/** Wording that tells how a sentence's incident relates to others. */
export interface FrameCues {
  /** A plural count of incidents, a rate or a trend: not one incident ("419 operations were thwarted"). */
  aggregate: boolean;
  /** Future, conditional or intended: not something that happened. */
  hypothetical: boolean;
  /** A different incident from the one in focus ("a second attack", "separately", "earlier"). */
  another: boolean;
  /** A comparison to an earlier incident ("the deadliest since July 2018, when ..."). */
  comparison: boolean;
  /** Every act named refers back to one already told ("the attack", "Saturday's bombing"). */
  referring: boolean;
  /** The incident falls on the same day as the one before it ("the same afternoon"). */
  sameDay: boolean;
  /** Points at the incident just told ("that attack"), or at the last two ("either attack", "both"). */
  pointsBack: 'last' | 'both' | null;
}

// The word boundary before the look-behind: tried at every position, the look-behind alone was slow.
const AGGREGATE =
  /\b(?<!\bone\s+of\s+(?:the\s+)?)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand)|a\s+few|dozens|hundreds|thousands|scores|numerous|many|multiple|a\s+wave\s+of|a\s+spate\s+of|the\s+number\s+of|a\s+string\s+of)\s+(?:of\s+)?(?:(?!(?:in|during|by|from|at|on)\s)[\w'’]+\s+){0,2}?(?:attacks|operations|bombings|incidents|raids|ambushes|assaults|kidnappings|abductions|plots|strikes|airstrikes|air\s+strikes|executions)\b|\b(?:attacks|operations|bombings|incidents|killings|violence)\b[^.;]{0,40}?\b(?:have|has|had)\s+(?:\w+\s+)?(?:risen|fallen|increased|decreased|declined|grown|dropped|surged|multiplied|become)|\bsince\s+(?:\d{4}|then|the\s+\w+)\b[^.;]{0,80}\b(?:died|killed|dead|deaths)\b|\b(?:died|killed|killing|dead|deaths|attacks)\b[^.;]{0,80}\bsince\s+(?:\d{4}|then|the\s+\w+|it|they|its|their)\b|\baccused\s+(?:[\w-]+\s+){0,5}?of\s+(?:killing|attacking|massacring|abducting|kidnapping)\b|\b(?:has|have)\s+(?:\w+\s+)?killed\s+(?:tens\s+of\s+|hundreds\s+of\s+)?thousands\b|\b(?:so\s+far\s+this\s+year|every\s+year|each\s+year|per\s+year|annually|(?:in|over|during)\s+the\s+past\s+(?:\w+\s+)?(?:years?|months?|decade))\b|\b(?:rose|fell|increase|decrease|decline|rise|surge)\s+in\s+(?:the\s+number\s+of\s+)?(?:attacks|violence|killings|incidents)|(?<!\bone\s+of\s+)\bthe\s+(?:\w+est|most\s+\w+)\s+(?:attacks|bombings|raids|massacres|assaults)\b(?!\s*,\s*(?:including|among))|\b(?:has|have|had)\s+(?:long|repeatedly|often|regularly|routinely)\s+(?:fought|battled|clashed|attacked|targeted|raided)\b|\b(?:spent|spends|spend|spending)\s+(?:[\w-]+\s+){0,4}?(?:fighting|battling|attacking|waging|hunting)\b|\bsince\b[^.;]{0,120}\b(?:has|have)\s+been\s+(?:fighting|battling|clashing)\b|\b(?:has|have)\s+been\s+(?:fighting|battling|clashing)\b[^.;]{0,120}\bsince\b|\b(?:began|begun|started)\s+(?:to\s+)?(?:claim|claiming|carry(?:ing)?\s+out|launch|launching|stage|staging|mount|mounting)\b[^.;]{0,30}\b(?:attacks|operations|raids|bombings)\b|\b(?:(?:most|many|some|half|none|few|several|each|any)\s+of|all(?:\s+of)?)\s+(?:the|those|these|its|their|them)\b(?:\s+[\w-]+){0,2}?\s+(?:attacks|operations|bombings|incidents|raids|ambushes|killings|assaults|strikes|plots)\b/i;

/**
 * Ground taken or held in bulk ("seized swathes of", "control of many towns"); "most of" or "parts
 * of" one named place ("took control of most of Aleppo") is one incident. Case matters for the name.
 */
const TERRITORY_MANY =
  /\b(?:[Cc]ontrol\s+(?:of|over)|[Ss]eized|[Cc]aptured|[Rr]etook|[Rr]ecaptured|[Rr]egained)\s+(?:(?:many|several|some|large|vast|swathes|dozens)\b|(?:most|much|parts?)\b(?!\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z]))/;

const ACT_PLURALS =
  '(?:attacks|operations|bombings|incidents|raids|ambushes|assaults|killings|strikes|abductions)';
const YEAR = String.raw`(?:early\s+|late\s+|mid-)?(?:19|20)\d{2}`;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * How an analyst sums up rather than tells one incident: acts spread over years ("posts it overran
 * in 2023 and 2024", "fought it in 2006 and again after 2014"), a year's or a period's acts
 * ("its attacks in 2024 were concentrated in …"), a rate ("a handful of attacks a month"), repetition
 * ("attacked repeatedly this year"), the pattern, reach or risk of attacks, more killed than in any year
 * or by any other, any one of a kind ("every massacre in the region brings …"), a comparison with years
 * ago ("killing more than five years ago"), a forecast of a trend ("we expect its attacks to keep rising"), a campaign's
 * record ("has destroyed dozens of camps", "has raided their safe houses"), weeks of unrest, and a
 * report never confirmed.
 */
const SUMMARY = new RegExp(
  [
    String.raw`\b(?:in|during|between|from|with|through|throughout|over|across)\s+(?:${MONTH}\s+)?${YEAR}\s+(?:and|to|through)\s+(?:again\s+(?:in|after|since)\s+)?(?:${MONTH}\s+)?${YEAR}\b`,
    String.raw`(?:['’]s|\b(?:its|their))\s+(?:[\w-]+\s+)?${ACT_PLURALS}\s+(?:in|during|over|throughout)\s+(?:the\s+(?:past|last)\s+\w+|${YEAR})\b`,
    String.raw`\b${ACT_PLURALS}\b[^.;]{0,60}\b(?:were|are|have\s+been)\s+(?:\w+\s+)?(?:concentrated|clustered|spread)\b`,
    String.raw`\ba\s+handful\s+of\s+(?:[\w-]+\s+){0,2}?${ACT_PLURALS}\b`,
    String.raw`\b${ACT_PLURALS}\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b`,
    String.raw`\b(?:pattern|tempo|pace|rate|frequency|tally|reach|scale|geography|risk|threat|danger|likelihood)\s+of\s+(?:(?:its|their|the|new|further|more|such)\s+)?(?:[\w-]+\s+)?${ACT_PLURALS}\b`,
    String.raw`\b(?:killed|kidnapped|abducted|carried\s+out|staged|mounted|claimed)\s+more\s+[^.;]{0,100}?\bthan\s+(?:in\s+)?(?:any|ever)\b`,
    String.raw`\b(?:has|have)\s+(?:\w+\s+)?(?:struck|hit|bombed|pounded|raided|targeted)\s+(?:[\w-]+\s+){0,2}?(?:camps|bases|positions|hideouts|targets|posts)\b[^.;]{0,40}\b(?:this|in\s+recent)\s+(?:year|months|weeks)\b`,
    String.raw`\b(?:every|each)\s+(?:[\w-]+\s+)?(?:attack|bombing|massacre|raid|ambush|assault|killing|abduction|kidnapping|incident|operation)\b`,
    String.raw`\b(?:attacked|targeted|raided|struck|hit|bombed|shelled|overrun)\s+(?:\w+\s+)?(?:repeatedly|regularly|frequently|routinely|time\s+and\s+again)\b`,
    String.raw`\b(?:more|fewer|less)\b[^.;]{0,60}\bthan\s+(?:[\w-]+\s+){1,2}(?:years?|months?|decades?)\s+ago\b`,
    String.raw`\bexpects?\b[^.;]{0,80}\bto\s+(?:keep\s+|continue\s+)?(?:ris|increas|grow|climb|fall|declin)\w*`,
    String.raw`\b(?:has|have)\s+(?:\w+\s+)?(?:destroyed|dismantled|overrun|captured|seized|raided)\s+(?:dozens|hundreds|scores|numerous|many)\s+of\b`,
    String.raw`\b(?:has|have)\s+(?:\w+\s+)?raided\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:safe\s+houses|hideouts|camps|bases|cells)\b`,
    // "weeks of unrest in which …", but not "five days of fighting in which …", one battle counted in days
    String.raw`\b(?:days|weeks|months|years)(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+)\s+of\s+(?:\w+\s+)?(?:protests|fighting|clashes|unrest|violence|riots)\s+in\s+which\b`,
    String.raw`\b(?:was|were|has|have)\s+(?:never|not)\s+(?:been\s+)?(?:confirmed|verified)\b`,
    // "killed 23 militants in raids across North Sinai": a tally over many operations
    String.raw`\b(?:in|during)\s+(?:a\s+(?:series|wave|string)\s+of\s+)?(?:[\w-]+\s+)?(?:raids|operations|strikes|air\s*strikes|clashes|sweeps)\s+(?:across|throughout|over|in\s+(?:several|various|different))\b`,
    // "a growing share of the people they arrest for plotting": a proportion of many cases
    String.raw`\b(?:share|proportion|percentage|majority|minority|fraction)\s+of\s+(?:the\s+|all\s+)?(?:people|suspects|plotters|recruits|arrests|plots)\b`,
  ].join('|'),
  'i',
);

const HYPOTHETICAL =
  /\b(?:could|would|might|(?<!\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|of|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Tt]his|[Nn]ext|[Dd]uring)\s+)may|will|shall)\s+(?:\w+\s+)?(?:attack|strike|carry|launch|target|stage|kill|be\s+(?:attacked|targeted))|(?<!\b(?:was|were|been)\s+)\b(?:able|unable|capable)\s+(?:to|of)\s+(?:plant|planting|attack|attacking|kill|killing|strike|striking|mount|mounting|stage|staging|launch|launching|hold|holding|seize|seizing)\b|\b(?:could|would|might|may|will)\s+(?:struggle|fail|be\s+unable|try|seek)\s+to\s+(?:hold|retake|recapture|take|seize|capture|defend|keep)\b|\b(?:plans?|planning|planned|intends?|intended|threatened|threatens|vowed|aims?|seeks?|sought|tries|tried|attempting|prepared|preparing)\s+to\s+(?:attack|strike|carry|launch|target|stage|bomb|kill|free)|\bin\s+case\s+of\b|\bif\s+(?:the|it|they)\b|\bwarn(?:ed|ing|s)?\b[^.;]{0,80}?\b(?:of|about)\s+(?:a|an)\s+(?:possible\s+|planned\s+|imminent\s+)?(?:plot|attack|threat)\b/i;

const ANOTHER =
  /\b(?:(?:another|a\s+(?:second|third|separate|similar|further|new|fresh|previous|earlier))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|bombs?|blasts?|explosions?|incidents?|raids?|strikes?|assaults?|ambush(?:es)?|massacres?|kidnappings?|abductions?|operations?|suicide\s+bombings?|shootings?)|separately|earlier\s+this\s+(?:week|month|year)|earlier\s+in\s+the\s+(?:week|month|year)|in\s+a\s+separate|earlier\s+(?:attack|bombing|assault)|the\s+(?:previous|earlier|last)\s+(?:attack|bombing|assault|week|month|year)|(?<!\b(?:was|were|been)\s+)also\s+(?:claimed|carried\s+out|attacked|killed))\b/i;

/** "planning to attack", "a plan to bomb": the intent a foiled plot had, which a foiling makes no conjecture. */
const PLAN_TO =
  /\b(?:plans?|planning|planned|plotting|plotted|intends?|intended|intending|preparing|prepared)\s+to\s+(?:attack|strike|carry|launch|target|stage|bomb|kill|free)\b/gi;

/** A clause split off a comparison: "July 2018, when a bomber killed 150". */
const EARLIER_WHEN =
  /^[^,.]{0,40}\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+when\b/;

const COMPARISON =
  /\b(?:first|deadliest|worst|largest|biggest|bloodiest|most\s+(?:deadly|lethal|serious|significant))\b[^.]{0,80}\b(?:since|after)\b|\b(?:since|after)\s+(?:\w+\s+){0,3}?(?:\d{4})\s*,?\s+when\b|\brecalled\s+the\b|\bechoed\b|\breminiscent\s+of\b/i;

const DEFINITE =
  /(?:\b(?:the|this|that|these|those|its|their|his|her|both|such)|['’]s)\s+(?:[\w-]+\s+){0,2}$/i;

/** An act named by its month or year ("the July 2022 raid", "the 2019 Kerman bombings"): named, not referred back to. */
const DATED_NAME = /\b(?:the|its|their)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:[\w-]+\s+)?$/;

/**
 * True when every trigger is a noun introduced as already known ("the blasts", "Tuesday's raid"),
 * and not one being described ("the killing of 100 civilians in two villages").
 */
function refersBack(sentence: string, triggers: { start: number; end: number }[]): boolean {
  return (
    triggers.length > 0 &&
    triggers.every(
      (t) =>
        DEFINITE.test(sentence.slice(Math.max(0, t.start - 40), t.start)) &&
        !DATED_NAME.test(sentence.slice(Math.max(0, t.start - 40), t.start)) &&
        !/^\s+of\b/.test(sentence.slice(t.end)),
    )
  );
}

const INCIDENT_NOUNS =
  '(?:attacks?|bombings?|assaults?|raids?|incidents?|blasts?|killings?|massacres?|operations?|ambush(?:es)?|strikes?|explosions?|kidnappings?)';
const LAST_BACK = new RegExp(
  `\\b(?:that|this)\\s+(?:[\\w-]+\\s+)?${INCIDENT_NOUNS}\\b|\\bthat\\s+too\\b`,
  'i',
);
const BOTH_BACK = new RegExp(
  `\\b(?:either|both|neither)\\s+(?:of\\s+the\\s+)?(?:[\\w-]+\\s+)?${INCIDENT_NOUNS}\\b|\\bboth\\s+(?:were|had)\\b|\\b(?:claimed|carried\\s+out)\\s+(?:them\\s+)?both\\b`,
  'i',
);

/** Wording that puts an incident on the same day as the one before it. */
const SAME_DAY =
  /\b(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|that\s+same\s+day|(?:later\s+)?that\s+(?:day|morning|afternoon|evening|night)|simultaneously|at\s+the\s+same\s+time|(?:(?:an|half\s+an|a\s+few)\s+hours?|hours|minutes|moments)\s+(?:earlier|later|before|after))\b/i;

const DETERMINED =
  /(?:\b(?:a|an|the|this|that|these|those|its|their|his|her|both|two|three|several|twin|series\s+of)|['’]s|\d)\s+(?:[\w-]+\s+){0,2}$/i;

/** True when the only acts named are bare plurals, which speak of a kind of incident ("Large bombings were rare"). */
function onlyGeneric(sentence: string, triggers: { start: number; end: number }[]): boolean {
  return (
    triggers.length > 0 &&
    triggers.every((t) => {
      const word = sentence.slice(t.start, t.end);
      const verbal = /^(?:\w+ed|into)\s/i.test(word); // "fired mortars", "into crowds": an act, not a kind
      return (
        !verbal &&
        /[^s]s$/i.test(word) &&
        !DETERMINED.test(sentence.slice(Math.max(0, t.start - 40), t.start))
      );
    })
  );
}

const STRIKE_PAIR =
  /\b(?:two|three|twin)\s+((?:air|drone|precision)[\s-]*)?strikes(?=\s+(?:on|against|targeting)\b)/gi;

/**
 * The sentence without the relative clauses that describe an actor in passing and without a closing
 * comparison: "blamed the group, which has carried out dozens of raids since 2016" and "killed 40, the worst
 * attack since 2003" speak of one incident, not of a trend.
 */
const withoutAsides = (sentence: string) =>
  sentence
    .replace(RELATIVE_ASIDE, '')
    // "carried out two strikes on caves in the valley": a pair of strikes on one target is one incident
    .replace(STRIKE_PAIR, 'strikes')
    .replace(/,\s+(?:the|its|their)\s+(?:deadliest|worst|bloodiest|biggest|largest)\b[^;]*$/i, '');

/**
 * The cues of one sentence, each read the first time it is asked for: most sentences of a document
 * tell no incident, and the incident stage never asks for their costlier cues.
 */
class SentenceCues implements FrameCues {
  #aggregate: boolean | undefined;
  #hypothetical: boolean | undefined;
  #another: boolean | undefined;
  #comparison: boolean | undefined;
  #referring: boolean | undefined;
  #sameDay: boolean | undefined;
  #pointsBack: 'last' | 'both' | null | undefined;

  constructor(
    private readonly sentence: string,
    private readonly triggers: { start: number; end: number; type?: string }[],
    another: boolean,
  ) {
    if (another) this.#another = true;
  }

  get aggregate(): boolean {
    const s = this.sentence;
    return (this.#aggregate ??=
      AGGREGATE.test(withoutAsides(s)) ||
      // "claimed the assault, saying it had captured several positions": ground taken in that one assault
      (TERRITORY_MANY.test(withoutAsides(s)) && !this.referring) ||
      SUMMARY.test(s) ||
      onlyGeneric(s, this.triggers));
  }

  get hypothetical(): boolean {
    // "plots, including a plan to attack a concert, were disrupted": the plan is what was foiled
    const foiled = this.triggers.some((t) => t.type === 'plot_foiled');
    return (this.#hypothetical ??= HYPOTHETICAL.test(
      foiled ? this.sentence.replace(PLAN_TO, '') : this.sentence,
    ));
  }

  get another(): boolean {
    return (this.#another ??= ANOTHER.test(this.sentence) || EARLIER_WHEN.test(this.sentence));
  }

  get comparison(): boolean {
    return (this.#comparison ??= COMPARISON.test(this.sentence));
  }

  get referring(): boolean {
    return (this.#referring ??= refersBack(this.sentence, this.triggers));
  }

  get sameDay(): boolean {
    return (this.#sameDay ??= SAME_DAY.test(this.sentence));
  }

  get pointsBack(): 'last' | 'both' | null {
    if (this.#pointsBack === undefined) {
      const s = this.sentence;
      this.#pointsBack = BOTH_BACK.test(s) ? 'both' : LAST_BACK.test(s) ? 'last' : null;
    }
    return this.#pointsBack;
  }
}

/**
 * Reads the cues of a sentence (see {@link FrameCues}), each when first asked for; trigger offsets
 * are relative to the sentence. `another` set says the sentence is already known to tell of
 * another incident.
 */
export function readCues(
  sentence: string,
  triggers: { start: number; end: number; type?: string }[] = [],
  another = false,
): FrameCues {
  return new SentenceCues(sentence, triggers, another);
}
