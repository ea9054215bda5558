import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims.js';
import { defaultClaimRules } from './rules.js';

const only = (text: string, factor: string) => findClaims(text).filter((c) => c.factor === factor);

describe('findClaims', () => {
  it.each([
    ['state_capacity', 'against', 'Government troops have strengthened their hold on the desert towns.'],
    ['state_capacity', 'for', 'The provincial police force is weak and badly paid.'],
    ['ideological_appeal', 'against', 'Support for the jihadist project has fallen sharply among young men.'],
    ['ideological_appeal', 'for', 'The ideology continues to spread through online channels.'],
    [
      'popular_base',
      'against',
      'Most residents of the valley are loyal to the government after years of war.',
    ],
    [
      'popular_base',
      'for',
      'Local support for the insurgents has grown in the camps for displaced families.',
    ],
    ['manpower', 'against', 'The movement has struggled with dwindling numbers of recruits.'],
    ['manpower', 'for', 'A prison break last spring freed hundreds of fighters.'],
    ['resources', 'against', 'Its revenue from extortion has shrunk since the border crossings closed.'],
    ['resources', 'for', 'The network has rebuilt its finances through kidnapping for ransom.'],
    ['geopolitical_distraction', 'for', 'Western governments are preoccupied with the war in Europe.'],
    ['decentralisation', 'for', 'The African provinces have expanded their operations.'],
    ['decentralisation', 'against', 'Several of its branches have collapsed under sustained pressure.'],
    ['external_operations', 'for', 'Its external operations network has grown in Central Asia.'],
    ['chaos_and_grievance', 'for', 'Years of chaos in the border districts have fed the insurgency.'],
    ['chaos_and_grievance', 'against', 'Instability in the north has eased since the ceasefire.'],
    ['external_operations', 'against', 'Its external operations have collapsed since the arrests in Europe.'],
    [
      'geopolitical_distraction',
      'against',
      'The war in Europe has not distracted Western governments from the campaign.',
    ],
    ['leadership', 'against', 'The killing of its leaders in quick succession has weakened the command.'],
    ['leadership', 'for', 'Its new leadership has consolidated control over the branches.'],
    // in the words analysts use for each factor
    ['manpower', 'against', 'Desertions from the militia have multiplied over the winter.'],
    ['resources', 'against', 'The levies it collects at river crossings have suffered since the floods.'],
    [
      'state_capacity',
      'against',
      'The intelligence services have become highly effective at tracking its cells.',
    ],
    [
      'geopolitical_distraction',
      'for',
      'Western capitals have less bandwidth for the Sahel than a decade ago.',
    ],
    [
      'decentralisation',
      'for',
      'Most of the killing now happens in West Africa, where its branches keep growing.',
    ],
    ['ideological_appeal', 'against', 'Its brand has faded among the young men it once drew.'],
    ['popular_base', 'against', 'Villagers have formed self-defence militias to keep the fighters out.'],
    // the vocabulary of judgement: lethal, rattled, modest, patchy, restrained, pushed out
    ['decentralisation', 'for', 'Its distant affiliates remain lethal on their home ground.'],
    ['leadership', 'against', 'Its command has been badly rattled by the raids of the past year.'],
    ['resources', 'against', 'What the network still collects in extortion is petty by any measure.'],
    ['state_capacity', 'for', 'Outside the cities the border is lightly patrolled and porous.'],
    ['state_capacity', 'against', 'Kenyan-backed forces have pushed the militants out of the river towns.'],
    [
      'external_operations',
      'against',
      'Neighbouring states have restrained the network from launching attacks abroad.',
    ],
    ['chaos_and_grievance', 'for', 'The new plantations brought few jobs for the young men of the district.'],
    ['geopolitical_distraction', 'for', 'American attention to the region has been patchy at best.'],
    ['geopolitical_distraction', 'against', 'Nor has Western attention wandered far from the region.'],
    ['manpower', 'for', 'A single raid on the camp could free thousands of detainees.'],
    ['manpower', 'against', 'Its fighting strength is put at a few hundred men at most.'],
    ['leadership', 'against', 'The network has still not named a successor.'],
    // a verb whose decline falls on its object: the state acting on the group, not shrinking
    ['state_capacity', 'against', 'Provincial police have squeezed the cells in the hills this year.'],
    ['state_capacity', 'for', 'The provincial police have been squeezed by budget cuts.'],
    // quantities, holdings, verdicts on violence, and whom resentment is aimed at
    ['manpower', 'against', 'Officials count only a few hundred fighters in the province.'],
    ['resources', 'against', 'The movement holds no towns in the north any more.'],
    ['chaos_and_grievance', 'against', 'The communal violence of the last decade has cooled.'],
    ['popular_base', 'for', 'The herding clans have long resented rule by the provincial administration.'],
    ['resources', 'for', 'Its donations arrive in a coin that is harder to trace than cash.'],
    ['leadership', 'against', 'The death of its emir in March left a vacuum at the top.'],
    ['chaos_and_grievance', 'for', 'The chaos in the valley since the fall of the old regime keeps growing.'],
    // money in figures and in levies, and the repatriation of nationals
    ['resources', 'for', 'The cell network earns about $2 million a month from the ports.'],
    ['resources', 'for', 'The movement imposes heavy tolls on traders along the river.'],
    ['manpower', 'against', 'Kazakhstan has brought home hundreds of its nationals from the camps.'],
    ['manpower', 'against', 'The clashes cost the faction hundreds of fighters last year.'],
    ['state_capacity', 'for', 'In the far west the government has no presence at all.'],
    ['state_capacity', 'against', "Kenya's forces have grown markedly more capable since 2020."],
    ['leadership', 'against', 'Its founding generation is dead or behind bars.'],
    ['ideological_appeal', 'for', 'Whatever its losses, the brand endures among the young.'],
  ])('reads a %s claim %s', (factor, direction, sentence) => {
    const claims = only(sentence, factor);
    expect(claims.map((c) => c.direction)).toEqual([direction]);
    expect(claims[0]!.text).toBe(sentence);
  });

  it('turns a polarity word after a negator', () => {
    expect(
      only('The group has not managed to attract recruits in the region.', 'manpower')[0]?.direction,
    ).toBe('against');
    expect(only('The army is no longer growing.', 'state_capacity')[0]?.direction).toBe('for');
  });

  it('tells hedged claims from asserted ones', () => {
    expect(only('The militants could regain their strength in the hills.', 'manpower')[0]?.firmness).toBe(
      'hedged',
    );
    expect(only('The militants have regained their strength in the hills.', 'manpower')[0]?.firmness).toBe(
      'asserted',
    );
  });

  it('names the source a sentence cites, or the author', () => {
    const cited = findClaims(
      'According to the monitoring team, the number of fighters has grown to about 3,000.',
    );
    expect(cited[0]?.attribution).toBe('monitoring team');
    const reports = findClaims('European intelligence reports suggest that the provinces have expanded.');
    expect(reports[0]?.attribution).toBe('European intelligence reports');
    expect(findClaims('The provinces have expanded.')[0]?.attribution).toBe('author');
  });

  it('reads the period a claim names', () => {
    expect(only('Its revenue has fallen since 2019.', 'resources')[0]?.period).toBe('since 2019');
    expect(only('Recruitment rose between 2016 and 2018.', 'manpower')[0]?.period).toBe('2016/2018');
  });

  it('cites offsets into the text and splits a sentence into clauses by factor', () => {
    const text =
      'Intro paragraph.\n\nThe army has grown stronger in the south, but the group has rebuilt its finances.';
    const claims = findClaims(text);
    const army = claims.find((c) => c.factor === 'state_capacity')!;
    const money = claims.find((c) => c.factor === 'resources')!;
    expect(army.direction).toBe('against');
    expect(money.direction).toBe('for');
    expect(text.slice(army.start, army.end)).toBe('The army has grown stronger in the south');
    expect(text.slice(money.start, money.end)).toBe('the group has rebuilt its finances.');
  });

  it.each([
    ['a concession', 'Despite heavy losses, the group retains several thousand fighters.', 'manpower', 'for'],
    [
      'a verb after an ability',
      'Its ability to raise revenue has been sharply curtailed.',
      'resources',
      'against',
    ],
    [
      'a failure to contain',
      'The authorities have failed to contain the Sahel province.',
      'decentralisation',
      'for',
    ],
    ['a struggle to', 'The group has struggled to recruit since its defeat.', 'manpower', 'against'],
    [
      'an object of hostility',
      'Local tribes are increasingly hostile to the militants.',
      'popular_base',
      'against',
    ],
    ['named national forces', 'Afghan forces remain poorly equipped.', 'state_capacity', 'for'],
  ])('reads %s', (_, sentence, factor, direction) => {
    expect(only(sentence, factor).map((c) => c.direction)).toEqual([direction]);
  });

  it('does not take a quantity of something else for the level of a factor', () => {
    expect(only('Security services describe a growing number of cases online.', 'state_capacity')).toEqual(
      [],
    );
  });

  it("does not take other people's leaders for the group's", () => {
    expect(only('Tribal leaders said the talks had failed.', 'leadership')).toEqual([]);
  });

  it('gives a clause that says no direction the way its paragraph argues, else its document, and says which', () => {
    const read = (text: string) => findClaims(text).map((c) => [c.factor, c.direction, c.directionFrom]);
    const paragraph =
      'The group has rebuilt its finances through kidnapping for ransom. Its fighters answer to commanders in the hills.';
    expect(read(paragraph)).toEqual([
      ['resources', 'for', 'text'],
      ['manpower', 'for', 'paragraph'],
    ]);
    expect(findClaims('Its fighters answer to commanders in the hills.')).toEqual([]);
    const apart =
      'The group has rebuilt its finances through kidnapping for ransom.\n\nIts fighters answer to commanders in the hills.';
    // a news report's handful of claims is no argument to lend a direction by
    expect(read(apart)).toEqual([['resources', 'for', 'text']]);
    const analysis = [
      ...[
        'Its revenue from extortion has grown.',
        'Its recruits have multiplied.',
        'Government troops have weakened.',
        'Its African provinces have expanded their operations.',
        'Its propaganda has regained its reach.',
        'Local support for the insurgents has grown.',
        'Its weapons stocks have swelled.',
        'The police are weak and badly paid.',
      ],
      'Its fighters answer to commanders in the hills.',
    ].join('\n\n');
    expect(read(analysis).at(-1)).toEqual(['manpower', 'for', 'document']);
    // Five claims for and four against lean for by a ninth, under the centre: the piece argues against.
    const balanced = [
      ...[
        'Its revenue from extortion has grown.',
        'Its recruits have multiplied.',
        'Its African provinces have expanded their operations.',
        'Local support for the insurgents has grown.',
        'Its weapons stocks have swelled.',
        'Government troops have strengthened their hold on the towns.',
        'Support for its ideology has fallen sharply.',
        'Its revenue from smuggling has shrunk.',
        'Its recruits have dwindled in the south.',
      ],
      'Its fighters answer to commanders in the hills.',
    ].join('\n\n');
    expect(read(balanced).at(-1)).toEqual(['manpower', 'against', 'document']);
  });

  it('does not read a claim from a sentence about none of the factors', () => {
    expect(findClaims('The weather in the capital was mild on Tuesday.')).toEqual([]);
  });
});

describe('findClaims on what fighters do to others', () => {
  it('reads no loss of manpower from fighters who killed or destroyed something', () => {
    expect(only('Its fighters destroyed the bridge and killed many guards.', 'manpower')).toEqual([]);
  });
});

describe('findClaims on the state acting on the group', () => {
  const directions = (text: string) => findClaims(text).map((c) => [c.factor, c.direction]);

  it('reads a verb that shares its object with another ("killed or captured") as acting on it', () => {
    expect(
      directions('The army has killed or captured a number of the group’s commanders since 2021.'),
    ).toEqual([
      ['state_capacity', 'against'],
      ['leadership', 'against'],
    ]);
  });
});

describe('findClaims on missions, priorities and durable assets', () => {
  const direction = (text: string, factor: string) => only(text, factor).map((c) => c.direction);

  it('reads peacekeepers and alliances scaling back or fraying as a weaker state', () => {
    expect(direction('The UN peacekeeping mission is scaling back its presence.', 'state_capacity')).toEqual([
      'for',
    ]);
    expect(direction('The regional alliance against the insurgents is fraying.', 'state_capacity')).toEqual([
      'for',
    ]);
  });

  it('reads priorities that lie elsewhere and inattention as distraction', () => {
    expect(direction('Western priorities lie in Ukraine these days.', 'geopolitical_distraction')).toEqual([
      'for',
    ]);
    expect(direction('The group thrives on inattention.', 'geopolitical_distraction')).toEqual(['for']);
  });

  it('reads an intact command, a durable revenue base and a dying old guard', () => {
    expect(direction('Its command in the north has stayed intact.', 'leadership')).toEqual(['for']);
    expect(direction('Its revenue base is durable.', 'resources')).toEqual(['for']);
    expect(direction('The old guard that founded the movement is dying out.', 'leadership')).toEqual([
      'against',
    ]);
  });

  // how analysts phrase each factor: attack tempo, state campaigns, attention, sizes, territory held
  it.each([
    ['In the north its attacks are at record lows.', 'decentralisation', ['against']],
    ['Attacks have fallen to their lowest level in a decade.', 'decentralisation', ['against']],
    ['The branch now manages only a handful of incidents a month.', 'decentralisation', ['against']],
    [
      'The cells claimed 90 attacks in the spring, on course to triple their total.',
      'decentralisation',
      ['for'],
    ],
    ['Its attacks have become more complex.', 'decentralisation', ['for']],
    ['Drone strikes have inflicted heavy losses on the militants.', 'state_capacity', ['against']],
    ['Large swathes of the north are beyond the reach of the state.', 'state_capacity', ['for']],
    ['The army and the police barely coordinate.', 'state_capacity', ['for']],
    ['Their attention is on the Pacific and on trade.', 'geopolitical_distraction', ['for']],
    ['The region is slipping down everyone’s list.', 'geopolitical_distraction', ['for']],
    [
      'The diversion of Western intelligence toward Russia may ease the pressure.',
      'geopolitical_distraction',
      ['for'],
    ],
    ['The generals warned they cannot hold two fronts at once.', 'geopolitical_distraction', ['for']],
    ['Its numbers in the north are in the low thousands at most.', 'manpower', ['against']],
    ['The camp’s population has fallen by half.', 'manpower', ['against']],
    ['Its base of support is thin.', 'popular_base', ['against']],
    ['There is almost nothing to tax in the hills.', 'resources', ['against']],
    ['Its finances are now sufficient to pay its fighters.', 'resources', ['for']],
    ['The army seized arms depots and large amounts of fuel.', 'resources', []],
    ['The branch never held a town of any size.', 'resources', ['against']],
    ['They cannot hold a single village in the valley.', 'resources', ['against']],
    ['It has reorganised its command in the south.', 'leadership', ['for']],
    [
      'The core has not directed a successful attack in the West in years.',
      'external_operations',
      ['against'],
    ],
    ['The country has taken back more than 2,000 of its citizens from the camp.', 'manpower', ['against']],
    ['Villagers tend to pass information to the police.', 'popular_base', ['against']],
    ['In many districts it settles disputes over land faster than the courts.', 'popular_base', ['for']],
    ['The commanders may have to pull guards from the prisons.', 'geopolitical_distraction', ['for']],
    ['The bombing was a striking breach of army security.', 'state_capacity', ['for']],
    ['The branch is under relentless army pressure.', 'state_capacity', ['against']],
    ['Auxiliaries raised in the villages have grown stronger.', 'state_capacity', ['against']],
    ['The election has created uncertainty about who will run the camps.', 'chaos_and_grievance', ['for']],
    ['A withdrawal would strip the Kurdish forces of the air cover they need.', 'state_capacity', ['for']],
    ['Officials estimate that only a few hundred active fighters remain.', 'manpower', ['against']],
    [
      'The camps could become a source of renewed manpower if security there deteriorated.',
      'manpower',
      ['for'],
    ],
    ['The cells have built a recruiting pipeline among migrants, who are isolated.', 'manpower', ['for']],
    ['Jobless young men are easy to recruit.', 'manpower', ['for']],
    [
      'The war may have made its security services less attentive to jihadists.',
      'geopolitical_distraction',
      ['for'],
    ],
    ['The generation that founded the movement is dying out.', 'leadership', ['against']],
    ['The raids show a planned strategy of expansion.', 'leadership', ['for']],
    ['Its massacres have made it hated among the villagers.', 'popular_base', ['against']],
    ['Farmers fed up with the militants’ levies rose against them.', 'popular_base', ['against']],
    ['Dozens of fighters have surrendered.', 'manpower', ['against']],
    ['Recruitment has slowed.', 'manpower', ['against']],
    ['The army is stretched and its morale is low.', 'state_capacity', ['for']],
    ['Local communities increasingly reject the group.', 'popular_base', ['against']],
    ['The group enjoys support among the tribes.', 'popular_base', ['for']],
    ['The authorities have cracked down on the cells.', 'state_capacity', ['against']],
    ['Its fighters have been driven underground.', 'manpower', ['against']],
    ['The militants roam freely in the countryside.', 'manpower', ['for']],
    ['The branch is largely self-financing.', 'resources', ['for']],
    ['Its attacks have become rarer.', 'decentralisation', ['against']],
    ['Security forces have retaken the town.', 'state_capacity', ['against']],
    ['The soldiers abandoned their posts.', 'state_capacity', ['for']],
    ['The group now operates across a wider area than before.', 'decentralisation', ['for']],
    ['Its area of operations has shrunk.', 'decentralisation', ['against']],
    ['The army has reasserted control over the main roads.', 'state_capacity', ['against']],
    ['The group has lost its safe havens.', 'resources', ['against']],
  ])('reads "%s" as %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it('reads a threat to strike capitals as external reach', () => {
    expect(direction('The cells can still strike a major capital.', 'external_operations')).toEqual(['for']);
  });
});

describe('findClaims on words that look like others', () => {
  it('keeps "all but" inside its clause', () => {
    expect(
      only('Recruitment in the valley has all but stopped, according to local officials.', 'manpower').map(
        (c) => c.direction,
      ),
    ).toEqual(['against']);
  });

  it('finds cues a text spells with a hyphen', () => {
    const direction = (text: string, factor: string) => only(text, factor).map((c) => c.direction);
    expect(direction('Counter-terrorism cooperation has weakened.', 'state_capacity')).toEqual(['for']);
    expect(direction('Its fighters are ill-equipped.', 'manpower')).toEqual(['against']);
    expect(direction('The ISIS-K cells have grown.', 'decentralisation')).toEqual(['for']);
  });

  it('ships no plain cue whose first word holds a hyphen (the text is looked up word by word)', () => {
    const { framework, language } = defaultClaimRules();
    const lists = [
      ...framework.factors.map((f) => f.cues),
      ...Object.values(language).filter((v): v is { cue: string }[] => Array.isArray(v)),
    ];
    const hyphenated = lists
      .flat()
      .map((c) => c?.cue)
      .filter((cue) => typeof cue === 'string')
      .filter((cue) => !cue.startsWith('re:') && cue.split(/\s+/)[0]!.includes('-'));
    expect(hyphenated).toEqual([]);
  });

  it('reads deserters, not the desert, as lost manpower', () => {
    expect(only('The cells move at night across the desert.', 'manpower')).toEqual([]);
    expect(only('Deserters have left the group by the hundred.', 'manpower').map((c) => c.direction)).toEqual(
      ['against'],
    );
  });
});
