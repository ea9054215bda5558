import type { ActorKind } from '../../model/actor.js';
import type { ActorMention } from '../actors/find-actors.js';
import { findCountry } from '../places/countries.js';
import type { Trigger } from './event-types.js';
import { CLAIM_TIME, type ClaimReading } from './responsibility.js';

/** An actor with the role a sentence gives it and how strongly the wording says so. */
export interface RoleReading {
  /** Canonical name; empty for a joint act of several forces, which names no single perpetrator. */
  actor: string;
  unit: string | null;
  kind: ActorKind | null;
  /** claim 5, blame 4, agent 3, modifier 2, mention 1. */
  strength: number;
  cue: 'claim' | 'blame' | 'agent' | 'modifier' | 'mention';
}

/** What one sentence says about who did it and to whom. */
export interface Roles {
  perpetrator: RoleReading | null;
  targets: RoleReading[];
}

const FOLLOWERS =
  "(?:\\s+and\\s+(?:its|their)\\s+allies|\\s+and\\s+(?:its\\s+|their\\s+)?(?:allied|affiliated|partner)\\s+(?:factions|groups|militias|rebels|forces)|\\s+(?:and\\s+its\\s+\\w+\\s+)?(?:fighters?|militants?|gunmen|members?|jihadists?|insurgents?|rebels?|operatives?|cells?|elements|suicide\\s+bombers?|bombers?|attackers?|assailants|men|group|affiliates?|branch|affiliate|loyalists|forces|troops|aircraft|jets|warplanes|drones|personnel|'s\\s+(?:\\w+\\s+){0,2}?(?:fighters|militants|branch|affiliate|province|wing|cell)))*";

const AGENT_VERB =
  '(?:\\s+[a-z]+ed\\b[^,.;()]{0,50}?\\s+and)?(?:\\s+(?:also|then|later|had|have|has|allegedly|reportedly|apparently|first|again|on\\s+\\w+|in\\s+(?:\\w+\\s+){0,2}?\\w+))*\\s+(?:attack|attacked|stormed|raided|ambushed|killed|kill|detonated|bombed|struck|strike|opened|shot|abducted|kidnapped|seized|captured|overran|took|massacred|executed|beheaded|set|launched|carried|targeted|hit|fired|shelled|burned|torched|stormed|freed|carry|retook|recaptured|regained|liberated|overran|overrun|seize|capture|bombed|blew|set|conducted|mounted|staged)\\b';

/** A bracketed alias or the bracket that closes one: "Boko Haram (JAS) fighters", "(ISWAP) fighters". */
const BRACKETED = '\\)?(?:\\s*\\([^)]*\\))?';
const FOLLOWED = new RegExp(`^${BRACKETED}${FOLLOWERS}`, 'i');
const FOLLOWED_BY_ACT = new RegExp(`^${BRACKETED}${FOLLOWERS}(?:,[^,]{0,80},)?${AGENT_VERB}`, 'i');
/** "… fighters loyal to a local commander took …": a short description between the doers and their act. */
const DESCRIBED = String.raw`(?:\s+(?:loyal\s+to|led\s+by|commanded\s+by|under|from|based\s+in|armed\s+with|on)(?:\s+[\w'-]+){1,4}?)?`;
const ACT_NEXT = new RegExp(`^${BRACKETED}(?:,[^,]{0,80},)?${DESCRIBED}${AGENT_VERB}`, 'i');

const BLAME_BEFORE =
  /(?:blam(?:e|ed|ing|es)\s+(?:it\s+on\s+|on\s+|the\s+(?:\w+\s+){0,3}?on\s+)?|suspicion\s+(?:fell|falls|has\s+fallen|fall)\s+(?:\w+\s+){0,2}?on|adherents\s+of|hallmarks?\s+of|signature\s+of|flags?\s+of|banners?\s+of|modus\s+operandi\s+of|work\s+of|in\s+the\s+name\s+of|attributed\s+(?:it\s+|the\s+(?:\w+\s+){0,3}?)?to|point(?:ed|ing)\s+(?:the\s+finger\s+)?(?:at|to)|suspected(?:\s+to\s+be|\s+of\s+being)?|accused|belong(?:ing|ed|s)?\s+to|members\s+of|(?:was|were|is|are|being)\s+(?:a\s+)?member\s+of|recruited\s+by|acting\s+(?:for|on\s+behalf\s+of)|fighters\s+(?:of|from)|militants\s+(?:of|from)|terrorists\s+(?:of|from)|gunmen\s+(?:of|from)|jihadists\s+(?:of|from)|insurgents\s+(?:of|from)|rebels\s+(?:of|from))\s*(?:the\s+)?(?:(?:[\w'-]+\s+){0,4}?(?:of|,)\s+)?(?:the\s+)?$/i;

/** Words that tie an actor to another without making it the one that acted ("linked to al-Qaeda"). */
const AFFILIATION_BEFORE =
  /(?:linked\s+to|loyal\s+to|affiliated\s+(?:with|to)|allied\s+(?:with|to)|allegiance\s+to|associated\s+with|affiliate\s+of|branch\s+of|offshoot\s+of|splinter\s+of|faction\s+of|inspired\s+by)\s+(?:the\s+)?$/i;
const AFFILIATION_AFTER =
  /^[-\s]*(?:linked|affiliated|aligned|allied|backed|inspired)\b|^'s\s+(?:\w+\s+)?(?:affiliate|branch|offshoot|ally)\b/i;

/**
 * Whether a mention names the group another is tied to rather than one that acts: "linked to
 * al-Qaeda", "al-Qaeda's affiliate in the Sahel". Offsets are the sentence's.
 */
export const isAffiliationMention = (sentence: string, m: { start: number; end: number }): boolean =>
  AFFILIATION_BEFORE.test(slice(sentence, m.start - 120, m.start)) ||
  AFFILIATION_AFTER.test(sentence.slice(m.end, m.end + 120));

/** "the Islamic State's local affiliate": the group's own affiliate, which stands for the group (not "X-linked Y"). */
const AFFILIATE_OF_IT = /^['’]s\s+(?:[\w-]+\s+)?(?:affiliate|branch|offshoot|franchise)\b/i;

const BLAME_AFTER =
  /^(?:'s)?(?:\s+(?:fighters|militants|members|cells?|gunmen|jihadists|insurgents|group))?(?:\s+(?:operating|based|active|hiding)\s+(?:in|from|near|around)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?,?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:widely|initially|immediately|also|likely|probably)\s+)?(?:suspected|believed|thought|blamed|accused|behind|responsible)\b/i;

/** "Eleven fighters of X died when …": the group's men counted among the dead, not a group blamed. */
const COUNTED_DEAD_AFTER =
  /^(?:\s*\([^)]*\))?\s+(?:(?:also|all|later)\s+)?(?:died|perished|were\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)|lost\s+their\s+lives)\b/i;

/** "known locally as", "whom residents call": the name people give a group, which may be another's. */
const LOCAL_NAME_BEFORE =
  /\b(?:known|referred\s+to)\s+locally\s+as\s+["“'‘]?$|\blocally\s+(?:known\s+as|called|dubbed)\s+["“'‘]?$|\bwhom\s+(?:residents|locals|villagers)\s+call\s+["“'‘]?$/i;

/** "about 100 members of the security forces": a state's men counted, not a state blamed. */
const MEMBERSHIP_BEFORE = /\b(?:members?\s+of|belonging\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$/i;

/** "Kunduz fell to the Taliban", "fell into the hands of IS": the force that took the place. */
const TAKEN_BY_BEFORE =
  /\b(?:fell|falling|fallen|lost)\s+to\s+(?:the\s+)?$|\bfell\s+into\s+the\s+hands\s+of\s+(?:the\s+)?$/i;

const BY_BEFORE =
  /\b(?:(?:rebels|fighters|militants|insurgents|factions|groups|forces|coalition|alliance|offensive|militias)\s+led|carried\s+out|claimed|killed|perpetrated|launched|staged|conducted|committed|attacked|ambushed|targeted|seized|captured|overrun|abducted|kidnapped|executed|beheaded|orchestrated|masterminded|attack|attacks|assault|raid|ambush|offensive)\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}?$/i;

const TARGET_BEFORE =
  /\b(?:attack(?:ed|s)?|ambush(?:ed)?|raid(?:ed)?|stormed|targeted|targeting|against|on|killed|killing|struck|hit|assaulted|overran|besieged|shot|wounding|injuring)\s+(?:(?:a|an|the|two|three|several|\w+)\s+){0,4}?$/i;

/** "X said its aircraft carried out the strike": a force speaking of its own act. */
const OWN_ACT =
  /^(?:\s*\([^)]*\))?\s+(?:said|says|announced|confirmed|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+)?(?:carried|conducted|struck|killed|launched|bombed|targeted|hit|strike|raided)\b/i;

/** "US and Iraqi forces": a joint operation, which names no single perpetrator. */
const JOINT_BEFORE = /\b([\p{Lu}][\p{L}.]*)\s+and\s+$/u;

/**
 * A dataset record's field that names who acted: ACLED's "Actor 1:", UCDP's one-sided "Actor:", GTD's
 * "Perpetrator group:" ("Actor 1: Boko Haram - JAS"); never "Actor 2:", the side acted upon.
 */
const RECORD_PERPETRATOR =
  /(?:^|[\n.;|]\s*)(?:actor(?:\s*1)?|perpetrators?(?:\s+group)?(?:\s+name)?|perpetrator\s+organi[sz]ation|group\s+name)\s*:\s*(?:[^:\n|;.]{0,40}?)$/i;

/** "a unit of the army was ambushed": forces told in the passive of an attack are its target. */
const ACTED_UPON_AFTER =
  /^\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:ambushed|attacked|targeted|hit|struck|overrun|raided|besieged|assaulted)\b/i;

/** A record's field for the side acted upon: ACLED's "actor2: Military Forces of Niger", GTD's "Target: …". */
const RECORD_TARGET =
  /(?:^|[\n.;|]\s*)(?:actor\s*2|assoc[_\s]actor[_\s]2|targets?(?:[_\s]type)?|victims?)\s*:\s*(?:[^:\n|;.]{0,40}?)$/i;

/**
 * "blamed on jihadists", "suspected insurgents", "jihadists of the group's Somali affiliate": a bare
 * plural that blames no one in particular, or that the group named after it stands for.
 */
function vagueDoers(sentence: string, m: ActorMention): boolean {
  if (m.actor || m.kind === 'state_forces' || !/^(?:insurgents|jihadists)$/i.test(m.text)) return false;
  const before = slice(sentence, m.start - 60, m.start);
  return (
    /\b(?:suspected|alleged|blam(?:ed|ing|es)\s+(?:it\s+)?on|attributed\s+(?:it\s+)?to)\s+(?:\w+\s+)?$/i.test(
      before,
    ) || /^\s+(?:of|from)\s/i.test(sentence.slice(m.end, m.end + 20))
  );
}

const slice = (text: string, from: number, to: number) => text.slice(Math.max(0, from), Math.max(0, to));

function reading(m: ActorMention, actor: string, strength: number, cue: RoleReading['cue']): RoleReading {
  return { actor, unit: m.unit, kind: m.kind, strength, cue };
}

/**
 * Reads who did what to whom in one sentence: the perpetrator is the actor the wording makes
 * responsible, from the strongest cue ("X claimed") through blame ("blamed on X", "X was suspected"),
 * agency ("X fighters attacked"), and modifiers ("an X ambush") to mere mention; state forces named
 * as objects of the act are targets. Generic references ("the group") stand for `subject`.
 *
 * @example
 *   readRoles('ISWAP fighters attacked Nigerian troops.', mentions, triggers, claim, null).perpetrator?.actor;
 *   // 'Islamic State'
 */
export function readRoles(
  sentence: string,
  mentions: ActorMention[],
  triggers: Trigger[],
  claim: ClaimReading,
  subject: string | null,
): Roles {
  const candidates: RoleReading[] = [];
  const targets: RoleReading[] = [];
  const vague = new Set(mentions.filter((m) => vagueDoers(sentence, m)));
  const principals = mentions.filter((m) => !isAffiliationMention(sentence, m) && !vague.has(m));
  // A force named right before "out of" (a trigger only when its entry's "drove", "expelled" … is
  // there) is the one driven out.
  const drivenOut = triggers.filter((t) => /^out of$/i.test(t.text));
  for (const m of mentions) {
    const actor = m.actor ?? (m.kind === 'state_forces' ? null : subject);
    if (!actor || vague.has(m)) continue;
    // "fought against IS", "drove IS out of the town": the force acted upon, whatever its kind.
    if (
      /\bagainst\s+(?:the\s+)?$/i.test(slice(sentence, m.start - 20, m.start)) ||
      drivenOut.some((t) => t.start >= m.end && t.start - m.end <= 30)
    ) {
      targets.push(reading({ ...m, kind: m.kind ?? 'armed_group' }, actor, 2, 'mention'));
      continue;
    }
    const kind = m.actor ? m.kind : 'armed_group';
    const before = slice(sentence, m.start - 120, m.start);
    // "armed men known locally as 'al-Shabaab'": a local nickname, not the group of that name; the men
    // belong to the group the document is about
    if (LOCAL_NAME_BEFORE.test(before)) {
      if (subject && subject !== m.actor)
        candidates.push(reading({ ...m, kind: 'armed_group', unit: null }, subject, 2, 'agent'));
      continue;
    }
    const after = sentence.slice(m.end, m.end + 120);
    const followed = FOLLOWED.exec(after)?.[0] ?? '';
    const afterFollowers = after.slice(followed.length);
    const mm = { ...m, kind };
    const joint = kind === 'state_forces' && JOINT_BEFORE.exec(before);
    if (/\band\/or\s+$/i.test(before) || /^\s*and\/or\b/i.test(after)) {
      candidates.push({ actor: '', unit: null, kind, strength: 3, cue: 'agent' });
    } else if (joint && findCountry(joint[1])) {
      candidates.push({ actor: '', unit: null, kind, strength: 3, cue: 'agent' });
    } else if (OWN_ACT.test(after)) {
      candidates.push(reading(mm, actor, 3, 'agent'));
    } else if (AFFILIATION_BEFORE.test(before) || AFFILIATION_AFTER.test(after)) {
      const named = principals.some((o) => o.end <= m.start && m.start - o.end < 100);
      const acts = FOLLOWED_BY_ACT.test(after);
      // "suspicion fell on the Islamic State's local affiliate": blame on a group's affiliate, none other named
      if (!named && BLAME_BEFORE.test(before) && AFFILIATE_OF_IT.test(after))
        candidates.push(reading(mm, actor, 4, 'blame'));
      else candidates.push(reading(mm, actor, named ? 0 : acts ? 3 : 2, named ? 'mention' : 'agent'));
    } else if (COUNTED_DEAD_AFTER.test(after) && /\bof\s+(?:the\s+)?$/i.test(before)) {
      candidates.push(reading(mm, actor, 1, 'mention'));
    } else if (RECORD_TARGET.test(before)) {
      targets.push(reading(mm, actor, 2, 'mention'));
    } else if (RECORD_PERPETRATOR.test(before)) {
      candidates.push(reading(mm, actor, 4, 'blame'));
    } else if (claim.claimed && claim.at !== null && isClaimant(sentence, m, claim.at, principals)) {
      candidates.push(reading(mm, actor, 5, 'claim'));
    } else if (
      BLAME_AFTER.test(after) ||
      (BLAME_BEFORE.test(before) &&
        !BY_BEFORE.test(before) &&
        !(kind === 'state_forces' && MEMBERSHIP_BEFORE.test(before)))
    ) {
      candidates.push(reading(mm, actor, 4, 'blame'));
    } else if (TAKEN_BY_BEFORE.test(before)) {
      candidates.push(reading(mm, actor, 3, 'agent'));
    } else if (BY_BEFORE.test(before)) {
      candidates.push(reading(mm, actor, 3, 'agent'));
    } else if (kind === 'state_forces' && ACTED_UPON_AFTER.test(after)) {
      targets.push(reading(mm, actor, 2, 'mention'));
    } else if (ACT_NEXT.test(afterFollowers)) {
      candidates.push(reading(mm, actor, 3, 'agent'));
    } else if (
      triggers.some(
        (t) =>
          t.start >= m.end &&
          t.start - m.end <= followed.length + 25 &&
          /^[\s'-]*(?:s\s+)?(?:\w+\s+){0,2}$/.test(sentence.slice(m.end, t.start)),
      )
    ) {
      candidates.push(reading(mm, actor, 2, 'modifier'));
    } else if (kind === 'state_forces' && TARGET_BEFORE.test(before)) {
      targets.push(reading(mm, actor, 2, 'mention'));
    } else {
      candidates.push(reading(mm, actor, 1, 'mention'));
    }
  }
  const perpetrator = candidates.reduce<RoleReading | null>(
    (best, c) => (!best || c.strength > best.strength ? c : best),
    null,
  );
  return { perpetrator, targets };
}

/**
 * A clause set off by commas between a group and its claim ("X, which split from Y in 2016, claimed";
 * "X, the group's affiliate and a rival of Y, claimed"): the group before it is the claimant.
 */
const SET_OFF_BEFORE_CLAIM =
  /^(?:\s*\([^)]*\))?\s*,\s*(?:which|who|whose|a|an|the|its|once|formerly|now|long)\b[^,;.]*,\s*(?:(?:has|had|have|later|quickly|swiftly|also|then|on\s+\w+)\s+){0,3}$/i;

const CLAIMED_BY = new RegExp(
  `claimed\\s+${CLAIM_TIME}by\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?(?:(?:calling|calls)\\s+itself\\s+(?:the\\s+)?|known\\s+as\\s+(?:the\\s+)?)?$`,
  'i',
);

const PASSIVE_CLAIM = new RegExp(`^claimed\\s+${CLAIM_TIME}by\\b`, 'i');

/** The claimant is the actor named last before the claim ("X, which ..., claimed") or right after "claimed by". */
function isClaimant(sentence: string, m: ActorMention, claimAt: number, mentions: ActorMention[]): boolean {
  if (m.start < claimAt) {
    // "The attack, one of the deadliest suffered by the army, was claimed by X": the claimant comes after
    if (PASSIVE_CLAIM.test(sentence.slice(claimAt))) return false;
    if (SET_OFF_BEFORE_CLAIM.test(sentence.slice(m.end, claimAt))) return true;
    const later = mentions.some((o) => o.start > m.end && o.end <= claimAt && o.kind !== 'state_forces');
    return !later && !/[.;]/.test(sentence.slice(m.end, claimAt));
  }
  return CLAIMED_BY.test(sentence.slice(claimAt, m.start));
}
