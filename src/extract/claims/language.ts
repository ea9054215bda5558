import type { CuePattern } from './cues.js';
import { Checker, dataFile, readYaml } from './framework.js';

/** The word lists the claim finder reads besides the factor cues (`data/claim-language.yaml`). */
export interface ClaimLanguage {
  up: CuePattern[];
  down: CuePattern[];
  favours: CuePattern[];
  hinders: CuePattern[];
  negators: CuePattern[];
  hedges: CuePattern[];
  /** Verbs whose decline falls on their object when they have one ("squeezed the branch"). */
  actsOn: CuePattern[];
  /** Regular-expression alternatives: nouns naming a source, verbs of reporting. */
  sources: string[];
  reportingVerbs: string[];
  revival: CuePattern[];
  /** Verdicts on the group as a whole that read against its resurgence ("a spent force"). */
  decline: CuePattern[];
  /** Verdicts that the group's course runs both ways ("a stalemate", "contained, not defeated"). */
  balanced: CuePattern[];
  group: CuePattern[];
  /** Words that make what follows someone's view of the group, not the document's verdict ("critics warn that"). */
  reported: CuePattern[];
  /**
   * The factor that a verdict on the group as a whole (a bottom-line sentence) is a claim about when
   * no claim of its sentence carries the verdict, or null for none.
   */
  verdictFactor: string | null;
  /**
   * Regular-expression alternatives that, opening a short sentence right after a question, answer it
   * "no" ("I doubt it", "Not under present conditions"): the question's claims read the other way.
   */
  negativeAnswers: string[];
  /**
   * Regular-expression alternatives that reject the view a sentence goes on to state ("it would be a
   * mistake to think", "nor should we assume"): the claims after one read the other way.
   */
  rejectedViews: string[];
}

const LISTS = ['up', 'down', 'favours', 'hinders', 'negators', 'hedges'] as const;

/** Validates a parsed language file; throws ConfigError naming the list at fault. */
export function parseClaimLanguage(data: unknown, file: string): ClaimLanguage {
  const c = new Checker(file);
  const root = c.record(data, 'the file');
  const cues = (value: unknown, where: string) => {
    const list = c.list(value, where).map((x, i) => c.cue(x, `${where}[${i}]`));
    if (!list.length) c.fail(where, 'must list at least one word');
    return list;
  };
  const words = (value: unknown, where: string) =>
    c.list(value, where).map((x, i) => {
      const word = c.text(x, `${where}[${i}]`);
      c.cue(`re:${word}`, `${where}[${i}]`);
      return word.endsWith('*') ? `${word.slice(0, -1)}\\p{L}*` : word;
    });
  const stance = c.record(root.stance, 'stance');
  const lists = Object.fromEntries(LISTS.map((name) => [name, cues(root[name], name)])) as Record<
    (typeof LISTS)[number],
    CuePattern[]
  >;
  return {
    ...lists,
    // Optional, so that a language file written before the list existed still loads.
    actsOn: root.acts_on === undefined ? [] : cues(root.acts_on, 'acts_on'),
    sources: words(root.sources, 'sources'),
    reportingVerbs: words(root.reporting_verbs, 'reporting_verbs'),
    revival: cues(stance.revival, 'stance.revival'),
    decline: cues(stance.decline, 'stance.decline'),
    balanced: stance.balanced === undefined ? [] : cues(stance.balanced, 'stance.balanced'),
    group: cues(stance.group, 'stance.group'),
    reported: stance.reported === undefined ? [] : cues(stance.reported, 'stance.reported'),
    verdictFactor: root.verdict_factor === undefined ? null : c.id(root.verdict_factor, 'verdict_factor'),
    negativeAnswers:
      root.negative_answers === undefined ? [] : words(root.negative_answers, 'negative_answers'),
    rejectedViews: root.rejected_views === undefined ? [] : words(root.rejected_views, 'rejected_views'),
  };
}

/** Reads and validates a language file (default: the shipped `data/claim-language.yaml`). */
export function loadClaimLanguage(file = dataFile('claim-language.yaml')): ClaimLanguage {
  return parseClaimLanguage(readYaml(file), file);
}
