import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

const read = (text: string, published = '2024-03-10') =>
  extractEvents(text, published).map((e) => ({
    type: e.type,
    date: e.date,
    perpetrator: e.perpetrator,
    fatalities: e.fatalities,
    claimed: e.claimed,
  }));

describe('who did it, told by officials, outlets and investigators', () => {
  it('gives "the group" that claimed to the group that acted, not to the force it ambushed', () => {
    expect(
      read(
        'On 6 March, IS fighters ambushed an SDF convoy near Hajin in Syria, killing four. The group claimed the ambush a day later.',
      ),
    ).toMatchObject([{ perpetrator: 'Islamic State', claimed: true }]);
  });

  it('reads blame in the present tense and "suspicion fell on"', () => {
    expect(
      read('A bomb killed six traders at a market in Bama, Nigeria, on Friday. Police blame Boko Haram.'),
    ).toMatchObject([{ perpetrator: 'Boko Haram' }]);
    expect(
      read(
        'Gunmen killed twelve villagers near Kidal in Mali on Friday. Suspicion fell quickly on JNIM, which is active in the area.',
      ),
    ).toMatchObject([{ perpetrator: 'JNIM' }]);
  });

  it("reads blame on a group's affiliate and on its cells 'operating from' somewhere", () => {
    expect(
      read(
        "Gunmen killed nine worshippers at a shrine near Arish in Egypt on Friday. No group claimed it. Suspicion fell on the Islamic State's local affiliate.",
      ),
    ).toMatchObject([{ perpetrator: 'Islamic State', claimed: false }]);
    expect(
      read(
        'Gunmen killed two farmers near Hawija in Iraq on Friday. Officials said Daesh cells operating from the valley were behind the killings.',
      ),
    ).toMatchObject([{ perpetrator: 'Islamic State' }]);
  });

  it("reads a claim an outlet 'published' for the attack", () => {
    expect(
      read(
        'Militants attacked an army post near Tuz Khurmatu in Iraq on Friday, killing three soldiers. The Islamic State has published a claim for the attack.',
      ),
    ).toMatchObject([{ perpetrator: 'Islamic State', claimed: true }]);
  });

  it("reads an air strike by a country's F-16s", () => {
    expect(
      read('On 8 March, Iraqi F-16s struck a cave used by militants in the Makhmour hills, killing four.'),
    ).toMatchObject([{ type: 'airstrike', perpetrator: 'Military of Iraq', fatalities: 4 }]);
  });
});

describe('tolls in translated and official wording', () => {
  it('reads a toll that "has grown up to" a number and attackers "liquidated"', () => {
    expect(
      read(
        'The number of victims of the attack on the police post in Nazran, Russia, on Friday has grown up to 9 persons. Three of the attackers were liquidated.',
      ),
    ).toMatchObject([{ fatalities: 12 }]);
  });
});

describe('court reports and the doers of past acts', () => {
  it('dates the act, not the verdict, and tells no act of the gunman being jailed', () => {
    expect(
      read(
        'Three men were convicted on Tuesday of helping the gunman who killed five people in Graz, Austria, in March 2021.\n\nThe gunman had been jailed in 2018 for trying to travel to Iraq.',
        '2024-03-06',
      ),
    ).toMatchObject([{ date: '2021-03' }]);
  });
});

describe('tolls on live pages and lone attackers', () => {
  it('takes the toll a live page now gives in its newest entry, above the older ones', () => {
    expect(
      read(
        'UPDATE, Sunday 10 March, 08:00\nMedics now put the toll at 14 dead.\n\n17:30\nThe toll stands at nine dead.\n\n16:05\nA bomb exploded at a bus station in Kano, Nigeria, this afternoon.',
        '2024-03-09',
      ),
    ).toMatchObject([{ type: 'bombing', date: '2024-03-09', fatalities: 14 }]);
  });

  it('adds victims who "also died" or "also lost their lives" later in the same sentence', () => {
    expect(
      read(
        'A bomb at a checkpoint in Kandahar, Afghanistan, on Friday killed nine civilians, while two guards also lost their lives.',
      ),
    ).toMatchObject([{ fatalities: 11 }]);
    expect(
      read(
        'Gunmen stormed a jail in Bauchi, Nigeria, on Friday; one warder was killed, while three inmates also died.',
      ),
    ).toMatchObject([{ fatalities: 4 }]);
  });

  it('adds a lone attacker shot dead by police to the people he killed', () => {
    expect(
      read(
        'On 8 March a man armed with a knife attacked shoppers at a market in Lyon, France. He killed three people and wounded five before officers shot him dead.',
      ),
    ).toMatchObject([{ fatalities: 4 }]);
  });
});
