import { describe, expect, it } from 'vitest';
import { findPlaces } from './find-places.js';

const names = (text: string, countries?: string[]) =>
  findPlaces(text, countries ? { countries } : {}).map((m) => `${m.text}=${m.place.name}/${m.place.country}`);

const only = (text: string, countries?: string[]) => {
  const found = findPlaces(text, countries ? { countries } : {});
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findPlaces: transliterations', () => {
  it('reads the spellings of one town as that town', () => {
    for (const spelling of ['Hasakah', 'al-Hasakah', 'Hassakeh', 'Hasaka', 'Al-Hasakeh']) {
      const m = only(`A curfew was declared in ${spelling} after the prison riot.`);
      expect(m.place).toMatchObject({ name: 'Al-Hasakah', country: 'SY', kind: 'city' });
      expect(m.text.toLowerCase()).toContain(spelling.replace(/^al-/, '').toLowerCase());
    }
  });

  it('knows Deir ez-Zor, Raqqa and Baghuz under their usual spellings', () => {
    expect(only('Shelling hit Deir al-Zour overnight.').place.name).toBe('Deir ez-Zor');
    expect(only('Shelling hit Dayr az-Zawr overnight.').place.name).toBe('Deir ez-Zor');
    expect(only('They fled to Ar-Raqqah in 2017.').place.name).toBe('Raqqa');
    const baghuz = only('The last pocket at Al-Baghuz Fawqani fell in March 2019.');
    expect(baghuz.place).toMatchObject({ name: 'Baghuz', country: 'SY', admin1: 'Deir ez-Zor' });
    expect(only('Families left Baghouz by truck.').place.name).toBe('Baghuz');
  });

  it('knows regions under their other names', () => {
    expect(only('Raids continued across Ninawa.').place).toMatchObject({ name: 'Nineveh', kind: 'admin1' });
    const saladin = only('Gunmen struck a checkpoint in Saladin province.');
    expect(saladin.place).toMatchObject({ name: 'Salahuddin', country: 'IQ', kind: 'admin1' });
    expect(saladin.text).toBe('Saladin province');
    expect(only('Troops deployed to Tillaberi region.').place).toMatchObject({
      name: 'Tillabéri',
      country: 'NE',
    });
  });
});

describe('findPlaces: disambiguation', () => {
  it('reads Tripoli in the light of the document', () => {
    expect(only('Clashes broke out in Tripoli.', ['LB']).place.country).toBe('LB');
    expect(only('Clashes broke out in Tripoli.', ['LY']).place.country).toBe('LY');
    const bare = only('Clashes broke out in Tripoli.', []);
    expect(bare.place.country).toBe('LY');
    expect(bare.alternatives.map((p) => p.country)).toContain('LB');
  });

  it('takes Homs for the Syrian city unless the document is about Libya', () => {
    expect(only('A car bomb exploded in Homs.').place.country).toBe('SY');
    expect(only('A car bomb exploded in Homs.', ['LY']).place).toMatchObject({
      name: 'Al-Khums',
      country: 'LY',
    });
  });

  it('lets a following region or country narrow a name down', () => {
    const [kerman, iran] = findPlaces('Twin blasts struck Kerman, Iran, during a memorial.');
    expect(kerman!.place).toMatchObject({ name: 'Kerman', country: 'IR' });
    expect(iran!.place).toMatchObject({ name: 'Iran', kind: 'country' });
  });

  it('reads the countries of the whole text when no context is given', () => {
    const found = findPlaces('Lebanese troops deployed in Tripoli after the clashes.');
    expect(found.map((m) => m.place.country)).toEqual(['LB']);
  });
});

describe('findPlaces: words that are not places here', () => {
  it('skips common English words that are also town names', () => {
    expect(
      names('Most residents left. Police said Mobile teams were Reading the reports along the road.'),
    ).toEqual([]);
    expect(names('Of the fighters killed on Friday in March, most were local.')).toEqual([]);
    expect(names('The Abbey Road studio and the Hospital Board met.')).toEqual([]);
  });

  it('still finds such a town after "in" in a document about its country', () => {
    expect(names('Three people were stabbed in Reading, England.')).toEqual([
      'Reading=Reading/GB',
      'England=England/GB',
    ]);
  });

  it('does not read a place inside a person’s name', () => {
    expect(names('Michael Jordan visited Amman on Tuesday.')).toEqual(['Amman=Amman/JO']);
    expect(names('Imran Khan spoke in Lahore.')).toEqual(['Lahore=Lahore/PK']);
    expect(names('King Abdullah of Jordan met the envoy.')).toEqual(['Jordan=Jordan/JO']);
  });

  it('reads two countries joined by a hyphen as two countries, not a double-barrelled name', () => {
    expect(names('The convoy was ambushed near the Iraq-Syria border.')).toEqual([
      'Iraq=Iraq/IQ',
      'Syria=Syria/SY',
    ]);
  });

  it('does not read the last word of an institution’s name as a town of that name', () => {
    expect(names('Officials at Ohio State University in the United States condemned the attack.')).toEqual([
      'Ohio State=Ohio/US',
      'United States=United States/US',
    ]);
  });

  it('does not read a place inside an actor’s name', () => {
    expect(names('The Islamic State Khorasan Province claimed the attack in Kabul.')).toEqual([
      'Kabul=Kabul/AF',
    ]);
    expect(names('Sinai Province fighters ambushed a patrol near Arish.')).toEqual(['Arish=Arish/EG']);
    expect(names('The Islamic State said its fighters did it.')).toEqual([]);
  });

  it('accepts lower-case Arabic articles before a capitalised name only', () => {
    expect(names('Fighting near al-Bab and as-Sukhnah continued.')).toEqual([
      'al-Bab=Al-Bab/SY',
      'as-Sukhnah=Sukhnah/SY',
    ]);
    expect(names('the homs of the city')).toEqual([]);
  });

  it('skips newspapers and months that contain or are place names', () => {
    expect(names('The New York Times reported it in May.')).toEqual([]);
  });

  it('skips a town name that is part of an address', () => {
    expect(names('The hotel at 14 Riverside Drive was stormed.', ['US'])).toEqual([]);
  });

  it('prefers a town of the document’s country the aliases file adds over a larger one abroad', () => {
    expect(only('Insurgents overran Palma last week.', ['MZ']).place).toMatchObject({
      name: 'Palma',
      country: 'MZ',
    });
  });
});

describe('findPlaces: precision', () => {
  it('tells a place from a spot near it', () => {
    expect(only('A roadside bomb exploded near the town of Hit.', ['IQ']).precision).toBe('near');
    expect(only('A roadside bomb exploded outside Tikrit.').precision).toBe('near');
    expect(only('A roadside bomb exploded on the outskirts of Kirkuk.').precision).toBe('near');
    expect(only('A roadside bomb exploded 30 km south of Mosul.').precision).toBe('near');
    expect(only('A roadside bomb exploded in the Raqqa countryside.').precision).toBe('near');
    expect(only('A roadside bomb exploded in Tikrit.').precision).toBe('exact');
    expect(only('A roadside bomb exploded close to Samarra.').precision).toBe('near');
    expect(only('A roadside bomb exploded on the road to Baiji.').precision).toBe('near');
    expect(only('A roadside bomb exploded 20 kilometres (12 miles) north-east of Baqubah.').precision).toBe(
      'near',
    );
    expect(only('A roadside bomb exploded in the city of Ramadi.').precision).toBe('exact');
  });

  it('gives admin1 for a region and country for a country', () => {
    expect(only('Attacks rose in Diyala province.').precision).toBe('admin1');
    expect(only('Attacks rose in Borno State.').precision).toBe('admin1');
    expect(only('Attacks rose in Mozambique.').precision).toBe('country');
    expect(only('Gunmen kidnapped workers in Delta State.').place).toMatchObject({
      name: 'Delta',
      kind: 'admin1',
      country: 'NG',
    });
    expect(names('Western diplomats met Central bank officials in the East.')).toEqual([]);
  });

  it('prefers the region when the text says "province" and the city when it says "city"', () => {
    expect(only('Fighting spread across Idlib province.').place.kind).toBe('admin1');
    expect(only('Fighting reached Idlib city.').place.kind).toBe('city');
  });
});

describe('findPlaces: admin1 and unknown towns', () => {
  it('fills the first-level region of a city', () => {
    expect(only('Gunmen attacked a bus in Maiduguri.').place).toMatchObject({
      country: 'NG',
      admin1: 'Borno',
    });
    expect(only('Gunmen attacked a market in Tal Afar.').place).toMatchObject({
      name: 'Tal Afar',
      admin1: 'Nineveh',
    });
    expect(only('A drone hit a depot in Qamishli.').place).toMatchObject({ admin1: 'Al-Hasakah' });
  });

  it('reports a town the gazetteer lacks when the text places it in a region', () => {
    const [town, region] = findPlaces('Militants raided the village of Umm Qasr Zghayr in Hasakah province.');
    expect(town!.place).toMatchObject({
      name: 'Umm Qasr Zghayr',
      country: 'SY',
      admin1: 'Al-Hasakah',
      lat: null,
    });
    expect(town!.precision).toBe('exact');
    expect(region!.place.kind).toBe('admin1');
  });

  it('reads a town the gazetteer lacks between "in" and ", X province"', () => {
    const [town, region] = findPlaces('The leader was killed in Kafr Example, Idlib province, in a raid.');
    expect(town!.place).toMatchObject({ name: 'Kafr Example', country: 'SY', admin1: 'Idlib', lat: null });
    expect(region!.place).toMatchObject({ name: 'Idlib', kind: 'admin1' });
    expect(names('He arrived in March, Idlib province said.')).toEqual(['Idlib province=Idlib/SY']);
    expect(names('It happened in Qwerty, Syria.')).toEqual(['Syria=Syria/SY']);
  });

  it('finds sites with their city', () => {
    const m = only("Detainees rioted in al-Sina'a prison on Thursday night.");
    expect(m.place).toMatchObject({
      name: 'Ghwayran prison',
      kind: 'site',
      city: 'Al-Hasakah',
      admin1: 'Al-Hasakah',
    });
    expect(m.precision).toBe('exact');
  });

  it('gives each mention offsets into the text', () => {
    const text = 'Troops left Mosul for Erbil.';
    for (const m of findPlaces(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findPlaces: places named as event datasets name them', () => {
  it('settles a town and its region from the districts and region in brackets after it', () => {
    const found = findPlaces('Gunmen abducted four traders near Djibo (Soum, Sahel).');
    expect(found.map((m) => [m.text, m.place.kind, m.place.country, m.place.admin1])).toEqual([
      ['Djibo', 'city', 'BF', 'Sahel'],
      ['Sahel', 'admin1', 'BF', 'Sahel'],
    ]);
  });

  it('reports a town the gazetteer lacks with the region in brackets after it', () => {
    const [town] = findPlaces('Fighters burned huts at Mbiya Kura (Konduga, Borno) overnight.');
    expect(town).toMatchObject({ text: 'Mbiya Kura', precision: 'exact' });
    expect(town!.place).toMatchObject({ country: 'NG', admin1: 'Borno', lat: null });
    expect(findPlaces('Fighters of Boko Haram (JAS) burned huts.').map((m) => m.text)).toEqual([]);
  });

  it('reads the bracketed region as a region even when the town before it is unknown or unnamed', () => {
    const found = findPlaces('A patrol was hit at Wendkouni (Seno, Sahel) at dawn.');
    expect(found[0]).toMatchObject({ text: 'Wendkouni', place: { country: 'BF', admin1: 'Sahel' } });
    expect(found.at(-1)!.place).toMatchObject({ name: 'Sahel', kind: 'admin1', country: 'BF' });
    const onRoad = findPlaces('A lorry hit a mine on the track linking the two villages (Seno, Sahel).');
    expect(onRoad.at(-1)!.place).toMatchObject({ name: 'Sahel', kind: 'admin1', country: 'BF' });
  });

  it('lets a country with a direction qualify a town the gazetteer lacks', () => {
    const [town] = findPlaces('Troops held the town of Tassia in eastern Niger for a day.');
    expect(town).toMatchObject({ text: 'Tassia', place: { country: 'NE', kind: 'city' } });
  });
});

describe('findPlaces: a quarter of a city', () => {
  it('drops a quarter named like a town of another country and keeps the city it is in', () => {
    const found = findPlaces('A bomb hit a cafe in the Medina quarter of Tunis on Friday.');
    expect(found.map((p) => [p.text, p.place.country])).toEqual([['Tunis', 'TN']]);
  });
});

describe('findPlaces: a capital named by its country', () => {
  it('reads "the Somali capital" and "Iraq\'s capital" as those capitals', () => {
    expect(names('A car bomb went off in the Somali capital on Sunday.')).toEqual([
      'the Somali capital=Mogadishu/SO',
    ]);
    expect(names("Rockets fell on Iraq's capital overnight.")).toContain("Iraq's capital=Baghdad/IQ");
    expect(names('the Nigerian capital of the region')).toEqual(['the Nigerian capital=Abuja/NG']);
  });
});
