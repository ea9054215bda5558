import type { ActorMention } from '../actors/find-actors.js';
import type { RoleReading } from './roles.js';

/**
 * A sentence that opens on its subject: an optional lead-in set off by a comma ("Inside Afghanistan,",
 * "On 3 May,"), then the named group, then a verb ("the branch opened its campaign …").
 */
const LEAD_IN = /^\s*(?:(?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+,\s*)?$/u;
const THEN_VERB =
  /^(?:\s*\([^)]*\))?(?:'s\s+\w+|\s+(?:fighters|militants|members|branch|affiliate|province))?(?:\s+(?:also|then|later|soon|first|quickly|had|has|have|was|were|is|are))*\s+\p{Ll}+(?:ed|s)\b/u;

/** The actor a sentence is about when it opens on a group or a state's forces, else null. */
export function sentenceSubject(sentence: string, mentions: ActorMention[]): ActorMention | null {
  const first = mentions[0];
  if (!first || !LEAD_IN.test(sentence.slice(0, first.start))) return null;
  return THEN_VERB.test(sentence.slice(first.end, first.end + 80)) ? first : null;
}

/** What a paragraph is about so far: the group its sentences open on, until another subject takes over. */
export interface ParagraphSubject {
  paragraph: number;
  reading: RoleReading | null;
}

/**
 * Updates the paragraph's subject with one sentence: a sentence opening on a group makes it the
 * subject; one opening on a state's forces or another group replaces it; a new paragraph starts
 * with none. `subject` stands for generic references ("the group", "the branch").
 */
export function nextParagraphSubject(
  state: ParagraphSubject,
  paragraph: number,
  sentence: string,
  mentions: ActorMention[],
  subject: string | null,
): ParagraphSubject {
  const current = state.paragraph === paragraph ? state.reading : null;
  const lead = sentenceSubject(sentence, mentions);
  if (!lead) return { paragraph, reading: current };
  const actor = lead.actor ?? (lead.kind === 'state_forces' ? null : subject);
  if (!actor || lead.kind === 'state_forces') return { paragraph, reading: null };
  return {
    paragraph,
    reading: { actor, unit: lead.unit, kind: lead.kind ?? 'armed_group', strength: 2, cue: 'modifier' },
  };
}
