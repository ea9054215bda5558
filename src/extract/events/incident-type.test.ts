import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const read = (text: string, published = '2024-05-04') =>
  extractEvents(text, published).map((e) => ({
    type: e.type,
    perpetrator: e.perpetrator,
    fatalities: e.fatalities,
  }));

const types = (text: string) => read(text).map((e) => e.type);

describe('the type and perpetrator of an incident', () => {
  it('keeps a massacre an attack when hostages were also taken', () => {
    const text = [
      'Fighters of the Allied Democratic Forces attacked a farming village near Beni on Wednesday night, killing 19 people.',
      'Four women were abducted and taken into the forest.',
    ].join('\n\n');
    expect(read(text)).toMatchObject([{ type: 'attack', fatalities: 19 }]);
  });

  it('takes no type from a habit told paragraphs later in an analysis', () => {
    const text = [
      'On 17 September 2024, JNIM fighters attacked the police academy and the airport in Bamako itself, killing more than 70 people according to security sources.',
      'Nobody who watched the smoke over the airport can claim the group cannot reach the capital.',
      'That does not make JNIM popular. Its sieges of towns have starved civilians, and its fighters have executed farmers accused of helping the army.',
    ].join('\n\n');
    expect(types(text)).toEqual(['attack']);
  });

  it('still names a bloodless raid by the hostages it took', () => {
    const text = [
      'Armed men attacked a boarding school in Zamfara state on Thursday night.',
      'They abducted 40 pupils and two teachers, police said.',
    ].join('\n\n');
    expect(types(text)).toEqual(['abduction']);
  });

  it("reads a country's jet or aircraft as that country's air strike", () => {
    expect(
      read(
        'On Monday a Chadian Air Force jet bombed an island camp of Boko Haram in Lac province, killing 14 fighters.',
      ),
    ).toEqual([{ type: 'airstrike', perpetrator: 'Military of Chad', fatalities: 14 }]);
    expect(
      read(
        'French aircraft and drones struck a Islamic State camp near Menaka in Mali on Saturday, the army said.',
      ),
    ).toMatchObject([{ type: 'airstrike', perpetrator: 'Military of France' }]);
  });

  it("reads a killing by a country's drone as its air strike", () => {
    expect(
      read('A commander of the group was killed by a US drone near Jilib, in southern Somalia, on Tuesday.'),
    ).toMatchObject([{ type: 'airstrike', perpetrator: 'Military of United States' }]);
  });

  it("reads a bomb dropped by a national aircraft on a group as that country's strike, not the group's bombing", () => {
    expect(
      read(
        'On Tuesday a bomb dropped by a U.S. aircraft on two al-Shabaab commanders killed nine people near Jilib, Somalia.',
      ),
    ).toMatchObject([{ type: 'airstrike', perpetrator: 'Military of United States' }]);
  });

  it('does not take aircraft that were the target for the perpetrator', () => {
    const [event] = read(
      'On Sunday al-Shabaab fighters fired mortars at US aircraft parked at an airfield near Baledogle, Somalia.',
    );
    expect(event?.perpetrator).toBe('al-Shabaab');
  });

  it.each([
    [
      'fighting told as the circumstance of an assault is part of the attack',
      'On Friday militants attacked an army post near Diffa, Niger, overrunning it after a long firefight; 16 soldiers were killed.',
      'attack',
    ],
    [
      'fighting told as the act is a battle',
      'Soldiers clashed with militants near Diffa, Niger, on Friday, and 16 soldiers were killed.',
      'battle',
    ],
    [
      'a raid by gunmen on villages is an attack',
      'On Thursday gunmen on motorbikes raided two hamlets near Tillaberi in Niger, killing 31 villagers.',
      'attack',
    ],
    [
      'a town taken after an assault changes hands',
      'Insurgents captured the port town of Quissanga in Mozambique on Monday after a two-day assault.',
      'territory_change',
    ],
    [
      'a taking only its takers announce leaves the assault',
      'The group said on Tuesday that its fighters had seized Quissanga, in Mozambique, after an assault that began on Sunday.',
      'attack',
    ],
    [
      'a town entered and left again was raided',
      'On Saturday insurgents entered the town of Quissanga in Mozambique, burning the market and fighting soldiers before pulling out.',
      'attack',
    ],
    [
      'an assault told before the bomb that followed it is an attack',
      'On Monday militants attacked a police checkpoint near Hawija, Iraq, then hit the reinforcements with a roadside IED, killing nine.',
      'attack',
    ],
    [
      'a bomber who attacked is a bombing',
      'On Monday a suicide bomber attacked a police checkpoint near Hawija, Iraq, killing nine.',
      'bombing',
    ],
    [
      'an arrest of a man planning an attack is a foiled plot',
      'Police in Graz arrested a 20-year-old man on Tuesday who was planning an attack on a Christmas market in Austria, officials said.',
      'plot_foiled',
    ],
    [
      'a gun and bomb attack is an attack',
      'Two militants carried out a gun and bomb attack on a police station in Quetta, Pakistan, on Monday, killing four officers.',
      'attack',
    ],
  ])('%s', (_, sentence, type) => {
    expect(types(sentence)).toEqual([type]);
  });

  it('reads a captive put to death as an execution', () => {
    const text = [
      'Militants of the Islamic State in Somalia have killed a Kenyan engineer they seized in Bosaso in March, his employer said on Monday.',
      'The militants said in a video that they had killed him after his company refused to pay a ransom.',
    ].join('\n\n');
    expect(read(text, '2024-05-06')).toMatchObject([
      { type: 'execution', perpetrator: 'Islamic State', fatalities: 1 },
    ]);
  });

  it('keeps an attack an attack when air strikes answer it later', () => {
    const text = [
      'Twelve soldiers were killed on Monday when Islamic State militants stormed army posts near Rafah in North Sinai, Egypt, the army said.',
      'F-16 warplanes later bombed militant hideouts south of the town.',
    ].join('\n\n');
    expect(read(text)[0]).toMatchObject({ type: 'attack', perpetrator: 'Islamic State' });
  });

  it('reads a national aircraft named by its model', () => {
    expect(
      read(
        'An American MC-130 aircraft dropped a huge bomb on caves in Achin district, Afghanistan, on Thursday evening, killing 36 militants.',
      ),
    ).toMatchObject([{ type: 'airstrike', perpetrator: 'Military of United States', fatalities: 36 }]);
  });

  it('reads a town entered as taken, and a gunship firing on a clinic as an air strike', () => {
    expect(
      types('Rebels walked into the centre of Kidal, in Mali, on Thursday and raised their banner.'),
    ).toEqual(['territory_change']);
    const text = [
      'Rebels walked into the centre of Kidal, in Mali, on 2 May and raised their banner over the square.',
      'Early on 3 May, a US gunship struck a clinic in the town, killing nine patients.',
    ].join('\n\n');
    expect(read(text).map((e) => e.type)).toEqual(['territory_change', 'airstrike']);
  });
  it('reads an assault on a base opened with car bombs as an attack', () => {
    expect(
      types(
        'Jihadists attacked an army outpost near Diffa on Sunday, opening the assault with a suicide truck bomb before overrunning the position and killing nine soldiers.',
      ),
    ).toEqual(['attack']);
    expect(
      types(
        'On Sunday dozens of militants, some driving trucks laden with explosives, attacked a police camp near Diffa, killing 12 officers.',
      ),
    ).toEqual(['attack']);
    expect(
      types(
        'On Sunday a suicide bomber drove a truck laden with explosives into a police camp near Diffa, killing 12 officers.',
      ),
    ).toEqual(['bombing']);
  });

  it('keeps a bombing a bombing when gunmen then fire on the survivors', () => {
    expect(
      types(
        'A suicide bomber blew himself up at the gate of the stadium in Kandahar on Friday, and gunmen then opened fire on the fleeing crowd, killing 14 people.',
      ),
    ).toEqual(['bombing']);
    expect(
      types(
        'A car bomb exploded at the gate of a hotel in Mogadishu on Friday, and gunmen then stormed the building, killing 14 people.',
      ),
    ).toEqual(['attack']);
  });

  it('reads an assault that soldiers are still fighting to turn back as an attack', () => {
    expect(
      types(
        'At least 20 people were killed when militants attacked the town of Mocimboa in Cabo Delgado province on Thursday, officials said, adding that soldiers were still fighting to retake the port.',
      ),
    ).toEqual(['attack']);
  });

  it('reads an arrest and the attack it forestalled, told apart, as a foiled plot', () => {
    const text = [
      'Austrian police arrested a 22-year-old man in the town of Wels in Upper Austria on Thursday 2 May, a day before a football final in Linz.',
      'Detectives said he had bought acid and a hunting knife to attack spectators outside the ground.',
    ].join(' ');
    expect(types(text)).toEqual(['plot_foiled']);
  });

  it('reads a plan to attack that was foiled as a foiled plot, not as a conjecture', () => {
    expect(
      types('Police arrested two men in Graz on Monday on suspicion of planning to attack a parade.'),
    ).toEqual(['plot_foiled']);
    expect(
      types(
        'Several plots in Europe, including a plan to attack a parade in Graz in March 2024, were disrupted by the police.',
      ),
    ).toEqual(['plot_foiled']);
    expect(types('The group plans to attack a parade in Graz in March.')).toEqual([]);
  });
});
