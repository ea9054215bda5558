import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadGazetteer } from '../src/extract/places/default-gazetteer.js';
import { documentCountries } from '../src/extract/places/document-countries.js';
import { findPlaces } from '../src/extract/places/find-places.js';
import type { Benchmark } from './bench.js';
import { median } from './bench.js';

/** A made-up wire report of about 5 KB, dense with places as conflict reporting is. */
const PARAGRAPHS = [
  'BAGHDAD, March 4 - Suspected Islamic State militants killed four soldiers and wounded six in an attack on an army post near the town of Tarmiyah, north of Baghdad, late on Sunday, two security sources said.',
  'The attackers used rifles and a roadside bomb against a patrol that rushed to the post, the sources said. No group immediately claimed responsibility, but Iraqi officials blamed cells hiding in the orchards along the Tigris between Tarmiyah and Samarra.',
  'In Diyala province, a second bomb exploded on the outskirts of Muqdadiyah, killing a shepherd, and in Kirkuk security forces said they had arrested three suspects in a raid in the Hawija district. In Salahuddin, an air strike hit a hideout in the Hamrin Mountains, the Joint Operations Command said.',
  'Across the border in Syria, the Kurdish-led Syrian Democratic Forces said they had thwarted an attack on the Ghwayran prison in Hasakah, where thousands of suspected militants are held. The SDF also reported clashes near al-Shaddadi and in the Deir ez-Zor countryside, around Hajin and al-Susah, and a raid on a cell in the al-Hol camp.',
  'In the Syrian Badia, Russian warplanes struck positions south of Sukhnah and east of Palmyra after an ambush on a bus carrying soldiers on the road between Homs and Deir al-Zour. State media said 12 soldiers were killed.',
  'Officials in Washington and London said the attacks showed the group retained the ability to strike in both countries, five years after it lost the last scrap of its territory at Baghuz in March 2019. A report to the UN Security Council in New York estimated that the group still had several thousand fighters in Iraq and Syria.',
  'Elsewhere, the group’s West Africa Province claimed an attack on a military base in Borno State, Nigeria, near Monguno and Marte, and its Sahel Province fighters killed villagers in the Tillabéri region of Niger and near Ménaka in Mali. In Mozambique, insurgents raided Macomia in Cabo Delgado province, and in the Democratic Republic of Congo, ADF rebels killed 20 people near Beni and Oicha in North Kivu.',
  'The Khorasan branch, which claimed the bombing in Kerman, Iran, in January and the attack on Crocus City Hall near Moscow, has also struck in Kabul, Jalalabad and Peshawar, according to analysts in Islamabad and Kabul. Turkish police detained suspects in Istanbul and Ankara, and prosecutors in Paris and Brussels opened investigations.',
  'Most analysts said the figures were incomplete. Reading the reports in March, officials in Mobile, Alabama, and in Reading, England, would find little about the Sahel, where the group now holds more ground than anywhere else, from the Lake Chad basin to the Liptako-Gourma tri-border area.',
  'In Pakistan, police said a suicide bomber struck a rally in Khar, in the Bajaur district of Khyber Pakhtunkhwa, and gunmen attacked a checkpoint in North Waziristan near Miranshah. In Balochistan, militants killed six labourers outside Turbat. Officials in Quetta blamed the attacks on cells crossing from Nangarhar and Kunar in Afghanistan.',
  'Somali forces backed by African Union troops retook a town in the Lower Shabelle region, south of Mogadishu, and al-Shabaab fighters shelled a base near Barawe. In Puntland, security forces fought Islamic State fighters in the mountains of the Bari region east of Bosaso, and an air strike near Galkayo killed three militants.',
  'In Egypt, the army said it had killed militants in North Sinai between Arish and Sheikh Zuweid, and near Bir al-Abd, where a mosque was attacked in 2017. In Libya, a cell was dismantled in Sabha and another in the south near Ubari, and in Yemen, tribal fighters clashed with al-Qaeda near Mudiyah in Abyan and in the Wadi Hadramawt.',
  'Police in Uganda said a bomb exploded in a bar in Kampala, and the army reported fighting with the ADF near Kasindi on the border. In Burkina Faso, hundreds were killed in an attack on Barsalogho in the Centre-Nord region, and in Djibo and Arbinda in the Sahel region the army said it had repelled attacks. In Niger, soldiers were ambushed near Banibangou and Torodi in Tillabéri.',
  'Analysts cautioned against reading too much into a single week of violence. The group has long timed its attacks to religious holidays and to anniversaries of its defeats, and its propaganda outlets tend to exaggerate both the number of operations and their toll. Still, the spread of the attacks, from the deserts of eastern Syria to the forests of eastern Congo and the coast of northern Mozambique, suggested a network that was coordinating again. Officials said they expected more attacks in the coming weeks, particularly against prisons and camps holding the families of fighters, and urged governments to repatriate their citizens held there.',
  'The ministry of interior in Baghdad said on Monday that it had foiled a plot to attack pilgrims travelling to Karbala, and arrested five men in a farmhouse near Fallujah in Anbar province.',
];
const DOCUMENT = PARAGRAPHS.join('\n\n');

/** Place recognition on a 5 KB report: index load time and heap, and throughput. */
/** A full garbage collection, so that heap figures count live objects only (earlier benchmarks leave garbage). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export const placesBenchmark: Benchmark = {
  name: 'places',
  description: 'gazetteer load and findPlaces throughput on a ~5 KB report',
  async run() {
    const gc = collector();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const gazetteer = loadGazetteer();
    const loadMs = performance.now() - started;
    gc();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    findPlaces(DOCUMENT, {}, { gazetteer });
    const times: number[] = [];
    const deadline = performance.now() + 3000;
    const cpu = process.cpuUsage();
    let documents = 0;
    while (performance.now() < deadline) {
      // A new text each time: the recognizer keeps the scan of the last text it saw.
      const text = `${DOCUMENT}\n\n(${documents})`;
      const t = performance.now();
      findPlaces(text, { countries: documentCountries(text, gazetteer) }, { gazetteer });
      times.push(performance.now() - t);
      documents++;
    }
    const used = process.cpuUsage(cpu);
    const cpuPerDoc = (used.user + used.system) / 1000 / documents;
    const perDoc = median(times);
    return [
      { name: 'gazetteer load', value: loadMs, unit: 'ms', target: { value: 1000, better: 'lower' } },
      {
        name: 'gazetteer heap',
        value: heapMb,
        unit: 'MB',
        target: { value: 150, better: 'lower' },
        note: 'heap growth while loading',
      },
      { name: 'document size', value: DOCUMENT.length, unit: 'chars' },
      {
        name: 'documentCountries + findPlaces, CPU',
        value: cpuPerDoc,
        unit: 'ms/doc',
        target: { value: (1 * DOCUMENT.length) / 5000, better: 'lower' },
        note: 'CPU time: steadier than wall time on a shared machine; target 1 ms per 5 KB',
      },
      { name: 'documentCountries + findPlaces, median wall', value: perDoc, unit: 'ms/doc' },
      {
        name: 'throughput (one core, CPU time)',
        value: Math.round(1000 / cpuPerDoc),
        unit: 'docs/s',
        note: `${documents} runs`,
      },
    ];
  },
};
