import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const events = (text: string, published: string | null = '2024-05-04') => extractEvents(text, published);

describe('extractEvents', () => {
  it('reads one incident told over several sentences, with its evidence', () => {
    const text = [
      'MAIDUGURI — Fighters of the Islamic State West Africa Province stormed a military base in the town of Monguno in Borno State on Thursday night, killing at least 12 soldiers, security sources said.',
      'Another 20 soldiers were wounded in the assault, which lasted several hours.',
      'The death toll rose to 15 on Saturday, an army spokesman said.',
      'The group claimed the attack in a statement on Friday.',
    ].join('\n\n');
    const [event, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: 'attack',
      date: '2024-05-02',
      datePrecision: 'day',
      country: 'NG',
      place: 'Monguno',
      perpetrator: 'Islamic State',
      unit: 'West Africa Province',
      fatalities: 15,
      injured: 20,
      claimed: true,
    });
    const cited = event!.evidence.map((s) => text.slice(s.start, s.end));
    expect(cited[0]).toMatch(/^MAIDUGURI — Fighters/);
    expect(cited).toContain('The group claimed the attack in a statement on Friday.');
  });

  it('adds up victims listed together, also when two counts share one noun', () => {
    const text = [
      'GAROUA, Cameroon — Boko Haram fighters raided a border village in the Far North region on Sunday.',
      'Four farmers and three herders were killed, and two Chadian and two Cameroonian soldiers died when troops pursued the raiders, an official said.',
    ].join('\n\n');
    expect(events(text).map((e) => [e.country, e.perpetrator, e.fatalities])).toEqual([
      ['CM', 'Boko Haram', 11],
    ]);
    const also = [
      'GAROUA, Cameroon — Boko Haram fighters raided a border village in the Far North region on Sunday, killing nine farmers.',
      'A soldier was also killed when troops pursued the raiders, an official said.',
    ].join(' ');
    expect(events(also).map((e) => e.fatalities)).toEqual([10]);
  });

  it('keeps a toll with its incident when the sentence names where the victims came from or fled to', () => {
    const text = [
      '04/11/2019: Assailants opened fire on a tourist bus near Luxor, Luxor governorate, Egypt.',
      'Three tourists, two from Japan and one from Canada, were killed, and residents fled towards Aswan.',
    ].join(' ');
    expect(events(text, null).map((e) => [e.country, e.place, e.fatalities])).toEqual([['EG', 'Luxor', 3]]);
  });

  it('tells an earlier incident named by way of comparison apart from the main one', () => {
    const text =
      'A suicide bomber killed 22 people at a market in Mogadishu on Tuesday. ' +
      'Residents called it the worst bloodshed in the city since October 2017, when a truck bomb outside a hotel left more than 500 people dead.';
    const found = events(text, '2024-05-08');
    expect(found.map((e) => [e.type, e.date, e.fatalities])).toEqual([
      ['bombing', '2024-05-07', 22],
      ['bombing', '2017-10', 500],
    ]);
  });

  it('does not count aggregates, trends or plans as incidents', () => {
    const text = [
      'Security services said 214 plots were thwarted across the country in 2023.',
      'Attacks in the northern provinces have risen every year since 2019.',
      'Officials warned that the militants could attack the capital before the elections.',
      'A Western diplomat said his government had warned Abuja in March of a plot against churches.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('reads most of one named town taken as an incident, and swathes of a country as background', () => {
    const town =
      'Syrian rebels led by HTS took control of most of Saraqib on Sunday after the army pulled back.';
    expect(events(town, '2024-02-06').map((e) => [e.type, e.country, e.admin1, e.perpetrator])).toEqual([
      ['territory_change', 'SY', 'Idlib', 'HTS'],
    ]);
    const background = 'In 2014 the jihadists seized swathes of Iraq and Syria.';
    expect(events(background, '2024-02-06')).toEqual([]);

    // ground taken in the one assault a claim refers to is part of that assault
    const claimed = [
      'Militants stormed an army camp near Mopti on Monday, killing seven soldiers.',
      'JNIM claimed the assault, saying its fighters had captured several positions.',
    ].join(' ');
    expect(events(claimed, '2024-02-06').map((e) => [e.type, e.perpetrator, e.claimed])).toEqual([
      ['attack', 'JNIM', true],
    ]);
  });

  it('places a second bomb in an unknown quarter in the city told before, as an incident of its own', () => {
    const text = [
      'KABUL - A suicide bomber killed nine people outside a ministry in Kabul on Monday.',
      'A second bomb went off in the Karimabad neighbourhood an hour later, killing two people.',
    ].join('\n\n');
    expect(
      events(text, '2024-05-07').map((e) => [e.type, e.country, e.place, e.locationPrecision, e.fatalities]),
    ).toEqual([
      ['bombing', 'AF', 'Kabul', 'exact', 9],
      ['bombing', 'AF', 'Kabul', 'near', 2],
    ]);
  });

  it('takes the one unit the document blames beside an incident where no unit of the group operates', () => {
    const text = [
      'HAMBURG, Germany - Gunmen killed six people at a railway station in Hamburg on Friday evening, police said. The Islamic State claimed the attack on Saturday.',
      "German officials said the evidence pointed to the group's Afghan affiliate, ISKP.",
    ].join('\n\n');
    expect(events(text, '2025-02-08').map((e) => [e.country, e.perpetrator, e.unit])).toEqual([
      ['DE', 'Islamic State', 'Khorasan Province'],
    ]);
    const inPassing = [
      'HAMBURG, Germany - Gunmen killed six people at a railway station in Hamburg on Friday evening, police said. The Islamic State claimed the attack on Saturday.',
      "Analysts noted that the group's Afghan affiliate, ISKP, has grown more active online.",
    ].join('\n\n');
    expect(events(inPassing, '2025-02-08').map((e) => e.unit)).toEqual([null]);
  });

  it('keeps figures of speech, crime and disease out', () => {
    const text = [
      'In their debate on Tuesday, the two candidates attacked each other over taxes.',
      'An outbreak of plague killed 40 people in the province last month, health officials said.',
      "The company's shares were hit hard on Monday, falling 16% in a day.",
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('keeps a foiled plot apart from an attack in the same month', () => {
    const text =
      'Gunmen killed nine worshippers at a church in Kaduna on 12 April. ' +
      'Earlier in April, police in Abuja said they had foiled a plot by Islamic State sympathisers to bomb a market, arresting four suspects.';
    const found = events(text, '2024-04-20');
    expect(found.map((e) => e.type).sort()).toEqual(['attack', 'plot_foiled']);
    expect(found.find((e) => e.type === 'plot_foiled')).toMatchObject({
      perpetrator: 'Islamic State',
      fatalities: 0,
    });
  });

  it('names the striking state for a strike named after a country, and no one for a joint raid', () => {
    const strike = events(
      'A US drone strike near Jilib on Sunday killed three al-Shabaab militants, officials said.',
      '2024-05-06',
    );
    expect(strike[0]).toMatchObject({
      type: 'airstrike',
      perpetrator: 'Military of United States',
      fatalities: 3,
    });
    const joint = events(
      'Last August, US and Iraqi forces raided a desert camp west of Rutba, killing 15 Islamic State fighters.',
    );
    expect(joint[0]).toMatchObject({ type: 'battle', date: '2023-08', perpetrator: null, fatalities: 15 });
  });

  it('reads that no one claimed an incident, and blame placed by others', () => {
    const [event] = events(
      'Gunmen on motorbikes killed 31 villagers in Tillaberi region on Friday. No group has claimed the killings. The government blamed the Islamic State.',
    );
    expect(event).toMatchObject({ claimed: false, perpetrator: 'Islamic State', country: 'NE' });
  });

  it('reads event-dataset descriptions: no publication date, compound actors, ambiguous numeric dates', () => {
    const [bracketed] = events(
      'On 9 June 2020, Boko Haram (JAS) fighters killed 12 herders near Gubio.',
      null,
    );
    expect(bracketed).toMatchObject({ perpetrator: 'Boko Haram', fatalities: 12, date: '2020-06-09' });
    const [compound] = events(
      'On 20 March 2021, JNIM and/or Islamic State militants abducted six traders near Djibo, Burkina Faso.',
      null,
    );
    expect(compound).toMatchObject({ type: 'abduction', date: '2021-03-20', perpetrator: null });
    const [numeric] = events(
      '11/02/2019: Assailants detonated an explosive device targeting an army patrol in Hajin, Deir ez-Zor, Syria. Two soldiers were killed. Sources attributed the attack to the Islamic State.',
      null,
    );
    expect(numeric).toMatchObject({
      type: 'bombing',
      date: '2019-11-02', // month first, as in the Global Terrorism Database's summaries
      country: 'SY',
      perpetrator: 'Islamic State',
      fatalities: 2,
    });
  });

  it('takes a record\'s "Actor 1:" as the perpetrator, not its "Actor 2:"', () => {
    const record = (date: string, actor1: string, actor2: string, place: string, note: string) =>
      [
        `Event date: ${date}`,
        'Event type: Battles / Armed clash',
        `Actor 1: ${actor1}`,
        `Actor 2: ${actor2}`,
        `Admin1: Borno | Location: ${place}`,
        'Fatalities: 7',
        `Notes: ${note}`,
      ].join('\n');
    const text = [
      'Borno: coded incidents, May 2021',
      record(
        '2 May 2021',
        'Military Forces of Nigeria',
        'Civilians (Nigeria)',
        'Bama',
        'Troops fired on a checkpoint crowd.',
      ),
      record(
        '14 May 2021',
        'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad',
        'Military Forces of Nigeria',
        'Gajiram',
        'Fighters and soldiers clashed outside the town for two hours.',
      ),
    ].join('\n\n');
    const found = events(text, null).find((e) => e.date === '2021-05-14');
    expect(found).toMatchObject({ type: 'battle', perpetrator: 'Boko Haram', fatalities: 7 });
  });

  it("follows a record's type field, its City field and fields run on in one sentence", () => {
    const record = [
      'Summaries of incidents (extract)',
      '',
      'Record KE-0001',
      'Date: 3 June 2019. Country: Kenya. Region: Garissa. City: Garissa.',
      'Attack type: Armed Assault; Hostage Taking (Kidnapping). Target: Educational institution.',
      'Total killed: 5 (including 1 perpetrator). Total wounded: 9.',
      'Summary: Gunmen stormed a college hostel near the Kingston bus park, shot five people and seized three teachers.',
    ].join('\n');
    expect(events(record, null)[0]).toMatchObject({
      type: 'attack',
      country: 'KE',
      place: 'Garissa',
      fatalities: 5,
      injured: 9,
    });
  });

  it("reads a record's sub-type line before its event type line", () => {
    const record = [
      'event_date: 14 May 2021',
      'event_type: Battles',
      'sub_event_type: Armed clash',
      'actor1: Islamic State West Africa Province',
      'admin1: Borno',
      'location: Damboa',
      'fatalities: 9',
      'notes: Militants attacked an army post in Damboa and fought soldiers for two hours.',
    ].join('\n');
    expect(events(record, null)[0]).toMatchObject({ type: 'battle', country: 'NG', fatalities: 9 });
    const civilians = record
      .replace('Battles', 'Violence against civilians')
      .replace('Armed clash', 'Attack')
      .replace('an army post in Damboa and fought soldiers for two hours', 'farmers in Damboa');
    expect(events(civilians, null)[0]).toMatchObject({ type: 'attack' });
  });

  it('dates an undated lead by the publication date after a title, byline and date line, unless it looks back', () => {
    const lead = 'Gunmen killed nine traders in a raid on a market in Maiduguri, officials said.';
    const head = 'Raid in Maiduguri\n\nBy A. Writer\n12 May 2023\n\n';
    expect(events(`${head}${lead}`, '2023-05-12')[0]).toMatchObject({ date: '2023-05-12', fatalities: 9 });
    expect(events(`${head}A year after ${lead.replace('Gunmen', 'gunmen')}`, '2023-05-12')).toEqual([]);
  });

  it("dates an incident by the act, not by mourning, burials or a report: 'Tuesday's raid'", () => {
    const [raid] = events(
      "Families in Maiduguri buried their dead on Thursday, as officials said 19 people had been killed in Tuesday's raid by gunmen on a camp outside the city.",
      '2024-05-16',
    );
    expect(raid).toMatchObject({ date: '2024-05-14', fatalities: 19 });
    const waited = events(
      "Relatives queued outside the morgue in Maiduguri on Thursday, as officials said 19 people had been killed in Tuesday's raid by gunmen.",
      '2024-05-16',
    );
    expect(waited.map((e) => e.date)).toEqual(['2024-05-14']);
    const [camp] = events(
      'Mali began two days of mourning on Sunday after gunmen attacked an army camp in Boulkessi, killing 21 soldiers. The gunmen reached the camp shortly after dawn on Friday.',
      '2024-05-05',
    );
    expect(camp).toMatchObject({ date: '2024-05-03', fatalities: 21, country: 'ML' });
  });

  it('keeps apart two bombings told together when the second is far from the first', () => {
    const found = events(
      'A bomb exploded at a church in Mosul on Sunday, killing 12 people. Hours later, a second bomber blew himself up at a market in Basra, killing 7.',
      '2024-05-06',
    );
    expect(found.map((e) => [e.place, e.fatalities])).toEqual([
      ['Mosul', 12],
      ['Basra', 8], // the bomber counts among the dead
    ]);
  });

  it('tells apart a second incident told in a clause of time in the same sentence', () => {
    const text = [
      'Nigeria said on Sunday its jets had struck an ISWAP camp near Marte in an air strike, three days after a suicide bomber killed 19 worshippers at a mosque in Konduga.',
      "Thursday's bombing at the mosque in Konduga was claimed by ISWAP on Friday.",
    ].join('\n\n');
    const found = events(text, '2024-05-05');
    expect(found.map((e) => [e.type, e.place, e.fatalities])).toEqual([
      ['airstrike', 'Marte', null],
      ['bombing', 'Konduga', 19],
    ]);
    expect(found[1]).toMatchObject({ date: '2024-05-02', perpetrator: 'Islamic State' });
  });

  it('reads the group that did one thing and then the act, and American forces as the United States', () => {
    const [school] = events(
      'On 2 May 2024, ADF militants crossed the river at night and attacked a clinic in Bwera, Uganda.',
    );
    expect(school).toMatchObject({ perpetrator: 'Islamic State', unit: 'Central Africa Province' });
    const [trucks] = events(
      'On 2 May 2024, ISWAP fighters in armoured gun trucks attacked a base in Marte, Borno.',
    );
    expect(trucks).toMatchObject({ perpetrator: 'Islamic State', unit: 'West Africa Province' });
    const [raid] = events('American troops raided a farm near Hasakah on Tuesday, killing two suspects.');
    expect(raid).toMatchObject({ perpetrator: 'Military of United States', country: 'SY' });
  });

  it("reads a group's raid on a village as an attack, and troops' raid on a hideout as a battle", () => {
    expect(
      events('On 2 May 2024, ISWAP militants raided a village in Borno, killing 9 farmers.')[0]?.type,
    ).toBe('attack');
    expect(
      events('On 2 May 2024, troops raided an ISWAP hideout in Borno, killing 9 militants.')[0]?.type,
    ).toBe('battle');
    const taken = events(
      "On 2 May 2024, SDF fighters captured the town of Tabqa from the Islamic State. The loss thwarted the group's plans.",
    );
    expect(taken[0]?.type).toBe('territory_change');
  });

  it('reads the taking of a named place as a territory change, by whoever took it', () => {
    const took = (text: string) => {
      const [e] = events(text, '2024-06-10');
      return e && [e.type, e.date, e.place, e.perpetrator];
    };
    expect(
      took('On Saturday, the Taliban captured Kunduz, the first provincial capital to fall in weeks.'),
    ).toEqual(['territory_change', '2024-06-08', 'Kunduz', 'Taliban']);
    expect(took('Syrian troops entered Palmyra on Sunday, a day after the jihadists pulled out.')).toEqual([
      'territory_change',
      '2024-06-09',
      'Palmyra',
      'Military of Syria',
    ]);
    expect(took('Iraqi forces declared victory in Mosul on 10 July 2017.')).toEqual([
      'territory_change',
      '2017-07-10',
      'Mosul',
      'Military of Iraq',
    ]);
    // The force driven out is not the one that took the place; support from the air is no air strike.
    expect(took('In August 2016, Kurdish-led forces drove the Islamic State out of Manbij.')?.[3]).toBeNull();
    expect(
      took('Somali troops backed by US air strikes recaptured the town of Harardhere on 16 January 2023.'),
    ).toEqual(['territory_change', '2023-01-16', 'Harardhere', 'Military of Somalia']);
    // Taking people or goods, or killing on entering a place, is no territory change.
    expect(took('Soldiers seized weapons and captured two fighters near Gao on Friday.')?.[0]).not.toBe(
      'territory_change',
    );
    expect(took('Gunmen entered the village of Kukawa on Tuesday and killed 12 farmers.')?.[0]).toBe(
      'attack',
    );
  });

  it('reads a place taken after fighting as a territory change, not a battle', () => {
    const text =
      'GAO, Mali — Jihadist fighters of the Islamic State Sahel Province seized the town of Tidermene on Monday after two days of fighting with a rival militia, residents said.';
    expect(events(text).map((e) => [e.type, e.country, e.unit])).toEqual([
      ['territory_change', 'ML', 'Sahel Province'],
    ]);
  });

  it('keeps an attack an attack when troops recapture the place afterwards', () => {
    const [raid] = events(
      'On 3 April 2024, militants attacked the town of Dikwa in Borno, burning the market. Troops took the town back two days later.',
    );
    expect(raid).toMatchObject({ type: 'attack', date: '2024-04-03' });
  });

  it('places an incident where it happened, not where the reporter filed from', () => {
    const [raid] = events(
      'KANO, Nigeria (Meridian Wire) — Gunmen stormed a school in the town of Dapchi on Monday, abducting 40 girls.',
      '2024-05-08',
    );
    expect(raid).toMatchObject({ place: 'Dapchi', admin1: 'Yobe', type: 'abduction' });
    const [ambush] = events(
      'NIAMEY, May 8, 2024 — Militants ambushed a patrol near the village of Wala Tondi on Tuesday, killing nine soldiers.',
      '2024-05-08',
    );
    expect(ambush).toMatchObject({ place: 'Wala Tondi', country: 'NE', fatalities: 9 });
  });

  it("reads blame past a clause that gives the group's record, and a group 'calling itself' a province", () => {
    const found = events(
      'A suicide bomber killed 11 people at a market in Mora, Cameroon, on Sunday. Officials blamed Boko Haram, which has killed thousands in the region since 2014.',
      '2024-05-06',
    );
    expect(found.map((e) => [e.perpetrator, e.fatalities, e.date])).toEqual([
      ['Boko Haram', 11, '2024-05-05'],
    ]);
    const [hotel] = events(
      'Gunmen stormed a hotel in Tripoli on Friday, killing six guests, in an attack claimed by a group calling itself the Tripoli Province of the Islamic State.',
      '2024-05-06',
    );
    expect(hotel).toMatchObject({ perpetrator: 'Islamic State', unit: 'Tripoli Province', claimed: true });
  });

  it('reads stabbings, vehicle rammings and mortar fire as attacks', () => {
    const read = (text: string) =>
      events(text, null).map((e) => [e.type, e.date, e.place, e.fatalities, e.injured]);
    expect(
      read(
        '03/09/2018: An assailant stabbed shoppers in Lyon city, Auvergne-Rhone-Alpes region, France. Four people were injured.',
      ),
    ).toEqual([['attack', '2018-03-09', 'Lyon', null, 4]]);
    expect(read('On 2 June 2019, a man drove a van into a crowd in Marseille, France, killing two.')).toEqual(
      [['attack', '2019-06-02', 'Marseille', 2, null]],
    );
    expect(
      read(
        'On 5 May 2020, militants fired mortars at an army base in Kidal, Mali. No casualties were reported.',
      ),
    ).toEqual([['attack', '2020-05-05', 'Kidal', 0, null]]);
    expect(
      read(
        '06/21/2019: Assailants armed with firearms and explosives attacked a bank in Mombasa city, Mombasa county, Kenya. Three guards were killed when the attackers set off a grenade.',
      ),
    ).toEqual([['attack', '2019-06-21', 'Mombasa', 3, null]]);
  });

  it('tells apart an earlier attack told with its month, and one in another province hours later', () => {
    const found = events(
      'Gunmen stormed a clinic in Kabul on Tuesday, killing 14 people. Two hours later, a bomber killed 9 guests at a wedding in Nangarhar province. In March, fighters of the same group raided a shrine in Kabul and killed 25 pilgrims.',
      '2024-05-15',
    );
    expect(found.map((e) => [e.date, e.admin1, e.fatalities])).toEqual([
      ['2024-05-14', 'Kabul', 14],
      ['2024-05-14', 'Nangarhar', 9],
      ['2024-03', 'Kabul', 25],
    ]);
  });

  it('keeps a later toll with the incident, and no bomb detector or comparison year makes one', () => {
    const [blast] = events(
      'A truck bomb killed 40 people at a market in Baghdad on Sunday, the worst attack in the city since the war began in 2011. Medics said 90 people were wounded, and many were still in hospital on Tuesday. The minister told police to stop relying on handheld bomb detectors.',
      '2024-05-07',
    );
    expect(blast).toMatchObject({ date: '2024-05-05', fatalities: 40, injured: 90 });
    expect(
      events(
        'A truck bomb killed 40 people at a market in Baghdad on Sunday. The minister told police to stop relying on handheld bomb detectors on Tuesday.',
        '2024-05-07',
      ),
    ).toHaveLength(1);
  });

  it('reads a lead that calls its incident one of several as that one incident', () => {
    const [clinic] = events(
      'Gunmen stormed a clinic in Kabul on Tuesday, killing 14 people, in one of three attacks across the country that day.',
      '2024-05-15',
    );
    expect(clinic).toMatchObject({ date: '2024-05-14', place: 'Kabul', fatalities: 14 });
  });

  it("does not date the incident by the dateline's filing date", () => {
    const found = events(
      'NIAMEY, May 9, 2024 — Niger began two days of mourning for 30 soldiers killed when militants overran a camp. The militants struck the camp in the Tillaberi region on Tuesday evening.',
      '2024-05-09',
    );
    expect(found.map((e) => [e.date, e.admin1, e.fatalities])).toEqual([['2024-05-07', 'Tillabéri', 30]]);
  });

  it('keeps apart two dataset notes of one day in two towns of one region', () => {
    const found = events(
      'On 4 May 2021, ISWAP militants attacked a military base in Monguno (Monguno, Borno). 7 fatalities.\n\nOn 4 May 2021, ISWAP militants raided Kuda Kaya village (Gwoza, Borno), killing 5 farmers.',
      null,
    );
    expect(found.map((e) => [e.place, e.fatalities])).toEqual([
      ['Monguno', 7],
      ['Kuda Kaya', 5],
    ]);
  });

  it('takes the date and place of a note from its opening sentence when the act is told next', () => {
    const found = events(
      'On 12 June 2021, ISWAP fighters on pick-up trucks stopped a bus on the road near Damasak (Mobbar, Borno). Nine passengers were killed. The group claimed the killings in a statement on its channels in July 2021.',
      null,
    );
    expect(found.map((e) => [e.date, e.place, e.perpetrator, e.fatalities, e.claimed])).toEqual([
      ['2021-06-12', 'Damasak', 'Islamic State', 9, true],
    ]);
  });

  it('dates the act by the day told before a speaker, but not a toll so told', () => {
    const [attack] = events(
      'Militants opened fire on a police checkpoint near Arish on Saturday, the army said in a statement. Three policemen were killed.',
      '2024-05-06',
    );
    expect(attack).toMatchObject({ date: '2024-05-04', country: 'EG', fatalities: 3 });
    const [bombing] = events(
      'A car bomb exploded at a market in Baquba late on Friday. The death toll rose to at least 31 on Sunday, the health ministry said.',
      '2024-05-06',
    );
    expect(bombing).toMatchObject({ date: '2024-05-03', fatalities: 31 });
  });

  it('dates the act by the day the wording gives it, not by an arrest or a claim', () => {
    const found = events(
      'A man suspected of stabbing four shoppers at a market in the Belgian city of Liege was in custody on Wednesday. He was arrested on Tuesday, a day after the attack on Monday evening. The group claimed the attack on Tuesday.',
      '2024-05-08',
    );
    expect(found.map((e) => [e.date, e.country, e.claimed])).toEqual([['2024-05-06', 'BE', true]]);
  });

  it('dates an act by a date written before it or its possessive day', () => {
    const found = events(
      "Monday's knife and gun attack on a police station in Kano killed three officers. Last Friday, the coalition released a report on a February 9 drone strike outside Mogadishu that killed six herders.",
      '2024-05-08',
    );
    expect(found.map((e) => [e.date, e.country, e.type])).toEqual([
      ['2024-05-06', 'NG', 'attack'],
      ['2024-02-09', 'SO', 'airstrike'],
    ]);
  });

  it('tells apart an earlier incident recalled with a month of last year', () => {
    const found = events(
      'A suicide bomber killed 18 people at a wedding hall in Kirkuk on Sunday, the deadliest attack in the city since 2014 in April last year, when a car bomb killed 40 people at a market.',
      '2024-05-08',
    );
    expect(found.map((e) => [e.date, e.fatalities])).toEqual([
      ['2024-05-05', 18],
      ['2023-04', 40],
    ]);
  });

  it('dates a siege by the day it began and keeps its later days in it', () => {
    const found = events(
      [
        'Troops ended a siege of a guesthouse in Kismayo late on Monday, a day and a half after al-Shabaab gunmen stormed it; 14 people were killed.',
        'The assault began on Sunday afternoon when a suicide bomber rammed the gate. The gunmen then held the top floor for much of Monday.',
        'It was the first large attack in the port since the president took office in March, vowing to crush the group.',
        'The group has killed thousands of people across the region.',
      ].join('\n\n'),
      '2024-05-07',
    );
    expect(found.map((e) => [e.date, e.perpetrator, e.fatalities])).toEqual([
      ['2024-05-05', 'al-Shabaab', 14],
    ]);
  });

  it('does not date an incident by the day its dead were being buried', () => {
    const found = events(
      'Villagers in northern Mali were burying their dead on Thursday after gunmen raided the village of Tinbarat. The attackers struck on Tuesday night, killing 31 people.',
      '2024-05-10',
    );
    expect(found.map((e) => [e.date, e.fatalities])).toEqual([['2024-05-07', 31]]);
  });

  it('does not tell an incident apart from its lead by the dateline town', () => {
    const found = events(
      [
        "KANO (Sahel Wire) — Nigeria began burying on Friday the troops killed in this week's assault on an army base, after ISWAP said its fighters had carried out the raid.",
        'Scores of gunmen on motorbikes hit the base near Damboa in Borno state on Tuesday, killing 23 soldiers.',
      ].join('\n\n'),
      '2024-05-10',
    );
    expect(found.map((e) => [e.date, e.admin1, e.fatalities])).toEqual([['2024-05-07', 'Borno', 23]]);
  });

  it('does not place an incident in the country it is said to be outside of', () => {
    const found = events(
      'Outside Nigeria, the faction carried out its deadliest raid in March 2019 on a market in northern Cameroon, where gunmen killed 21 people.',
      '2024-05-07',
    );
    expect(found.map((e) => [e.country, e.date, e.fatalities])).toEqual([['CM', '2019-03', 21]]);
    const near = events(
      'On 2 May 2024 gunmen attacked a customs post near the borders with Niger and Burkina Faso (Tanguieta, Atakora), killing four officers.',
    );
    expect(near.map((e) => [e.country, e.admin1])).toEqual([['BJ', 'Atakora']]);
  });

  it('puts a place the gazetteer does not know in the region the document names nearest before it', () => {
    const lead =
      "Puntland troops have pushed deeper into the mountains of Somalia's Bari region this winter.";
    const act = 'On 3 March 2024 militants attacked an army post at Qoorlugud, killing six soldiers.';
    const [unknown] = events(`${lead}\n\n${act}`, '2024-03-10');
    expect([unknown?.admin1, unknown?.locationPrecision]).toEqual(['Bari', 'admin1']);
    // no unknown place named: the region is not guessed
    const [plain] = events(`${lead}\n\n${act.replace(' at Qoorlugud', '')}`, '2024-03-10');
    expect(plain?.admin1).toBeNull();
    // places added to the gazetteer: a Lake Chad army base and a Damascus district
    const [lac] = events('On 3 March 2024 jihadists overran the army camp at Bohoma, killing 12 soldiers.');
    expect([lac?.country, lac?.admin1, lac?.place]).toEqual(['TD', 'Lac', 'Bohoma']);
    const [dweila] = events('On 3 March 2024 a bomber struck a church in the Dweila district of Damascus.');
    expect([dweila?.country, dweila?.admin1]).toEqual(['SY', 'Damascus Governorate']);
  });

  it('reads a strike announced by a US command as an air strike, and not "one of its strikes" as a victim', () => {
    const [strike] = events(
      'On Tuesday, US Africa Command said one of its strikes had killed seven al-Shabaab fighters near Jamaame, in southern Somalia.',
      '2024-05-09',
    );
    expect(strike).toMatchObject({ type: 'airstrike', date: '2024-05-07', country: 'SO', fatalities: 7 });
  });

  it('does not date an incident from the clock when the document has no date', () => {
    expect(events('Gunmen killed four farmers on Friday in a village near Gao.', null)).toEqual([]);
  });

  it("takes a dataset record's coded toll as the total, not adding the attackers its note counts", () => {
    const record = [
      'event_date: 12 March 2022',
      'country: Niger',
      'location: Ayorou',
      'fatalities: 11',
      'notes: Militants attacked a police post in Ayorou; eight officers and three attackers were killed.',
    ].join('\n');
    expect(events(record, null)).toMatchObject([{ date: '2022-03-12', country: 'NE', fatalities: 11 }]);
  });
});
