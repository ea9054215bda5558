/** Whether a sentence says that a group claimed an incident, that none did, or neither. */
export interface ClaimReading {
  claimed: boolean | null;
  /** Offset in the sentence of the claim words, for telling which actor made the claim. */
  at: number | null;
}

const NO_CLAIM =
  /\b(?:no(?:\s+\w+){0,2}\s+(?:group|one|organi[sz]ation|faction|party)\s+(?:has\s+|had\s+|immediately\s+|yet\s+|so far\s+)*(?:claimed|said it (?:was|carried)|announced\s+(?:its\s+)?responsibility)|no(?:\s+immediate)?\s+claims?\s+of\s+responsibility|(?:there\s+(?:was|has been|had been)\s+)?no(?:\s+immediate)?\s+claim\b|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+|publicly\s+)?claimed|(?:did|does|do)\s+not\s+(?:formally\s+|officially\s+|publicly\s+)?claim\b|(?:didn['’]t|doesn['’]t|hasn['’]t|haven['’]t)\s+(?:yet\s+)?claim(?:ed)?\b|never\s+(?:formally\s+|officially\s+|publicly\s+)?claimed|nobody\s+(?:has\s+)?claimed|not\s+(?:been\s+)?claimed\s+by|without\s+(?:a\s+)?claim|unclaimed|denied\s+(?:any\s+)?(?:involvement|responsibility))/i;

const INCIDENT_NOUN =
  '(?:attacks?|bombings?|bombs?|blasts?|assaults?|killings?|operations?|raids?|ambush(?:es)?|massacres?|explosions?|kidnappings?|abductions?|strikes?|shootings?|stabbings?|jailbreaks?|prison\\s+breaks?|executions?|beheadings?|capture|seizure|atrocity|atrocities|violence|siege|storming|offensive)';

/** "one of its", "two of its", "a unit of its" and a quotation mark before the noun ("one of its 'soldiers'"). */
const SOME_OF_ITS = `(?:(?:one|two|three|four|five|several|some|a\\s+few|\\d+|an?\\s+(?:unit|cell|team|squad|group|detachment))\\s+of\\s+)?(?:its|his|their)\\s+["“'‘]?`;

/** What a group says its men did, in its own words: "carried out", "had taken the barracks". */
const OWN_DEED =
  '(?:carried|detonated|attacked|killed|stormed|targeted|seized|captured|took|taken|overran|ambushed|raided|executed|beheaded|abducted|blew|set|struck|launched)';

/** When a claim came, between "claimed" and "by": "was claimed on Saturday evening by", "claimed hours later by". */
export const CLAIM_TIME =
  '(?:(?:(?:late|early)\\s+)?on\\s+\\w+(?:\\s+(?:morning|afternoon|evening|night))?\\s+|(?:hours|days|weeks)\\s+later\\s+|the\\s+(?:same|next|following)\\s+day\\s+)?';

const CLAIM = new RegExp(
  [
    `claim(?:ed|ing|s)?\\s+(?:responsibility|credit|it\\b|(?:the|an?|its|this|that|both|these|those|all)\\s+(?:[\\w'-]+\\s+){0,3}?${INCIDENT_NOUN}\\b)`,
    'claims?\\s+of\\s+responsibility',
    '\\bclaimed\\s+(?:them\\s+)?(?:both|all\\s+(?:two|three|four|of\\s+them))\\b',
    '\\b(?:said|announced)\\s+(?:in|via|through)\\s+a\\s+claim\\b',
    '\\bclaimed\\s+to\\s+have\\s+(?:killed|carried\\s+out|attacked|destroyed|downed|shot\\s+down|captured|seized|executed|beheaded)',
    'responsibility\\s+(?:was|has been|had been)\\s+claimed',
    `(?:was|were|been|also|later|quickly|swiftly)\\s+claimed\\s+${CLAIM_TIME}(?:by|in\\s+the\\s+name\\s+of)`,
    `${INCIDENT_NOUN}\\s+(?:\\w+\\s+)?claimed\\s+by`,
    '(?:took|accepted|assumed)\\s+responsibility',
    // "its agency has published a claim for the attack"
    `(?:published|issued|released|posted|circulated|put\\s+out)\\s+a\\s+claim\\s+(?:for|of)\\s+(?:the|this|that|both)\\s+(?:[\\w'-]+\\s+){0,2}?${INCIDENT_NOUN}\\b`,
    "(?:according\\s+to|in)\\s+a\\s+statement\\s+(?:from|by|released\\s+by|published\\s+by|issued\\s+by|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:news\\s+)?(?:agency|media\\s+(?:arm|outlet|wing)|propaganda\\s+(?:arm|outlet|wing)|channels?)\\b",
    '\\bwhich\\s+(?:[\\w-]+\\s+){1,4}?(?:also\\s+|later\\s+|quickly\\s+)?claimed\\b',
    `said\\b[^.;]{0,90}?\\bthat\\s+${SOME_OF_ITS}(?:fighters|militants|members|soldiers|operatives|men|mujahideen|suicide\\s+bombers?)["”'’]?\\s+(?:had\\s+)?${OWN_DEED}`,
    // "said that two of its \"martyrdom seekers\" had carried out the attack": the group's own name for its men
    `said\\b[^.;]{0,90}?\\bthat\\s+${SOME_OF_ITS}[^"”'’.;]{1,30}["”'’]\\s+(?:had\\s+)?${OWN_DEED}`,
    'said\\b[^.;]{0,60}?\\b(?:that\\s+)?(?:it|(?:his|her|their)\\s+(?:group|movement|organi[sz]ation|fighters|men))\\s+(?:was|were|had\\s+been)\\s+behind',
    '\\b(?:militants|jihadists|insurgents|fighters|group|faction)\\s+said\\b[^.;]{0,80}?\\bthat\\s+(?:they|it)\\s+had\\s+(?:killed|executed|beheaded|carried\\s+out|attacked|struck|stormed|targeted|bombed)',
    'said\\b[^.;]{0,40}?\\b(?:that\\s+)?it\\s+(?:had\\s+)?carried\\s+out',
    'said\\s+(?:through|via|in)\\s+(?:its|a)\\b[^.]{0,60}(?:agency|statement|channel|outlet)\\s+that\\s+(?:one\\s+of\\s+)?its',
    `said\\s+(?:that\\s+)?${SOME_OF_ITS}(?:(?:two|three|four|five|six|seven|eight|\\d+)\\s+)?(?:fighters|militants|members|soldiers|operatives|men|mujahideen|followers|(?:suicide\\s+)?bombers?|units?)["”'’]?\\s+(?:had\\s+)?${OWN_DEED}`,
    `said\\b[^.;]{0,60}?\\b(?:that\\s+)?the\\s+(?:attacker|assailant|bomber|gunman|perpetrator|killer)s?\\s+(?:was|were)\\s+(?:one\\s+of\\s+|among\\s+)?its\\s+["“']?(?:soldiers|fighters|members|followers)\\b`,
  ].join('|'),
  'i',
);

/** A record's field: "Claim of responsibility: No", "claimed: 1", "Claimed: Unknown". */
const CLAIM_FIELD =
  /(?:^|\n)[ \t]*(?:claim(?:ed)?(?:\s+of\s+responsibility)?|responsibility\s+claimed)[ \t]*:[ \t]*(yes|no|unknown|true|false|1|0|-1|n\/a)\b/im;

/** Every claim or denial pattern holds one of these words: a cheap test before the full patterns. */
const MAY_CLAIM = /claim|responsib|said|says|statement|involvement/i;

/**
 * Reads a claim of responsibility in one sentence: "X claimed the attack", "responsibility was
 * claimed by X", "X said through its news agency that its fighters carried it out" are claims;
 * "no group has claimed it", "there was no immediate claim" say that none was made.
 *
 * @example
 *   readClaim('No group has claimed responsibility.').claimed; // false
 */
export function readClaim(sentence: string): ClaimReading {
  if (!MAY_CLAIM.test(sentence)) return { claimed: null, at: null };
  const field = CLAIM_FIELD.exec(sentence);
  if (field) {
    const answer = field[1]!.toLowerCase();
    const claimed = /^(?:yes|1|true)$/.test(answer) ? true : /^(?:no|0|false)$/.test(answer) ? false : null;
    return { claimed, at: claimed === null ? null : field.index };
  }
  const none = NO_CLAIM.exec(sentence);
  if (none) return { claimed: false, at: none.index };
  const claim = CLAIM.exec(sentence);
  if (claim) {
    const word = /claim|responsib|said/i.exec(claim[0]);
    return { claimed: true, at: claim.index + (word?.index ?? 0) };
  }
  return { claimed: null, at: null };
}
