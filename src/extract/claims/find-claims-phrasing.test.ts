import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims.js';

/** The directions of the claims a sentence makes about one factor. */
const direction = (text: string, factor: string) =>
  findClaims(text)
    .filter((c) => c.factor === factor)
    .map((c) => c.direction);

describe('findClaims on levels hidden in phrasing', () => {
  it.each([
    // a level noun after a cue names what is measured; the verb tells the level
    ['The state’s presence in the delta has collapsed since the floods.', 'state_capacity', ['for']],
    ['Their counter-terrorism capacity in the north has withered and collapsed.', 'state_capacity', ['for']],
    // "still" before an inability is no rise
    ['Federal forces are still unable to patrol the highway at night.', 'state_capacity', ['for']],
    // a verb of gain whose object is scarce
    ['The movement attracts few recruits from the cities.', 'manpower', ['against']],
    // a cost borne by the group
    ['The feud with its rivals still costs it fighters every month.', 'manpower', ['against']],
    ['The purges have cost the organisation trust among its members.', 'manpower', ['against']],
    // plain levels
    ['Its new emir is an obscure cleric with no battlefield record.', 'leadership', ['against']],
    ['The federal government is divided over the offensive.', 'state_capacity', ['for']],
    ['Its leadership was gutted by a string of raids.', 'leadership', ['against']],
    ['The group still receives donations, but the sums are small.', 'resources', ['for', 'against']],
    ['The garrison is no longer the hollow force it was a decade ago.', 'state_capacity', ['against']],
    // a loss that did no harm speaks of resilience; a loss that did harm, of decline
    ['The death of its emir did not weaken the movement.', 'leadership', ['for']],
    ['The death of its emir weakened the movement.', 'leadership', ['against']],
    ['The killing of two generals did not weaken the army.', 'state_capacity', ['against']],
    // sending is not routing; a decline stated as a fall from a higher figure
    ['The central office has routed cash and couriers through Sudan.', 'resources', []],
    ['The rebels counted perhaps 300 fighters, down from several thousand in 2019.', 'manpower', ['against']],
    ['Its online output has withered since the raids.', 'ideological_appeal', ['against']],
    ['In the south the state barely exists beyond the ports.', 'state_capacity', ['for']],
    ['The peacekeeping force has been drawing down for two years.', 'state_capacity', ['for']],
    ['The movement has yet to name a successor to its late emir.', 'leadership', ['against']],
    // a state shrinking its own deployment is weaker, not acting on the group
    ['The French troops will reduce their presence in the region next spring.', 'state_capacity', ['for']],
    ['The new authorities are hostile to the jihadists and hunt their cells.', 'state_capacity', ['against']],
    [
      'The council keeps the movement on a short leash, barring it from recruiting abroad.',
      'external_operations',
      ['against'],
    ],
    // a modifier right after "of" speaks of the noun after it, not of a cue before it
    [
      'Tribal feuds and the prospect of reduced army patrols feed the insurgency.',
      'chaos_and_grievance',
      ['for'],
    ],
    ['Intelligence sharing between the two armies is minimal.', 'state_capacity', ['for']],
    ['Its smuggling routes have proved difficult to shut down.', 'resources', ['for']],
    ['Its operational footprint is narrow and shrinking.', 'decentralisation', ['against']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it('reads a question answered with a short "no" the other way', () => {
    expect(direction('Can the militants recruit again in the valley? I doubt it.', 'manpower')).toEqual([
      'against',
    ]);
    expect(direction('Can the militants recruit again in the valley? Yes, easily.', 'manpower')).toEqual([
      'for',
    ]);
  });

  it('keeps "small" that only describes a thing from reading as a level', () => {
    expect(
      direction('A small cell of external operations planners directs the plots.', 'external_operations'),
    ).not.toContain('against');
  });
});

describe('findClaims on phrasings of each factor', () => {
  it.each([
    ['Washington’s attention is spread thin across three regions.', 'geopolitical_distraction', ['for']],
    ['The civil war next door absorbs most of the donors’ attention.', 'geopolitical_distraction', ['for']],
    [
      'Analysts in several agencies have been reassigned to the rivalry with China.',
      'geopolitical_distraction',
      ['for'],
    ],
    ['Cells in the desert have stepped up raids on army checkpoints.', 'decentralisation', ['for']],
    ['The agency shifted its analysts toward the cyber threat.', 'geopolitical_distraction', ['for']],
    ['Its fighters number in the low hundreds, not thousands.', 'manpower', ['against']],
    [
      'The branch has shown no ability to strike outside its home region.',
      'external_operations',
      ['against'],
    ],
    ['Investigators found no sign of plots aimed at Western capitals.', 'external_operations', ['against']],
    ['The movement presents itself as the defender of herders.', 'ideological_appeal', ['for']],
    ['Its preaching in rural mosques resonates with young farmers.', 'ideological_appeal', ['for']],
    ['The camps offer a deep pool of recruits.', 'manpower', ['for']],
    ['The stream of new arrivals has slowed this year.', 'manpower', ['against']],
    ['The insurgents take cattle as zakat from herders.', 'resources', ['for']],
    ['The movement has no obvious successor to its founder.', 'leadership', ['against']],
    ['Jobless graduates fill the market towns.', 'chaos_and_grievance', ['for']],
    ['The governor’s heavy-handed raids have alienated whole villages.', 'chaos_and_grievance', ['for']],
    ['The African Union mission has been underfunded for years.', 'state_capacity', ['for']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it('reads the main verb, not a relative clause, after a cue', () => {
    expect(
      direction('The regional mission that replaced the old force has been underfunded.', 'state_capacity'),
    ).toEqual(['for']);
    expect(direction('The police, which had been weakened, face the cells alone.', 'state_capacity')).toEqual(
      ['for'],
    );
  });

  it('finds forces named by their side and governments named by two words', () => {
    expect(direction('Allied forces have pushed the militants out of the valley.', 'state_capacity')).toEqual(
      ['against'],
    );
    expect(direction('The newly elected government is divided.', 'state_capacity')).toEqual(['for']);
    expect(direction('The raid reached the seat of government within hours.', 'state_capacity')).toEqual([]);
  });

  it('reads a release of prisoners as more manpower', () => {
    expect(direction('A court ruling could release hundreds of detainees next year.', 'manpower')).toEqual([
      'for',
    ]);
  });

  it('reads no command structure from the name of a military headquarters', () => {
    expect(direction('US Central Command said the strikes hit two camps.', 'leadership')).toEqual([]);
  });

  it.each([
    ['The ruling junta has lost control of the northern provinces.', 'state_capacity', ['for']],
    ['The regional task force has been weakened by quarrels over funding.', 'state_capacity', ['for']],
    ['Displacement in the valley has doubled since the spring.', 'popular_base', ['for']],
    ['Farmers there rose against the militants after the harvest raids.', 'popular_base', ['against']],
    ['The militants have never taken a major town in the south.', 'resources', ['against']],
    ['A breakout from the desert jail would swell the group overnight.', 'manpower', ['for']],
    ['Rival armed factions are fighting over the oil towns.', 'chaos_and_grievance', ['for']],
    ['The branch has opened a new front along the coast.', 'decentralisation', ['for']],
    ['The branch has not opened any new front this year.', 'decentralisation', ['against']],
    ['The cells can still strike the capital when they wish.', 'decentralisation', ['for']],
    ['Its plots beyond the region have dwindled since 2022.', 'external_operations', ['against']],
  ])('finds a factor in its domain phrasing: %s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });

  it.each([
    // what the group inflicts is its operational capacity, not a loss
    [
      'The branch killed more people last year than in any year since it was founded.',
      'decentralisation',
      ['for'],
    ],
    [
      'The cell killed more traders in 2021 than any other branch in the country.',
      'decentralisation',
      ['for'],
    ],
    ['Air strikes killed several of the branch’s commanders.', 'decentralisation', ['against']],
    // communities siding with the authorities have left the group; siding with it is support
    ['The clans of the valley have largely sided with the regional government.', 'popular_base', ['against']],
    ['Villagers sided with the militants against the army.', 'popular_base', ['for']],
    // "without" governs its noun, not the verb after it
    [
      'Herders who once paid the militants’ taxes without complaint have turned against them.',
      'popular_base',
      ['against'],
    ],
    // a state that fails to help is weak; a state that needs little help is strong
    ['The government did little to help the displaced families in the north.', 'state_capacity', ['for']],
    ['The army now secures the border with little outside help.', 'state_capacity', ['against']],
    // a sentence opening with "while" sets its contrast apart
    [
      'While the army remains a real advantage, soldiers cannot hold ground.',
      'state_capacity',
      ['against', 'for'],
    ],
    [
      'The local clans, who for years paid the militants, have now sided with the regional state.',
      'popular_base',
      ['against'],
    ],
    // a source is not a loss: money "from the group's office" flows to its branches
    ['Money has reportedly flowed from the group’s office in the port.', 'resources', ['for']],
    [
      'Desertions from the group’s ranks, rare for years, have picked up since the winter.',
      'manpower',
      ['against'],
    ],
    // a harming verb reaches an object counted one by one
    ['Its police force dismantled one cell after another.', 'state_capacity', ['against']],
    // what a network survives did not harm it; what is hard to destroy favours the group
    ['The network can survive the loss of territory and keep sending money abroad.', 'resources', ['for']],
    ['The new structure is almost impossible to decapitate.', 'leadership', ['for']],
    // a threat posed, or none
    ['Analysts argue the movement poses no threat beyond the region.', 'external_operations', ['against']],
    ['The cells pose a serious threat beyond the region.', 'external_operations', ['for']],
    // plain levels: ground reclaimed, a campaign scaled back, a state that does not exist there
    ['The army and its allies have reclaimed the oasis town from the rebels.', 'state_capacity', ['against']],
    ['In parts of the district the state simply does not exist after dark.', 'state_capacity', ['for']],
    // recruits drawn or generated
    ['The branch is drawing recruits from neighbouring countries.', 'manpower', ['for']],
    ['A new war could generate fresh recruits for the movement.', 'manpower', ['for']],
  ])('reads who acts and who sides with whom: %s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});

describe('findClaims on attack tempo, partner forces and modals negated after them', () => {
  it.each([
    // the tempo of attacks told by a verb of rise or fall, or by "more attacks"
    ['Attacks in the valley fell by half over the winter.', 'decentralisation', ['against']],
    ['Attack claims from the delta doubled in the second half of the year.', 'decentralisation', ['for']],
    [
      'The rebels staged more raids and attacks this spring than in any year before.',
      'decentralisation',
      ['for'],
    ],
    ['The faction can still mount large assaults on barracks.', 'decentralisation', ['for']],
    ['The faction carries out only a handful of attacks a month.', 'decentralisation', ['against']],
    // a modal whose negator follows it
    [
      'It is a network that can no longer sustain an offensive of any length.',
      'decentralisation',
      ['against'],
    ],
    ['The cells remain capable of a bombing in the capital.', 'decentralisation', ['for']],
    // partner missions and contractors named, and foreign armies by nationality
    [
      'The mercenaries proved less effective than the French soldiers they followed.',
      'state_capacity',
      ['for'],
    ],
    ['The Kenyan forces have grown stronger along the border.', 'state_capacity', ['against']],
    ['MONUSCO has been shrinking for years.', 'state_capacity', ['for']],
    // "still" before a shortfall is no strength
    ['The regional mission is still short of helicopters.', 'state_capacity', ['for']],
    // a state that has not stopped the group failed against it
    ['Two years of airstrikes have not stopped the movement from recruiting.', 'state_capacity', ['for']],
    // a relative clause tells what the first force did to the second, not how the second stands
    [
      'The regional force that replaced the old mission has been short of money from the start.',
      'state_capacity',
      ['for'],
    ],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});

describe('findClaims on ground, distraction, killed commanders and recruiting verbs', () => {
  it.each([
    ['The rebels have lost ground to the army in the east.', 'resources', ['against']],
    ['It is regaining ground in the river valleys.', 'resources', ['for']],
    ['The cabinet is consumed by the war in the south.', 'geopolitical_distraction', ['for']],
    ['The ministry is looking elsewhere this year.', 'geopolitical_distraction', ['for']],
    ['Drone strikes kill commanders every month.', 'leadership', ['against']],
    ['Several emirs of the branch have been killed since 2022.', 'leadership', ['against']],
    ['The movement recruits openly among herders.', 'manpower', ['for']],
    ['Its coffers have not run dry.', 'resources', ['for']],
    // governments quarrelling among themselves are distracted
    [
      'The two governments have spent the year quarrelling over the border.',
      'geopolitical_distraction',
      ['for'],
    ],
    [
      'The president spent months fighting the regional states over the budget.',
      'geopolitical_distraction',
      ['for'],
    ],
    // a condition that reads by itself is not told by a word elsewhere in its clause, nor by what its
    // preposition governs
    [
      'With its patrols scaled back, the southern council is preoccupied with its feud with the capital.',
      'geopolitical_distraction',
      ['for'],
    ],
    // towns taken back by the group, or by the army
    ['This spring the rebels took back a string of towns in the south.', 'resources', ['for']],
    ['The army retook the town of Dalo within weeks.', 'resources', ['against']],
    ['The movement has failed to win back most of the larger towns.', 'resources', ['against']],
    // plain vocabulary: an ageing leadership, a poorly policed region, an appetite, a capital struck
    ['The movement’s leadership is ageing and ill.', 'leadership', ['against']],
    ['The northern districts are poorly policed.', 'state_capacity', ['for']],
    ['The branch has shown a growing appetite for attacks abroad.', 'external_operations', ['for']],
    ['Since the bombing of 2019 the cells have not struck the capital.', 'decentralisation', ['against']],
    // plots named by the country they targeted, and plots that were foiled
    ['Most of the French plots of last year were foiled by the police.', 'external_operations', ['against']],
    // a harming verb before a named object acts on it
    ['The army used its drones to kill JNIM commanders.', 'state_capacity', ['against']],
  ])('%s → %s %j', (text, factor, expected) => {
    expect(direction(text, factor)).toEqual(expected);
  });
});
