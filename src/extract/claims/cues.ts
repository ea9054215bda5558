/**
 * A compiled cue: a word or phrase from a data file and the pattern that finds it.
 * Cue syntax: case-insensitive whole words; a trailing `*` matches any ending; a cue written in
 * capitals (`IS`, `SDF`) matches case-sensitively; `re:` starts a regular expression.
 */
export interface CuePattern {
  cue: string;
  pattern: RegExp;
}

const LETTER = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles one cue to a global regular expression, or throws a message saying what is wrong. */
export function compileCue(cue: string): CuePattern {
  const text = cue.trim();
  if (!text) throw new Error('a cue is empty');
  let body: string;
  let flags = 'gu';
  if (text.startsWith('re:')) {
    body = `(?:${text.slice(3)})`;
    flags += 'i';
  } else {
    const words = text.split(/\s+/).map((w) => {
      const wild = w.endsWith('*');
      const core = escape(wild ? w.slice(0, -1) : w).replace(/['’]/g, "['’]");
      return wild ? `${core}${LETTER}*` : core;
    });
    body = words.join('[\\s-]+');
    if (!/^[A-Z][A-Z-]+$/.test(text)) flags += 'i';
  }
  try {
    return { cue: text, pattern: new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, flags) };
  } catch (error) {
    throw new Error(`the cue "${text}" is not a valid pattern: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Every match of any of `cues` in `text`, as offsets, in order of position. */
export function findCues<C extends CuePattern>(
  text: string,
  cues: readonly C[],
): { cue: C; start: number; end: number }[] {
  const hits: { cue: C; start: number; end: number }[] = [];
  for (const cue of cues) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m; m = cue.pattern.exec(text)) {
      if (!m[0]) {
        cue.pattern.lastIndex++;
        continue;
      }
      hits.push({ cue, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
