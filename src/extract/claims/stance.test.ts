import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims.js';
import { bottomLines, readStance } from './stance.js';

const stanceOf = (text: string) => readStance(text, findClaims(text));

const AGAINST = [
  'The group cannot make a comeback in the river valley.',
  'Government troops have strengthened their hold on the towns.',
  'Its revenue from extortion has shrunk, and its recruits have dwindled.',
  'Support for its ideology has fallen sharply.',
].join('\n\n');

const FOR = [
  'The group is recovering faster than expected.',
  'Its African provinces have expanded their operations, and its finances have grown.',
  'Years of chaos in the border districts have fed the insurgency.',
].join('\n\n');

describe('readStance', () => {
  it('reads a piece arguing the group cannot come back as against, citing the bottom line', () => {
    const reading = stanceOf(AGAINST);
    expect(reading?.stance).toBe('against');
    expect(reading!.evidence.map((e) => AGAINST.slice(e.start, e.end))).toEqual([
      'The group cannot make a comeback in the river valley.',
    ]);
  });

  it('weighs a headline the text does not open with as a framing line, with nothing to cite', () => {
    const text = [
      'Its fighters have grown in number in the hills, officials say.',
      'Its revenue from extortion has shrunk since the spring.',
      'Government troops have strengthened their hold on the towns.',
      'Its recruits have risen along the border.',
    ].join('\n\n');
    const claims = findClaims(text);
    expect(readStance(text, claims)).toBeNull();
    const reading = readStance(text, claims, { title: 'The insurgency is recovering in the valley' });
    expect(reading).toMatchObject({ stance: 'for', evidence: [] });
    // A headline the text already opens with counts once, as its first paragraph.
    expect(
      readStance(text, claims, { title: 'Its fighters have grown in number in the hills, officials say.' }),
    ).toBeNull();
  });

  it('reads verdicts on the group as a whole, not the views it reports', () => {
    const lines = (text: string) => bottomLines(text).map((l) => l.direction);
    expect(lines('The insurgency is now a spent force in the valley.')).toEqual(['against']);
    expect(lines('The insurgency is far from defeated in the valley.')).toEqual(['for']);
    expect(lines('Ministers describe the insurgency as defeated.')).toEqual([]);
  });

  it('does not take a revival others announce or inflate for the verdict', () => {
    const lines = (text: string) => bottomLines(text).map((l) => l.direction);
    expect(lines('Pundits announce the return of the insurgency after every raid.')).toEqual([]);
    expect(lines('Treating each arrest as a sign of its revival flatters the group.')).toEqual([]);
    expect(lines('The Movement Is Running on Fumes')).toEqual(['against']);
  });

  it('reads a verdict that runs both ways as mixed', () => {
    const lines = (text: string) => bottomLines(text).map((l) => l.direction);
    expect(lines('The insurgency is contained but not defeated in the delta.')).toEqual(['mixed']);
    expect(lines('In the hills the fight with the militants has settled into a stalemate.')).toEqual([
      'mixed',
    ]);
  });

  it('measures the balance from a centre that leans for, as analysts list the threats first', () => {
    const slightlyFor = [
      'Its finances have grown this year.',
      'Its recruits have multiplied in the camps.',
      'Years of chaos in the border districts have fed the insurgency.',
      'Its provinces have expanded their operations.',
      'Its fighters have grown in number.',
      'Government troops have strengthened their hold on the towns.',
      'Its revenue from extortion has shrunk.',
      'Support for its ideology has fallen sharply.',
    ].join('\n\n');
    // Five claims for, three against: a balance of 0.25.
    const claims = findClaims(slightlyFor);
    expect(readStance(slightlyFor, claims, { centre: 0 })?.stance).toBe('for');
    expect(readStance(slightlyFor, claims)?.stance).toBe('mixed');
  });

  it('weighs a verdict in the headline and the conclusion above one in the body', () => {
    const body = [
      'Its finances have grown and its recruits have multiplied.',
      'Its cells have expanded into three new districts.',
    ];
    const text = (headline: string, middle: string, ending: string) =>
      [headline, body[0], middle, body[1], 'Officials met on Monday.', ending].join('\n\n');
    const framed = text('Notes From the Valley', 'Its revenue rose.', 'The group is in terminal decline.');
    const buried = text('Notes From the Valley', 'The group is in terminal decline.', 'Its revenue rose.');
    expect(readStance(framed, findClaims(framed))!.balance).toBeLessThan(
      readStance(buried, findClaims(buried))!.balance,
    );
  });

  it('weighs a verdict the writer announces in the body like one in the conclusion', () => {
    const text = (middle: string) =>
      [
        'Notes From the Valley',
        'Its finances have grown and its recruits have multiplied.',
        middle,
        'Its cells have expanded into three new districts.',
        'Officials met on Monday.',
        'Its revenue rose.',
      ].join('\n\n');
    const announced = text('On balance, our judgement is that the group is in terminal decline.');
    const plain = text('Since the spring the group is in terminal decline.');
    expect(readStance(announced, findClaims(announced))!.balance).toBeLessThan(
      readStance(plain, findClaims(plain))!.balance,
    );
  });

  it('reads a piece arguing the group is recovering as for', () => {
    expect(stanceOf(FOR)?.stance).toBe('for');
  });

  it('reads a piece that argues both ways as mixed', () => {
    const both = `${FOR}\n\n${AGAINST}`;
    expect(stanceOf(both)?.stance).toBe('mixed');
  });

  it('takes no position on a report with one bottom-line sentence and little else', () => {
    expect(
      stanceOf(
        'The insurgency is recovering, farmers in the valley fear.\n\nGunmen attacked a checkpoint on Monday.',
      ),
    ).toBeNull();
  });

  it('takes no position on a report that argues nothing', () => {
    expect(
      stanceOf('Gunmen attacked a checkpoint near the town on Monday, killing two soldiers.'),
    ).toBeNull();
  });
});
