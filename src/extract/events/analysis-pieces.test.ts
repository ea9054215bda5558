import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

/** Incidents as an essay or an analysis refers to them: named by month or year, in passing, in lists. */
const events = (text: string, published: string | null = '2025-03-10') =>
  extractEvents(text, published).map((e) => [e.type, e.date, e.country, e.place ?? e.admin1]);

describe('incidents in analysis pieces', () => {
  it('reads a share of a counted total as the total, not as an incident', () => {
    const text = [
      'Officials say the group claimed 210 attacks in the first half of the year.',
      'Most of those attacks took place in the desert around Palmyra, where small cells ambush army patrols.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('reads raids over two years and most of a year’s plots as a record, not as incidents', () => {
    const text = [
      'Raids on hideouts in Bama and Gwoza in Borno through 2022 and 2023 killed a dozen commanders.',
      'Most of the Nigerian plots of 2024 were foiled by police in Abuja before anyone was hurt.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('reads a year of strikes, a comparison of tolls and months of riots as a record, not as incidents', () => {
    const text = [
      'The air force has struck rebel camps in the Sambisa forest repeatedly this year, officials in Maiduguri say.',
      'The faction has killed more villagers in the Diffa region of Niger and the Lake Chad islands than any other armed group over the past four years.',
      'The riots that shook Kano from November 2023 to early 2024, when dozens of protesters were killed, distracted the police.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('reads an act named by its month and year as an incident of that month', () => {
    const text = [
      'Gunmen killed nine worshippers at a mosque in Zaria on 2 March 2025.',
      'The movement also has a habit of freeing its men: the March 2021 raid on the prison in Kaduna let dozens of detained fighters walk out.',
    ].join(' ');
    expect(events(text)).toEqual([
      ['attack', '2025-03-02', 'NG', 'Zaria'],
      ['prison_break', '2021-03', 'NG', 'Kaduna'],
    ]);
  });

  it('takes "In May" for the month, not for a possibility', () => {
    const text = [
      'The insurgents have changed their tactics since they lost the coast.',
      'In May they staged their largest raid in two years, overrunning parts of Pemba for a day and looting shops.',
    ].join(' ');
    expect(events(text, '2024-08-01').map((e) => e.slice(1))).toEqual([['2024-05', 'MZ', 'Pemba']]);
  });

  it('places a town entered by troops where they entered, not where people watched', () => {
    const text =
      'When government troops marched back into the coastal town of Palma in April 2021, families who had fled to Pemba began to plan their return.';
    expect(events(text)).toEqual([['territory_change', '2021-04', 'MZ', 'Palma']]);
  });

  it('dates an anniversary told as "years ago today" to that day', () => {
    const text =
      'Eight years ago today, Iraqi forces raised their flag over Mosul after a nine-month battle.';
    expect(events(text, '2025-07-10')).toEqual([['territory_change', '2017-07-10', 'IQ', 'Mosul']]);
  });

  it('picks an incident out of a total when it has a date of its own', () => {
    const text =
      'Militias have fired more than a hundred rockets and drones at the bases since the autumn, including the drone strike on the al-Tanf garrison in January that killed three soldiers.';
    expect(events(text, '2024-07-01')).toEqual([['airstrike', '2024-01', 'SY', 'Al-Tanf']]);
  });

  it('tells apart an undated lead and an old incident picked out after it', () => {
    const text = [
      'The insurgents have turned the coast into a war zone.',
      'From their base they launched raids along the shore, including the June assault on the port of Mocímboa da Praia, in which dozens died.',
    ].join(' ');
    expect(events(text, '2020-12-01')).toContainEqual(['attack', '2020-06', 'MZ', 'Mocímboa da Praia']);
  });

  it('knows the parks and districts where Sahel and Mozambique attacks are reported', () => {
    expect(
      events('Jihadists ambushed an army patrol near Park W in January 2025, killing 28 soldiers.'),
    ).toEqual([['attack', '2025-01', 'BJ', 'W National Park']]);
    expect(
      events('In February 2024 insurgents pushed south into Chiure district, torching homes and a clinic.'),
    ).toEqual([['attack', '2024-02', 'MZ', 'Chiure']]);
  });

  it('reads a long fight, a practice begun and a founding date as background', () => {
    const text = [
      'The militia broke with the movement in 2016 and has spent years fighting it in the hills of Hama.',
      'The killings went on until 2020, when the group began to claim its attacks in the province.',
      'Its cells are strongest in Diyala, the province where the faction was founded in 2012.',
      'Its men have long fought the army in the marshes near Basra.',
      'Since 2023 the army has been fighting the cells in the desert west of Palmyra.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('dates an incident named at the opening of a sentence with "since"', () => {
    const text =
      'Since the Kerman bombings last January, officials have warned that the province could be hit again.';
    expect(events(text)).toEqual([['bombing', '2025-01', 'IR', 'Kerman']]);
  });

  it('reads abilities and struggles to come as no incident, and a long "since" clause as a yardstick', () => {
    const text = [
      'The movement has shrunk to a few hundred men, able to plant the occasional mine but little more.',
      'Once the volunteers go home, the army may struggle to hold the villages it retook.',
      'For the first time since the rebels were pushed out of the city of Gao in 2013, the army is winning.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });

  it('reads a massacre as armed violence even with no armed word beside it', () => {
    const text =
      'Its men have struck schools before: the massacre of 30 pupils at a school in Beni in May 2023 shocked the country.';
    expect(events(text)).toEqual([['attack', '2023-05', 'CD', 'Beni']]);
  });

  it('reads "the deadliest attacks of the year" as several incidents told together', () => {
    const text =
      'Last year the branch carried out the bloodiest attacks of the year outside the war zones, in Pakistan and in Turkey.';
    expect(events(text)).toEqual([]);
  });

  it('reads summaries over years, rates, repetition, trends and unconfirmed reports as no incident', () => {
    const text = [
      'Government troops retook the valley in 2019 and 2020 after long sieges.',
      'Officials recorded a handful of ambushes a week along the road to Tal Afar.',
      'Checkpoints around Menaka were attacked repeatedly last year.',
      'The movement now kills more civilians in more districts than three years ago.',
      'Analysts expect its raids on police stations in Cabo Delgado to keep growing.',
      'The joint operation launched in May 2022 has destroyed dozens of rebel camps in North Kivu.',
      'The police have raided their safe houses in Peshawar and Quetta.',
      'Rumours in 2022 that the emir had been killed near Idlib were never confirmed.',
    ];
    for (const sentence of text) expect(events(sentence), sentence).toEqual([]);
  });

  it('still finds a dated incident told beside a summary', () => {
    const text = [
      'The militants overran army posts in 2023 and 2024, taking their weapons.',
      'On 4 June 2024 they attacked the base at Damasak, killing 12 soldiers.',
    ].join(' ');
    expect(events(text)).toEqual([['attack', '2024-06-04', 'NG', 'Damasak']]);
  });

  it('finds an incident named in passing before what the sentence says of the present', () => {
    const text =
      'The faction that carried out the bombing of a bus station in Maiduguri on 3 May 2023 now collects taxes in the villages and stages a few raids a month.';
    expect(events(text)).toEqual([['bombing', '2023-05-03', 'NG', 'Maiduguri']]);
  });

  it("places an incident near a border in the country that lost it, and knows Somalia's member states", () => {
    expect(
      events('Benin lost 12 soldiers in an ambush near the Burkina Faso border on 3 February 2025.'),
    ).toEqual([['attack', '2025-02-03', 'BJ', null]]);
    expect(
      events('Al-Shabaab fighters overran a militia camp in Hirshabelle on 9 June 2024, killing six guards.'),
    ).toEqual([['attack', '2024-06-09', 'SO', 'Hirshabelle']]);
  });

  it('dates an act named after "not … since" by its own date', () => {
    expect(
      events('The branch has not struck in Europe since the bombing at the Brussels airport in March 2016.'),
    ).toEqual([['bombing', '2016-03', 'BE', 'Brussels Airport']]);
  });

  it('keeps the date of a later clause with no act of its own away from the act before it', () => {
    expect(
      events(
        'The emir was killed in a US drone strike near Kismayo in mid-2021, and his deputy died in May 2023 of a fever.',
      ),
    ).toEqual([['airstrike', '2021', 'SO', 'Kismayo']]);
  });

  it("reads a group's acts of a whole year as a total", () => {
    expect(
      events("Boko Haram's attacks in 2023 were concentrated in the villages around Lake Chad."),
    ).toEqual([]);
  });

  it("places a foreign state's unplaced strike in the country the piece is about, not at home", () => {
    const text = [
      'A man who trained with al-Shabaab drove a truck into a crowd in Chicago on 4 May 2023, killing three.',
      'Al-Shabaab still holds much of the Juba valley in Somalia. The Somali army has made little progress, and officials in Somalia admit the group taxes farmers across southern Somalia. Its former emir, Ahmed Godane, was killed in a US drone strike in 2014.',
    ].join('\n\n');
    expect(events(text)).toEqual([
      ['attack', '2023-05-04', 'US', 'Chicago'],
      ['airstrike', '2014', 'SO', null],
    ]);
  });

  it('reads the weekday of a dated act as that day, not the last such day before publication', () => {
    // 9 February 2025 was a Sunday
    const text =
      'On 9 February 2025, a suicide bomber struck a church in Homs during Sunday mass, killing 11 worshippers.';
    expect(events(text)).toEqual([['bombing', '2025-02-09', 'SY', 'Homs']]);
  });

  it("reads an act picked out of a group's record as that group's, in the country it names", () => {
    const text = [
      'Every ambush in the Gao region of Mali or the Dosso region of Niger brings warnings about the group.',
      "Its second weakness is its conduct. The group's massacres, including the killing of 30 villagers at a market in Tamou in Niger's Tillabéri region on 4 January 2025, have repelled many of the clans it courted.",
    ].join('\n\n');
    expect(extractEvents(text, '2025-03-10')).toMatchObject([
      { type: 'attack', date: '2025-01-04', country: 'NE', admin1: 'Tillabéri', fatalities: 30 },
    ]);
  });

  it('reads soldiers killed "in attacks on" two posts as a toll, not a count of attacks', () => {
    expect(
      events(
        "On 8 January 2025, the group killed 28 soldiers in attacks on two army posts in northern Togo's Savanes region, the deadliest attack on Togo's army to date.",
      ),
    ).toEqual([['attack', '2025-01-08', 'TG', 'Savanes']]);
  });

  it('reads the pattern, reach or risk of attacks, a capability and a record count as no incident', () => {
    const text = [
      'Look at the pattern of attacks since the rains ended.',
      'The branch is stronger today than at any time since 2019, in money, men and the reach of its raids.',
      'It remains capable of killing a few soldiers at a time in the hills of Cabo Delgado.',
      'We judge that the risk of attacks in Kenya and Tanzania will keep rising over the next year.',
      'The faction killed more civilians in 2023 than any other armed group in Mozambique.',
    ].join('\n\n');
    expect(events(text)).toEqual([]);
  });
});
