import { findDates } from '../src/extract/dates/index.js';
import { findCasualtyFigures, findQuantities } from '../src/extract/numbers/index.js';
import { splitSentences } from '../src/extract/text/index.js';
import { median, type Benchmark } from './bench.js';

/** About 5 KB of news-style text written for this benchmark, dense in dates, amounts and tolls. */
const PARAGRAPHS = [
  'Gunmen on motorcycles attacked a livestock market in the north of the province on Friday, killing at least 38 people and wounding nearly 60, officials said on Saturday.',
  'The assault began shortly after 10 a.m., when about 40 fighters surrounded the market and opened fire on traders. Witnesses said the attackers set fire to dozens of stalls and seized four trucks before withdrawing.',
  'Provincial health officials said the death toll rose to 41 overnight, including 9 children, and that 12 of those hurt needed surgery. Three attackers were also killed when soldiers arrived.',
  'It was the deadliest attack in the area since 14 March 2021, when a similar raid left 52 dead and more than 100 injured. Local leaders said several villagers remained missing.',
  'No group claimed responsibility by Sunday. Security analysts noted that the region had seen a rise in attacks since early 2022, with scores of civilians killed in the last year alone.',
  'Last week, troops said they had killed 17 suspected militants and arrested 23 others in an operation near the border, some 120 km to the east. Earlier this month, a roadside bomb killed five soldiers.',
  'The government declared three days of mourning. "We will not let these killers escape," the interior minister said on Sunday, adding that between 200 and 300 additional police would be deployed.',
  'Aid agencies said more than 4,000 people had fled their homes in the past two weeks. The United Nations said in January that hundreds of thousands of people in the province needed food aid.',
  'On 2 February, gunmen kidnapped 31 passengers from a bus on the main highway; 19 were freed two days later after a ransom of 5 million was paid, according to relatives.',
  'A suicide bomber killed himself and 11 others at a checkpoint on Tuesday night, the army said, while a 17-year-old was among those detained for questioning.',
];

function documentText(): string {
  let text = '';
  while (text.length < 5_000) text += PARAGRAPHS.join('\n\n') + '\n\n';
  return text.slice(0, text.lastIndexOf('\n\n', 5_200));
}

function recognize(text: string): number {
  let found = findDates(text, { published: '2024-05-18' }).length + findQuantities(text).length;
  for (const sentence of splitSentences(text)) found += findCasualtyFigures(sentence.text).length;
  return found;
}

export const recognizers: Benchmark = {
  name: 'recognizers',
  description: 'findDates + findQuantities + splitSentences/findCasualtyFigures over one ~5 KB news document',
  async run() {
    const text = documentText();
    for (let i = 0; i < 20; i++) recognize(text);
    const times: number[] = [];
    const until = performance.now() + 2_000;
    while (performance.now() < until) {
      const t0 = performance.now();
      recognize(text);
      times.push(performance.now() - t0);
    }
    const perDoc = median(times);
    return [
      { name: 'document size', value: text.length, unit: 'chars' },
      { name: 'median time per document', value: perDoc, unit: 'ms' },
      {
        name: 'throughput',
        value: Math.round(1_000 / perDoc),
        unit: 'documents/s',
        target: { value: 50, better: 'higher' },
      },
    ];
  },
};
