import { describe, expect, it } from 'vitest';
import { forEachWord } from '../text/words.js';
import { compileCue, cueEndAt, cueIndex, findCues, scanCues, type CuePattern } from './cues.js';
import { defaultClaimRules } from './rules.js';

const spans = (hits: { start: number; end: number }[], text: string) =>
  hits.map((h) => text.slice(h.start, h.end));

describe('cues', () => {
  it('finds a regular-expression cue only as whole words', () => {
    const cue = compileCue('re:(?:air|ground) forces?');
    const text = 'Air forces and ground force units, but not the airforces or 𝐀air forces.';
    expect(spans(findCues(text, [cue]), text)).toEqual(['Air forces', 'ground force']);
  });

  it('finds a plain cue in the possessive', () => {
    const index = cueIndex([['state', ['army', 'regime'].map(compileCue)]]);
    const text = "The army's grip held, and the regime’s did not.";
    expect(spans(scanCues(text, index).get('state')!, text)).toEqual(['army', 'regime']);
  });

  it('reads a text once for every list, stems and phrases included, in order of position', () => {
    const index = cueIndex([
      ['up', ['recruit*', 'recruitment drive*', 'grow*'].map(compileCue)],
      ['down', ['lost ground', 're:(?:fewer|less) (?:fighters|money)'].map(compileCue)],
    ]);
    const text =
      'Recruiting rose with a recruitment drives push, growth slowed; it lost ground, with fewer fighters.';
    const hits = scanCues(text, index);
    expect(spans(hits.get('up')!, text)).toEqual([
      'Recruiting',
      'recruitment drives',
      'recruitment',
      'growth',
    ]);
    expect(spans(hits.get('down')!, text)).toEqual(['lost ground', 'fewer fighters']);
  });
});

/**
 * A word cue as one regular expression with its word edges inside it, as the cue syntax defines
 * it: slow to build, but what the compiled cue must find.
 */
function wholePattern(cue: string): RegExp {
  const letter = '[\\p{L}\\p{N}]';
  const words = cue.split(/\s+/).map((w) => {
    const core = w
      .replace(/\*$/, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['’]/g, "['’]");
    return w.endsWith('*') ? `${core}${letter}*` : core;
  });
  const flags = /^[A-Z][A-Z-]+$/.test(cue) ? 'yu' : 'yiu';
  return new RegExp(`${words.join('[\\s-]+')}(?!${letter})`, flags);
}

describe('compiled word cues', () => {
  const TEXTS = [
    'Recruits, recruiting and recruitment; unrecruited, recruit2 and recruit-drives; RECRUITS.',
    'The ISIS and IS men, ISKP, IS-K and is; Is it? 𝐀IS or IS𝐀.',
    "Sleeper cells, sleeper-cells and sleepers cellular; the group’s cells and the group's cell.",
    'Kurdish forces and \u212Aurdish forces; kurdishforces; Kurdish  forces2.',
  ];
  const CUES = [
    'recruit*',
    'IS',
    'sleeper cell*',
    'sleeper* cell*',
    "group's cell*",
    'kurdish forces',
    'cell',
  ];

  it('finds at every word start what the whole pattern finds there', () => {
    for (const text of TEXTS) {
      const starts: number[] = [];
      forEachWord(text, (start) => starts.push(start), "'’");
      for (const cue of CUES) {
        const whole = wholePattern(cue);
        const compiled = compileCue(cue);
        for (const at of starts) {
          whole.lastIndex = at;
          const expected = whole.test(text) ? whole.lastIndex : -1;
          expect(cueEndAt(compiled, text, at), `${cue} at ${at} of "${text}"`).toBe(expected);
        }
      }
    }
  });
});

describe('cue index', () => {
  /** Every cue tried everywhere it could match: `re:` cues searched for, word cues at every word's start. */
  function plainScan(text: string, lists: [string, CuePattern[]][]) {
    const out = new Map<string, { cue: CuePattern; start: number; end: number }[]>();
    const starts: number[] = [];
    forEachWord(text, (start) => starts.push(start), "'’");
    for (const [tag, cues] of lists) {
      const hits = cues.flatMap((cue) => {
        if (cue.cue.startsWith('re:')) return findCues(text, [cue]);
        const sticky = wholePattern(cue.cue);
        return starts.flatMap((start) => {
          sticky.lastIndex = start;
          return sticky.test(text) ? [{ cue, start, end: sticky.lastIndex }] : [];
        });
      });
      out.set(tag, hits);
    }
    return out;
  }

  const key = (h: { cue: CuePattern; start: number; end: number }) => `${h.start}-${h.end} ${h.cue.cue}`;
  const same = (texts: string[], lists: [string, CuePattern[]][]) => {
    const index = cueIndex(lists);
    for (const text of texts) {
      const indexed = scanCues(text, index);
      for (const [tag, hits] of plainScan(text, lists))
        expect((indexed.get(tag) ?? []).map(key).sort(), `${tag} in "${text}"`).toEqual(hits.map(key).sort());
    }
  };

  const SENTENCES = [
    'The the state government said its state forces held the line.',
    "The group'is a priority now; the-group and THE  GROUP were named, and the\ngroup too.",
    'Western attention drifted, U.S. troops withdrew and US forces left in a drawdown.',
    'Tribal tensions and ethnic strife grew; intercommunal violence spread in West Africa.',
    'A \u212Aurdish militia and \u017Fyrian forces, and the Kurdish forces, held Raqqa.',
    'Counter-terrorism pressure and counterterrorism pressure and sustained pressure.',
    'Its leaders, their top commanders and the group’s emirs met; tribal leaders did not.',
    'Fighters freed 40 men; others were freeing prisoners, and officials brought home citizens.',
    'The cell is still active, still not defeated, and resentful of the rulers.',
    'Attacks in Europe and plots against Russia were foiled by the police in Moscow.',
    "Kenya's own forces, Chad’s security forces and the republic's forces; FORCES of Mali's forcesforces; XX.",
  ];

  it('finds what a plain scan finds, with the shipped cues', () => {
    const rules = defaultClaimRules();
    // Word cues whose first word a text's words cannot spell are left to the data files' own checks.
    const readable = (c: CuePattern) =>
      c.cue.startsWith('re:') || /^[\p{L}\p{N}'’*]+$/u.test(c.cue.split(/\s+/)[0]!);
    const lists: [string, CuePattern[]][] = [
      ...rules.framework.factors.map((f): [string, CuePattern[]] => [f.id, f.cues.filter(readable)]),
      ['up', rules.language.up.filter(readable)],
      ['negators', rules.language.negators.filter(readable)],
      ['group', rules.language.group.filter(readable)],
    ];
    same(SENTENCES, lists);
  });

  it('finds what a plain scan finds, for overlapping matches, apostrophes and folded letters', () => {
    const lists: [string, CuePattern[]][] = [
      [
        'a',
        ['re:(the|its) ([\\w-]+ )?(state|government)s?', 're:(is|was) a priority', 'the group'].map(
          compileCue,
        ),
      ],
      [
        'b',
        [
          're:(syrian|kurdish) forces',
          're:(?<=\\p{Lu}\\w*) forces',
          're:(?<=[’s] )forces?',
          're:(?<=x)xs?',
          'IS',
          'the * group',
        ].map(compileCue),
      ],
    ];
    same(SENTENCES, lists);
  });
});
