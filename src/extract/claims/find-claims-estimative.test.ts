import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims.js';
import { bottomLines } from './stance.js';

/** The directions of the claims a sentence makes about one factor. */
const direction = (text: string, factor: string) =>
  findClaims(text)
    .filter((c) => c.factor === factor)
    .map((c) => c.direction);

const lines = (text: string) => bottomLines(text).map((l) => l.direction);

describe('findClaims on missing things, estimates and rejected alternatives', () => {
  it.each([
    // what is missing: whatever describes it is hypothetical
    ['The purges left the cells without a leader able to keep them in line.', 'leadership', ['against']],
    [
      'Without a territorial base in the hills, the rebels cannot run training camps.',
      'resources',
      ['against'],
    ],
    ['The militia fought on for lack of any state forces in the valley.', 'state_capacity', ['for']],
    // estimative language turns what it governs
    [
      'We judge the branch unlikely to expand its attacks beyond the border districts.',
      'decentralisation',
      ['against'],
    ],
    // the alternative a sentence rejects
    ['Its network has moved its weight abroad rather than shrunk.', 'external_operations', ['for']],
    // a level compared with its past, negated
    ['Nor is its money what it was.', 'resources', ['against']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it.each([
    // lack told by a verb or a predicate
    [
      'The new authorities have neither the troops nor the money to replace the old garrisons.',
      'state_capacity',
      ['for'],
    ],
    ['The army ran out of road in the second phase of its offensive.', 'state_capacity', ['for']],
    ['Their soldiers are poor at urban counter-terrorism.', 'state_capacity', ['for']],
    ['Morale among the provincial police is poor.', 'state_capacity', ['for']],
    ['The old army units simply dissolved after the coup.', 'state_capacity', ['for']],
    // cohesion, estrangement, removal of commanders
    ['The rebels’ shura is cohesive despite the losses.', 'leadership', ['for']],
    ['Its brutality has alienated the riverside clans.', 'popular_base', ['against']],
    ['Its brutality has alienated clans that might otherwise tolerate it.', 'popular_base', ['against']],
    ['Public support for the insurgents remains limited in the valley.', 'popular_base', ['against']],
    ['Night raids keep removing commanders from the rebels’ ranks.', 'leadership', ['against']],
    ['The oil fields that once financed the movement are out of reach.', 'resources', ['against']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it.each([
    // presence, steadiness, irregularity and turnover
    ['The rebels receive occasional funding from abroad.', 'resources', ['for']],
    ['Its cells receive transfers from the central treasury only sporadically.', 'resources', ['against']],
    ['The movement’s leadership has been stable for a decade.', 'leadership', ['for']],
    ['The branch has churned through several governors since 2020.', 'leadership', ['against']],
    // ground lost and regained, escapes, attention, cooperation, tempo
    ['Village militias pushed the militants out of the river towns.', 'resources', ['against']],
    ['The insurgents have returned to villages along the coast.', 'resources', ['for']],
    ['A mass escape from the camps would hand the rebels a new army.', 'manpower', ['for']],
    ['The northern war fell off the agenda after the election.', 'geopolitical_distraction', ['for']],
    ['The ministries have greatly improved information sharing.', 'state_capacity', ['against']],
    [
      'Several agencies have moved analysts from counter-terrorism to cyber defence.',
      'geopolitical_distraction',
      ['for'],
    ],
    ['The ruling council is focused on regime security.', 'geopolitical_distraction', ['for']],
    ['Last year was the deadliest year in the province since 2015.', 'decentralisation', ['for']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});

describe('bottomLines on views others hold', () => {
  it('reads no verdict from what someone tells the writer or from the case for a revival', () => {
    expect(
      lines('Every spring a colleague tells me that the insurgency is about to make a comeback.'),
    ).toEqual([]);
    expect(lines('The case for a revival of the insurgency runs as follows.')).toEqual([]);
    expect(
      lines('Officials point to the growth of its affiliates as a sign of the movement’s revival.'),
    ).toEqual([]);
  });

  it('reads a revival readers would be misled to believe as a verdict against it', () => {
    expect(lines('Readers who believe the movement is reviving its old reach have been misled.')).toEqual([
      'against',
    ]);
  });

  it('reads a view stated after a colon that names it as an argument', () => {
    expect(
      lines('An old argument is back in the ministries: the insurgency, beaten in 2019, is rising again.'),
    ).toEqual([]);
    expect(
      lines('If you ask whether the insurgency is coming back, my answer is no: it is in decline.'),
    ).toContain('against');
  });

  it('reads a doubt that carries its own negator once, and two verdict words each by itself', () => {
    expect(lines('It is a risk for the coast, not evidence that the movement is already back.')).toEqual([
      'against',
    ]);
    expect(lines('There is no evidence that the insurgency is "back".')).toEqual(['against']);
    expect(lines('Nothing suggests the insurgency cannot come back.')).toEqual(['for']);
    expect(lines('The movement is stronger than last year and weaker than its propaganda claims.')).toEqual([
      'mixed',
    ]);
  });

  it('reads no revival from a participle before a noun that is not the group', () => {
    expect(lines('The revived border task force, for all its flaws, has retaken the islands.')).toEqual([]);
    expect(lines('The insurgency has not staged a comeback in the delta.')).toEqual(['against']);
  });
});
