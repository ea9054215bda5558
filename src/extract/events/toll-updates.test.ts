import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const killed = (text: string) => extractEvents(text, '2024-05-08')[0]?.fatalities;

describe('the toll an incident settles on', () => {
  it('takes a long "the number of people killed … rose to N" over counts officials had given before', () => {
    const text = [
      'The number of people killed when a bomb tore through a bus station in Maiduguri, Nigeria, on Sunday rose to 58 on Tuesday, hospital officials said.',
      'Officials had given a toll of 19 on Sunday night and 41 on Monday.',
    ].join(' ');
    expect(killed(text)).toBe(58);
  });

  it('does not let "had first put the toll at N, then M" undo a later update', () => {
    const text = [
      'The death toll from Friday’s suicide bombing at a wedding hall in Peshawar, Pakistan, has risen to 47, police said on Monday.',
      'The provincial government had first put the toll at 21, then 33.',
    ].join(' ');
    expect(killed(text)).toBe(47);
  });

  it('does not take "the toll was first put at N" as the latest count', () => {
    const text = [
      'A bomber struck a wedding party in Peshawar, Pakistan, on Monday, killing at least 40 guests.',
      'The toll was first put at 18 and climbed through the night as more of the wounded died.',
    ].join(' ');
    expect(killed(text)).toBe(40);
  });
  it('does not take "police first put the toll at N" as the latest count', () => {
    const text = [
      'The number of people killed in Friday’s bombing of a bus depot in Quetta, Pakistan, rose to 29 on Saturday, doctors said.',
      'Police first put the toll at 11; by Friday night it had reached 20.',
    ].join(' ');
    expect(killed(text)).toBe(29);
  });

  it('does not add the attackers again to an overall toll that takes them in', () => {
    const text = [
      'Police in Bannu, Pakistan, said on Sunday that 9 officers and 6 attackers had been killed in the assault on their compound on Friday.',
      'Two passers-by also died of their wounds, raising the overall toll to 17.',
    ].join(' ');
    expect(killed(text)).toBe(17);
  });

  it('takes a toll lowered by officials over the first count, and adds the attackers it leaves out', () => {
    const text = [
      'Officials on Friday lowered the death toll from the twin bombings at a rally in the city of Herat, Afghanistan, to 41.',
      'State media had reported 50 dead on Wednesday. The revised figure does not include the three bombers.',
    ].join(' ');
    expect(killed(text)).toBe(44);
  });

  it('takes the toll a report corrects to, not "an earlier toll of N" it replaces', () => {
    const text =
      'A bomb tore through a bus in Maiduguri, Nigeria, on Sunday, killing 12 people, officials said on Monday, correcting an earlier toll of 17.';
    expect(killed(text)).toBe(12);
  });
});
