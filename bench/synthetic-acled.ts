import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
  'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

interface Theatre {
  country: string;
  iso: number;
  code: string;
  region: string;
  lat: number;
  lon: number;
  admin1: string[];
  groups: string[];
}

const THEATRES: Theatre[] = [
  {
    country: 'Nigeria',
    iso: 566,
    code: 'NIG',
    region: 'Western Africa',
    lat: 11.8,
    lon: 13.1,
    admin1: ['Borno', 'Yobe', 'Adamawa', 'Zamfara', 'Kaduna'],
    groups: [
      'Islamic State (West Africa)',
      'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad',
      'Unidentified Armed Group (Nigeria)',
    ],
  },
  {
    country: 'Niger',
    iso: 562,
    code: 'NER',
    region: 'Western Africa',
    lat: 13.5,
    lon: 2.1,
    admin1: ['Diffa', 'Tillaberi', 'Tahoua'],
    groups: [
      'Islamic State (West Africa)',
      'Islamic State (Greater Sahara)',
      'JNIM: Group for Support of Islam and Muslims',
    ],
  },
  {
    country: 'Mali',
    iso: 466,
    code: 'MLI',
    region: 'Western Africa',
    lat: 15.9,
    lon: 2.4,
    admin1: ['Menaka', 'Gao', 'Mopti', 'Timbuktu'],
    groups: [
      'Islamic State (Greater Sahara)',
      'JNIM: Group for Support of Islam and Muslims',
      'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)',
    ],
  },
  {
    country: 'Burkina Faso',
    iso: 854,
    code: 'BFO',
    region: 'Western Africa',
    lat: 14.0,
    lon: -0.5,
    admin1: ['Sahel', 'Est', 'Centre-Nord', 'Boucle du Mouhoun'],
    groups: [
      'Islamic State Sahel Province',
      'JNIM: Group for Support of Islam and Muslims',
      'Unidentified Armed Group (Burkina Faso)',
    ],
  },
  {
    country: 'Somalia',
    iso: 706,
    code: 'SOM',
    region: 'Eastern Africa',
    lat: 10.5,
    lon: 49.2,
    admin1: ['Bari', 'Banadir', 'Lower Shabelle', 'Bay'],
    groups: ['Islamic State Somalia Province', 'Al Shabaab'],
  },
  {
    country: 'Mozambique',
    iso: 508,
    code: 'MZM',
    region: 'Southern Africa',
    lat: -11.3,
    lon: 40.3,
    admin1: ['Cabo Delgado', 'Niassa'],
    groups: ['Islamic State (Mozambique)', 'Unidentified Armed Group (Mozambique)'],
  },
  {
    country: 'Democratic Republic of Congo',
    iso: 180,
    code: 'DRC',
    region: 'Middle Africa',
    lat: 0.5,
    lon: 29.5,
    admin1: ['North Kivu', 'Ituri'],
    groups: [
      'Islamic State (Central Africa)',
      'ADF: Allied Democratic Forces',
      'CODECO: Cooperative for Development of Congo',
    ],
  },
  {
    country: 'Iraq',
    iso: 368,
    code: 'IRQ',
    region: 'Middle East',
    lat: 34.9,
    lon: 43.5,
    admin1: ['Ninewa', 'Al Anbar', 'Kirkuk', 'Diyala', 'Salah al-Din'],
    groups: ['Islamic State (Iraq)', 'PMF: Popular Mobilization Forces'],
  },
  {
    country: 'Syria',
    iso: 760,
    code: 'SYR',
    region: 'Middle East',
    lat: 35.3,
    lon: 40.1,
    admin1: ['Deir ez-Zor', 'Ar-Raqqa', 'Homs', 'Al-Hasakeh'],
    groups: ['Islamic State (Syria)', 'QSD: Syrian Democratic Forces', 'Hayat Tahrir al Sham'],
  },
  {
    country: 'Afghanistan',
    iso: 4,
    code: 'AFG',
    region: 'Caspian',
    lat: 34.4,
    lon: 70.5,
    admin1: ['Nangarhar', 'Kabul', 'Kunar'],
    groups: ['Islamic State Khorasan Province', 'Taliban'],
  },
];

const TYPES: [string, string, string][] = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Violence against civilians', 'Abduction/forced disappearance'],
  ['Political violence', 'Battles', 'Non-state actor overtakes territory'],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction'],
];

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Writes a synthetic ACLED export of `rows` events (the current 31-column layout, ISO dates) over
 * 2015-2024 in ten theatres, with Islamic State provinces, their rivals, state forces, civilians and
 * compound actors. Seeded, so the same file comes out every time.
 */
export async function writeSyntheticAcled(file: string, rows: number, seed = 20240601): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const out = createWriteStream(file);
  const start = Date.UTC(2015, 0, 1);
  const days = 3652;
  let buffer = `${HEADER}\n`;
  for (let i = 0; i < rows; i++) {
    const t = pick(THEATRES);
    // Activity rises over the years in Africa and falls in Iraq and Syria.
    const skew = t.region === 'Middle East' ? random() ** 1.6 : 1 - random() ** 1.6;
    const date = new Date(start + Math.floor(skew * days) * 86_400_000).toISOString().slice(0, 10);
    const [disorder, type, sub] = pick(TYPES);
    const group = pick(t.groups);
    const state_ = `Military Forces of ${t.country} (2015-)`;
    const civilians = sub === 'Attack' || sub === 'Abduction/forced disappearance';
    const [actor1, actor2] =
      random() < 0.3 && !civilians
        ? [state_, group]
        : [group, civilians ? `Civilians (${t.country})` : state_];
    const admin1 = pick(t.admin1);
    const place = `${admin1} village ${Math.floor(random() * 300)}`;
    const fatalities = Math.floor(-Math.log(1 - random()) * 4);
    const hasCoordinates = random() > 0.02;
    const lat = hasCoordinates ? (t.lat + (random() - 0.5) * 4).toFixed(4) : '';
    const lon = hasCoordinates ? (t.lon + (random() - 0.5) * 4).toFixed(4) : '';
    const notes = `On ${date}, ${actor1} and ${actor2} were involved in an incident near ${place} (${admin1}); ${fatalities} reported killed.`;
    buffer +=
      [
        `${t.code}${i + 1}`,
        date,
        date.slice(0, 4),
        random() < 0.9 ? '1' : '2',
        disorder,
        type,
        sub,
        quote(actor1),
        '',
        'Rebel group',
        quote(actor2),
        '',
        'State forces',
        'Rebel group-State forces',
        civilians ? 'Civilian targeting' : '',
        t.iso,
        t.region,
        quote(t.country),
        quote(admin1),
        '',
        '',
        quote(place),
        lat,
        lon,
        random() < 0.8 ? '1' : '2',
        'Local partner',
        'National',
        quote(notes),
        fatalities,
        '',
        1_700_000_000,
      ].join(',') + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
