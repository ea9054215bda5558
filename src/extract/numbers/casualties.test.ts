import { describe, expect, it } from 'vitest';
import { findCasualtyFigures, type CasualtyFigure } from './casualties.js';

/** [role, best, low, high] of each figure, in order. */
const figures = (sentence: string) =>
  findCasualtyFigures(sentence).map((f) => [f.role, f.quantity.best, f.quantity.low, f.quantity.high]);
const only = (sentence: string): CasualtyFigure => {
  const found = findCasualtyFigures(sentence);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findCasualtyFigures: active phrasings', () => {
  it('reads killing and wounding participles, with their modifiers', () => {
    expect(figures('A car bomb hit the convoy, killing at least 31 people and wounding nearly 90.')).toEqual([
      ['killed', 31, 31, null],
      ['injured', 90, 81, 90],
    ]);
  });

  it('reads the martyrdom of an official statement as a death', () => {
    expect(figures('Three policemen were martyred when the checkpoint came under fire.')).toEqual([
      ['killed', 3, 3, 3],
    ]);
    expect(figures('Two guards embraced martyrdom in the exchange of fire.')).toEqual([['killed', 2, 2, 2]]);
  });

  it('reads finite verbs and names the victims', () => {
    const found = findCasualtyFigures('Raiders killed 18 villagers and wounded 9 others near the river.');
    expect(found.map((f) => [f.role, f.quantity.best, f.victims])).toEqual([
      ['killed', 18, 'villagers'],
      ['injured', 9, 'others'],
    ]);
  });

  it('links counts listed together, compound heads and heads shared by two counts', () => {
    const listed = findCasualtyFigures('Three militia guards and two herders were shot dead at the well.');
    expect(listed.map((f) => [f.role, f.quantity.best, f.victims, f.listedWith])).toEqual([
      ['killed', 3, 'militia guards', undefined],
      ['killed', 2, 'herders', 0],
    ]);
    const gapped = findCasualtyFigures('Two Chadian and five Cameroonian troops died in the ambush.');
    expect(gapped.map((f) => [f.role, f.quantity.best, f.victims, f.listedWith])).toEqual([
      ['killed', 2, 'Chadian troops', undefined],
      ['killed', 5, 'Cameroonian troops', 0],
    ]);
    const tally = findCasualtyFigures('Hospital records listed at least 40 dead and 112 wounded.');
    expect(tally.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 40],
      ['injured', 112],
    ]);
    const reported = findCasualtyFigures('Medics said 14 reported killed, 30 injured.');
    expect(reported.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 14],
      ['injured', 30],
    ]);
    const bare = findCasualtyFigures('By nightfall 18 killed and 60 injured had been counted.');
    expect(bare.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 18],
      ['injured', 60],
    ]);
    const singles = findCasualtyFigures('A nurse was killed and six patients died when the ward collapsed.');
    expect(singles.map((f) => [f.role, f.quantity.best, f.listedWith])).toEqual([
      ['killed', 1, undefined],
      ['killed', 6, 0],
    ]);
    const besides = findCasualtyFigures('The raid killed 31 farmers as well as the nine guards at the gate.');
    expect(besides.map((f) => [f.role, f.quantity.best, f.listedWith])).toEqual([
      ['killed', 31, undefined],
      ['killed', 9, 0],
    ]);
    const attackers = findCasualtyFigures(
      'Nine hostages were killed, in addition to the three gunmen, and 40 were wounded.',
    );
    expect(attackers.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 9],
      ['attackers_killed', 3],
      ['injured', 40],
    ]);
    const among = findCasualtyFigures(
      'At least 30 people died, including a police officer, and over 60 were wounded.',
    );
    expect(among.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 30],
      ['injured', 60],
    ]);
    const own = findCasualtyFigures('Five guards were killed and 3 wounded.');
    expect(own.map((f) => [f.role, f.quantity.best])).toEqual([
      ['killed', 5],
      ['injured', 3],
    ]);
    const apart = findCasualtyFigures('The raid killed nine fighters and wounded four soldiers.');
    expect(apart.map((f) => f.listedWith)).toEqual([undefined, undefined]);
  });

  it('takes the victims from "most of them" after a generic noun', () => {
    expect(only('The blast killed 26 people, most of them pilgrims, at the shrine.').victims).toBe(
      'pilgrims',
    );
  });

  it('reads abductions and arrests, and seizures only of people', () => {
    expect(figures('Bandits kidnapped 83 schoolboys and abducted four teachers.')).toEqual([
      ['abducted', 83, 83, 83],
      ['abducted', 4, 4, 4],
    ]);
    expect(figures('Police arrested 11 suspects and the rebels seized three towns.')).toEqual([
      ['arrested', 11, 11, 11],
    ]);
    expect(figures('Fighters seized nine hostages at the farm.')).toEqual([['abducted', 9, 9, 9]]);
  });

  it('gives the span of the whole phrase', () => {
    const sentence = 'The drone strike killed 7 fighters overnight.';
    const figure = only(sentence);
    expect(sentence.slice(figure.start, figure.end)).toBe('killed 7 fighters');
  });
});

describe('findCasualtyFigures: passive, adjectival and nominal phrasings', () => {
  it('reads passives across an inserted phrase', () => {
    expect(figures('At least 24 people, according to the hospital, were killed in the raid.')).toEqual([
      ['killed', 24, 24, null],
    ]);
    expect(figures('Six police officers were wounded.')).toEqual([['injured', 6, 6, 6]]);
    expect(figures('Three guards also died in the fire.')).toEqual([['killed', 3, 3, 3]]);
    expect(figures('Nineteen pupils were treated in hospital for injuries.')).toEqual([
      ['injured', 19, 19, 19],
    ]);
    expect(figures('About 30 people were hospitalised after the blast.')).toEqual([['injured', 30, 27, 33]]);
    expect(figures('Twelve miners remain missing.')).toEqual([['missing', 12, 12, 12]]);
    expect(figures('Twelve miners were missing after the raid.')).toEqual([['missing', 12, 12, 12]]);
  });

  it('shares a passive between coordinated counts', () => {
    expect(figures('Three soldiers and eight civilians were killed.')).toEqual([
      ['killed', 3, 3, 3],
      ['killed', 8, 8, 8],
    ]);
  });

  it('reads "left N dead and M injured" and counts used as nouns', () => {
    expect(figures('The mortar round left 9 dead and 22 injured.')).toEqual([
      ['killed', 9, 9, 9],
      ['injured', 22, 22, 22],
    ]);
    expect(figures('The crash caused 40 deaths and 12 injuries.')).toEqual([
      ['killed', 40, 40, 40],
      ['injured', 12, 12, 12],
    ]);
  });

  it('reads nominalised forms', () => {
    expect(figures('The shelling led to the deaths of about 60 people and the injury of dozens.')).toEqual([
      ['killed', 60, 54, 66],
      ['injured', 12, 12, null],
    ]);
    expect(figures('Officials confirmed the abduction of 39 passengers.')).toEqual([
      ['abducted', 39, 39, 39],
    ]);
  });

  it('reads tolls, and opens the range when the toll "passes" a figure', () => {
    expect(figures('The death toll from the floods of gunfire in the market rose to 212 on Monday.')).toEqual(
      [['killed', 212, 212, 212]],
    );
    expect(figures('Toll passes 80 as searches go on.')).toEqual([['killed', 80, 80, null]]);
    expect(figures('The number of wounded has climbed to 140.')).toEqual([['injured', 140, 140, 140]]);
  });

  it('reads "the dead were" lists as whole groups and "among the dead" as parts', () => {
    const whole = findCasualtyFigures('The dead were 31 villagers and five soldiers.');
    expect(whole.map((f) => [f.role, f.quantity.best, f.part ?? false])).toEqual([
      ['killed', 31, false],
      ['killed', 5, false],
    ]);
    expect(only('Among the dead were 9 children.').part).toBe(true);
    expect(only('Two of the wounded later died.')).toMatchObject({ role: 'injured', part: true });
  });
});

describe('findCasualtyFigures: one person in the singular', () => {
  it('counts "a policeman was killed" and "one soldier died" as one', () => {
    expect(figures('Three guards were killed and a nurse on duty at the gate was also killed.')).toEqual([
      ['killed', 3, 3, 3],
      ['killed', 1, 1, 1],
    ]);
    expect(figures('One soldier died and a man was wounded.')).toEqual([
      ['killed', 1, 1, 1],
      ['injured', 1, 1, 1],
    ]);
    expect(only('A local commander, Omar Said, was killed in the strike.').victims).toBe('local commander');
    expect(figures('A Federal Road Safety Corps officer posted at the junction was killed.')).toEqual([
      ['killed', 1, 1, 1],
    ]);
  });

  it('counts one person named and killed in the active voice', () => {
    expect(only('A drone strike killed Hamid al-Rawi, a senior financier of the group.')).toMatchObject({
      role: 'killed',
      victims: 'Hamid al-Rawi',
      quantity: { best: 1 },
    });
    expect(only("The raid killed the group's regional commander Abu Salim on Tuesday.").victims).toBe(
      'Abu Salim',
    );
    expect(findCasualtyFigures('Gunmen killed Hassan and Omar near the market.')).toEqual([]);
    expect(only("The region's governor, Ali Nouri, was shot dead outside his home.").victims).toBe(
      'Ali Nouri',
    );
    expect(only('The strike killed Sami Daher, whom the army called a leading recruiter.').victims).toBe(
      'Sami Daher',
    );
  });

  it('does not count one person across a relative clause or a new clause', () => {
    expect(findCasualtyFigures('A guard saw the car, and the driver was killed.')).toEqual([]);
    expect(findCasualtyFigures('A teacher who was kidnapped last year spoke.')).toEqual([]);
  });
});

describe('findCasualtyFigures: breakdowns', () => {
  it('marks counts after "including" and "among them" as parts of the figure before them', () => {
    const found = findCasualtyFigures('The assault killed 86 people, including 19 police officers.');
    expect(found.map((f) => [f.role, f.quantity.best, f.part ?? false, f.partOf])).toEqual([
      ['killed', 86, false, undefined],
      ['killed', 19, true, 0],
    ]);
  });

  it('reads a breakdown written with an article, the attackers already inside the total', () => {
    const found = findCasualtyFigures(
      'At least 31 people, including the two gunmen, were killed and 80 others were wounded.',
    );
    expect(found.map((f) => [f.role, f.quantity.best, f.part ?? false])).toEqual([
      ['killed', 31, false],
      ['attackers_killed', 2, true],
      ['injured', 80, false],
    ]);
  });

  it('keeps attackers in a breakdown apart from the victims', () => {
    const found = findCasualtyFigures(
      'The battle killed more than 90 people, among them at least 30 members of the army and more than 50 IS fighters.',
    );
    expect(found.map((f) => [f.role, f.quantity.best, f.quantity.high, f.partOf])).toEqual([
      ['killed', 90, null, undefined],
      ['killed', 30, null, 0],
      ['attackers_killed', 50, null, 0],
    ]);
    expect(found[2]!.victims).toBe('IS fighters');
  });

  it('does not carry a breakdown over to a new clause with its own verb', () => {
    const found = findCasualtyFigures(
      'The raid killed 41 people, including 6 women, and 70 people were injured.',
    );
    expect(found.map((f) => [f.role, f.quantity.best, f.partOf])).toEqual([
      ['killed', 41, undefined],
      ['killed', 6, 0],
      ['injured', 70, undefined],
    ]);
  });
});

describe('findCasualtyFigures: attackers', () => {
  it('reads attackers killed with a count', () => {
    expect(figures('Seven gunmen were also killed in the firefight.')).toEqual([
      ['attackers_killed', 7, 7, 7],
    ]);
    expect(figures('Troops killed 23 suspected members of the cell.')).toEqual([
      ['attackers_killed', 23, 23, 23],
    ]);
  });

  it('reads a bomber who killed himself as one attacker killed, beside his victims', () => {
    expect(figures('A bomber killed himself and 14 others outside the court.')).toEqual([
      ['killed', 14, 14, 14],
      ['attackers_killed', 1, 1, 1],
    ]);
    expect(figures('The suicide bomber blew himself up at the gate.')).toEqual([
      ['attackers_killed', 1, 1, 1],
    ]);
    expect(figures('Three bombers blew themselves up at the gate.')).toEqual([['attackers_killed', 3, 3, 3]]);
  });

  it('reads "all the attackers" without a count as at least one, flagged', () => {
    const figure = only('All the gunmen were shot dead by the guards.');
    expect(figure).toMatchObject({
      role: 'attackers_killed',
      all: true,
      quantity: { best: 1, low: 1, high: null },
    });
    expect(only('Police stormed the house and killed all the militants inside.').all).toBe(true);
    expect(figures('Multiple ISIS operatives had been killed.')).toEqual([['attackers_killed', 2, 2, null]]);
  });

  it('uses the caller’s group names to tell attackers from other fighters', () => {
    const sentence = 'The raid killed 12 Red Hand fighters.';
    expect(only(sentence).role).toBe('killed');
    expect(findCasualtyFigures(sentence, { attackerTerms: ['Red Hand'] })[0]!.role).toBe('attackers_killed');
  });
});

describe('findCasualtyFigures: what is not a figure', () => {
  it('ignores people counted for other reasons', () => {
    expect(findCasualtyFigures('A gunman shot at three guards posted at the door, then fled.')).toEqual([]);
    expect(findCasualtyFigures('The camp holds 9,000 detainees and 400 guards.')).toEqual([]);
    expect(findCasualtyFigures('Over 300 people were inside the hall when it began.')).toEqual([]);
  });

  it('ignores ages, years, distances, dates, times and counts of things', () => {
    const traps = [
      'A 19-year-old was killed in the blast.',
      'It was the first raid on the town in 16 years.',
      'The village lies 85 km from the city where two were killed.',
      'On 9 May 2021 at 5 a.m. the convoy was attacked.',
      'Forces carried out 212 operations and killed suspects in 2022.',
      'Gunmen destroyed 40 houses and killed livestock.',
    ];
    for (const trap of traps) {
      expect(findCasualtyFigures(trap).filter((f) => f.quantity.best !== 2)).toEqual([]);
    }
  });

  it('still reads a real figure next to a trap', () => {
    expect(figures('The village lies 85 km away; 14 residents were killed there.')).toEqual([
      ['killed', 14, 14, 14],
    ]);
  });
});

describe('findCasualtyFigures: tolls as event datasets write them', () => {
  it("reads UCDP's best, low and high, and a plain statement that nobody died as zero", () => {
    expect(figures('Clash near the port | Government – rebels | best 3, low 2, high 9')).toEqual([
      ['killed', 3, 2, 9],
    ]);
    expect(figures('The garrison left the town overnight; no casualties reported.')).toEqual([
      ['killed', 0, 0, 0],
    ]);
    expect(figures('There were no civilian casualties, the army said.')).toEqual([]);
    expect(figures('Troops killed 5 militants; no casualties were reported among the troops.')).toEqual([
      ['attackers_killed', 5, 5, 5],
    ]);
  });

  it('reads casualty fields, a range of estimates among them, and marks a death field as the total', () => {
    expect(figures('location: Ayorou\nfatalities: 7\nnotes: Gunmen raided the cattle market.')).toEqual([
      ['killed', 7, 7, 7],
    ]);
    expect(figures('Total killed: 30 to 35 (including 2 perpetrators)\nTotal wounded: more than 60')).toEqual(
      [
        ['killed', 30, 30, 35],
        ['injured', 60, 60, null],
      ],
    );
    expect(figures('Total killed: Unknown; estimates range from 40 to 70')).toEqual([['killed', 40, 40, 70]]);
    expect(findCasualtyFigures('Deaths: 4').map((f) => f.total)).toEqual([true]);
  });

  it('reads casualty fields set on one line between bars', () => {
    expect(figures('Attack type: Armed Assault | Total killed: 9 to 14 | Total wounded: 22')).toEqual([
      ['killed', 9, 9, 14],
      ['injured', 22, 22, 22],
    ]);
  });

  it('reads attackers a toll leaves out as attackers killed', () => {
    expect(figures('The figure does not include the two gunmen.')).toEqual([['attackers_killed', 2, 2, 2]]);
    expect(figures('Police said 14 guests died, excluding the three attackers.')).toEqual([
      ['killed', 14, 14, 14],
      ['attackers_killed', 3, 3, 3],
    ]);
    expect(figures('The list does not include two children.')).toEqual([]);
  });

  it('counts a single person listed before a count, at the start of a sentence or named by office', () => {
    expect(figures('A police officer and three civilians were killed.')).toEqual([
      ['killed', 1, 1, 1],
      ['killed', 3, 3, 3],
    ]);
    expect(figures('The governor and at least two aides died in the blast.')).toEqual([
      ['killed', 1, 1, 1],
      ['killed', 2, 2, null],
    ]);
  });

  it('reads fighters "neutralised" as killed, but not devices', () => {
    expect(figures('The army said it had neutralised 35 terrorists near the border.')).toEqual([
      ['attackers_killed', 35, 35, 35],
    ]);
    expect(figures('Dozens of the assailants were neutralized, the ministry said.')[0]?.[0]).toBe(
      'attackers_killed',
    );
    expect(figures('Sappers neutralised three roadside bombs.')).toEqual([]);
  });

  it('reads "dozens of" attackers without a determiner as attackers, and attackers "liquidated"', () => {
    expect(figures('"Dozens of gunmen were neutralised," the ministry added.')[0]?.[0]).toBe(
      'attackers_killed',
    );
    expect(figures('Hundreds of villagers were killed in the raid.')[0]?.[0]).toBe('killed');
    expect(figures('Four of the militants were liquidated during the operation.')).toEqual([
      ['attackers_killed', 4, 4, 4],
    ]);
  });
});
