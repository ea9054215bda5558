import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims.js';

/** The directions of the claims a sentence makes about one factor. */
const direction = (text: string, factor: string) =>
  findClaims(text)
    .filter((c) => c.factor === factor)
    .map((c) => c.direction);

describe('findClaims on views a sentence rejects', () => {
  it.each([
    // the view after a rejecting phrase reads the other way
    ['It would be a mistake to think the army can no longer hold the north.', 'state_capacity', ['against']],
    [
      'It would be naive to assume the federal police can secure the border alone.',
      'state_capacity',
      ['for'],
    ],
    ['It is premature to conclude that the movement has run out of money.', 'resources', ['for']],
    ['Nor should we assume that the rebels’ leadership is divided.', 'leadership', ['for']],
    [
      'No one who has driven that road lately can seriously claim the militants are unable to reach the capital.',
      'decentralisation',
      ['for'],
    ],
    ['There is no reason to believe the army will collapse.', 'state_capacity', ['against']],
    // a condition the cue names by itself is presupposed, not part of the rejected view
    [
      'Nor should anyone assume that the chaos in the delta will leave the cells without shelter.',
      'chaos_and_grievance',
      ['for'],
    ],
    // few who believe a view reject it; a few who believe it do not
    ['Few diplomats believe the federal army could hold the delta alone.', 'state_capacity', ['for']],
    ['A few diplomats believe the federal army could hold the delta alone.', 'state_capacity', ['against']],
    // only the clause after the rejecting phrase is turned
    [
      'The police have collapsed in the north, and what remains is a militia that few residents believe in.',
      'state_capacity',
      ['for'],
    ],
    // without a rejecting phrase the view reads as it is written
    ['Analysts think the army can no longer hold the north.', 'state_capacity', ['for']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});

describe('findClaims on concessions, comparisons and answers', () => {
  it.each([
    // a sentence-opening "although" clause is a claim of its own, and so is the clause it concedes to
    [
      'Although its sermons still draw crowds in the south, the movement has less appeal in the cities than a decade ago.',
      'ideological_appeal',
      ['for', 'against'],
    ],
    // grievances that no longer turn into recruits
    ['Anger at the militias no longer translates into recruits for the cells.', 'manpower', ['against']],
    // a state that did little is weak; a conceded failing is not what the clause claims
    ['When the cells struck, the provincial government did very little.', 'state_capacity', ['for']],
    [
      'The gendarmes, whatever their many failings, have proved tougher than the militias they replaced.',
      'state_capacity',
      ['against'],
    ],
    // a rise told by the level it started from
    ['The insurgents now field about 4,000 fighters, up from a few hundred in 2016.', 'manpower', ['for']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it('reads a question answered "there is little evidence" as denied', () => {
    const claims = findClaims(
      'Can the movement strike outside Africa? There is little evidence that it can.',
    );
    expect(claims.filter((c) => c.factor === 'external_operations').map((c) => c.direction)).toEqual([
      'against',
    ]);
  });
});

describe('findClaims on weak and strong forces', () => {
  it.each([
    ['The regional coalition is fraying at the edges.', 'state_capacity', ['for']],
    ['Wages in the security sector have gone unpaid since March.', 'state_capacity', ['for']],
    ['The gendarmes are outgunned on the northern roads.', 'state_capacity', ['for']],
    ['The army pulled back from its forward posts in the spring.', 'state_capacity', ['for']],
    // a noun heading an "of" phrase reaches the force it names
    ['The collapse of the western coalition would change everything.', 'state_capacity', ['for']],
    // a relative clause's verb after "that once" tells what the force did, not how it stands
    ['The coalition that once kept the rebels on the defensive has come apart.', 'state_capacity', ['for']],
    ['The border police are no longer the amateur outfit they were.', 'state_capacity', ['against']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});

describe('findClaims on attention drawn elsewhere', () => {
  it.each([
    ['European governments have largely stopped paying attention to the region.', ['for']],
    ['The neighbours seem more interested in their border quarrel than in the insurgency.', ['for']],
    ['For most of the year the ruling coalition was fighting with itself.', ['for']],
    ['The two capitals no longer speak to each other.', ['for']],
    ['The cabinet’s priority this year has been domestic reform.', ['for']],
    ['The war in Sudan takes the oxygen out of every meeting.', ['for']],
  ])('%s → geopolitical_distraction %j', (text, expected) => {
    expect(direction(text, 'geopolitical_distraction')).toEqual(expected);
  });
});

describe('findClaims on a grievance removed', () => {
  it('reads a grievance that something removed as a fall', () => {
    expect(
      direction(
        'The amnesty removed the grievance that had driven young men to the hills.',
        'chaos_and_grievance',
      ),
    ).toEqual(['against']);
  });
});

describe('findClaims on the leadership named by rank', () => {
  it.each([
    ['An air strike killed a senior former militia commander near the river.', ['against']],
    ['Her deputies have all been arrested or have fled abroad.', ['against']],
    ['Every senior movement figure has been killed since 2019.', ['against']],
  ])('%s → leadership %j', (text, expected) => {
    expect(direction(text, 'leadership')).toEqual(expected);
  });
});
