import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean-text.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/scraped/${name}`, import.meta.url), 'utf8');
const clean = (name: string) =>
  cleanScrapedText(fixture(name), { format: name.endsWith('.md') ? 'markdown' : 'text' });

describe('cleanScrapedText on scraped pages', () => {
  it('keeps a news report from its dateline to its last paragraph, without the site around it', () => {
    const { paragraphs, meta } = clean('wire-report.txt');
    expect(meta).toMatchObject({
      title: 'Gunmen attack checkpoint near Tuz Khurmatu, three police killed',
      authors: ['Jane Doe', 'John Roe'],
      published: '2024-03-02',
      publisher: 'Northern Wire',
      language: 'en',
    });
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^TUZ KHURMATU, Iraq \(Northern Wire\) — Three police officers/);
    expect(paragraphs.at(-1)).toBe(
      'Security officials said reinforcements would be sent before the spring holidays.',
    );
    const text = paragraphs.join('\n\n');
    for (const chrome of [
      'ADVERTISEMENT',
      'READ MORE',
      'Tags:',
      'Most Read',
      'Morning Wire',
      'Tel:',
      'Copyright',
      'Back to top',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads a JSON blob for metadata and drops it, with program blurbs, disclaimer, teaser cards and the bios', () => {
    const { paragraphs, meta } = clean('think-tank.txt');
    expect(meta).toMatchObject({
      title: 'Why local militias keep winning in the valley',
      authors: ['Amina Youssef', 'Daniel Park'],
      published: '2022-11-04',
      publisher: 'Institute for Example Studies',
    });
    expect(paragraphs[0]).toMatch(/^Armed groups in the valley have outlasted four offensives/);
    expect(paragraphs.at(-1)).toMatch(/^The third reason is time\. .* whoever stays\.$/);
    const text = paragraphs.join('\n\n');
    for (const chrome of [
      'is a fellow at the institute',
      'contentType',
      'Learn More',
      'fieldwork in a dozen countries',
      'do not necessarily reflect',
      'Water, wells',
      'Lena Ortiz',
      '©',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('stops a blog post before its share buttons and comments', () => {
    const { paragraphs, meta } = clean('blog-with-comments.txt');
    expect(meta).toMatchObject({
      title: 'What the new ceasefire means for the camps',
      authors: ['Priya Natarajan'],
      published: '2021-06-09',
      publisher: null,
    });
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.join('\n\n')).not.toMatch(/Thank you for this report|Leave a Reply|Like this/);
  });

  it('reads the dateline of a wire story and its closing credit line, and drops teaser cards with bylines', () => {
    const { paragraphs, meta } = clean('agency-cards.txt');
    expect(meta).toMatchObject({ authors: ['Ali Example'], published: '2023-10-03', publisher: 'ENA' });
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join('\n\n')).not.toMatch(/marshes|water-sharing|Jane Example|Our Standards/);
  });
});

describe('cleanScrapedText on clean texts', () => {
  it('passes a clean text through paragraph for paragraph, its headline and byline going to the metadata', () => {
    const original = fixture('clean-report.txt');
    const { paragraphs, meta } = cleanScrapedText(original);
    expect(paragraphs.join('\n\n')).toBe(original.slice(original.indexOf('Heavy rain')).trim());
    expect(meta).toMatchObject({
      title: 'Floods force thousands from homes along the river',
      authors: ['Maria Lopez'],
      published: '2023-04-12',
      publisher: null,
    });
  });

  it('strips Markdown and joins hard-wrapped lines into paragraphs', () => {
    const { paragraphs, meta } = clean('hard-wrapped.md');
    expect(meta).toMatchObject({
      title: 'Convoy ambushed on the desert highway',
      authors: ['Sam Carter'],
      published: '2024-03-05',
    });
    expect(paragraphs).toEqual([
      'A convoy carrying fuel was ambushed on the desert highway on Monday night, according to a statement from the provincial council, which said two drivers were wounded and four trucks were set on fire.',
      'The council said the attackers had used machine guns and a roadside bomb, and that the road was closed until Tuesday morning.',
      'What happens next',
      'Police will escort convoys at night.',
      'The council will pay for repairs to the damaged trucks.',
      'Engineers were sent to check the road surface for further devices.',
    ]);
  });

  it('keeps the heading of a list that dates each entry, and the numbers of numbered paragraphs', () => {
    const { paragraphs } = cleanScrapedText(
      [
        'Border incidents: selected notes',
        '',
        'Chad - 2 May 2023 - Lake shore',
        'Gunmen attacked a fishing camp at night and burned two boats.',
        '',
        'Niger - 9 May 2023 - Diffa',
        'A patrol struck a mine on the road north of the town.',
      ].join('\n'),
    );
    expect(paragraphs[0]).toBe('Border incidents: selected notes');
    const numbered = cleanScrapedText(
      [
        'Evidence to the inquiry on river security',
        '',
        'Submitted by Dr Ruth Amankwah, 4 June 2025',
        '',
        '1. I thank the inquiry for the chance to give evidence on the river patrols.',
        '',
        '2. The patrols have grown since the spring, and the attacks on ferries have fallen.',
      ].join('\n'),
    );
    expect(numbered.paragraphs).toEqual([
      '1. I thank the inquiry for the chance to give evidence on the river patrols.',
      '2. The patrols have grown since the spring, and the attacks on ferries have fallen.',
    ]);
  });

  it('reads a headline in capitals over a byline, and starts the body at a dateline under a headline', () => {
    const shouted = cleanScrapedText(
      [
        'FERRY FIRE: TOLL RISES TO 40',
        '',
        'By Ruth Amankwah | 4 June 2025',
        '',
        'PORT SAID (Wire) -- The number of people killed in the ferry fire rose to 40 on Wednesday, officials said.',
        '',
        'Divers were still searching the hull late on Wednesday, the port authority said.',
      ].join('\n'),
    );
    expect(shouted.meta).toMatchObject({ title: 'FERRY FIRE: TOLL RISES TO 40', authors: ['Ruth Amankwah'] });
    // "(Wire)" credits no outlet.
    expect(shouted.meta.publisher).toBeNull();
    expect(shouted.paragraphs[0]).toMatch(/^PORT SAID \(Wire\) -- /);
    const local = cleanScrapedText(
      [
        'Two guards killed as gunmen raid river post',
        '',
        'Staff Reporter',
        '',
        'Ismailia, Sept 7: Two guards were killed when gunmen raided a river post before dawn, officials said.',
        '',
        'The attackers escaped by boat, the officials added.',
      ].join('\n'),
    );
    expect(local.paragraphs[0]).toMatch(/^Ismailia, Sept 7: Two guards/);
  });

  it('leaves the date null when the text gives none, whatever the copyright year or a relative time', () => {
    const { meta } = cleanScrapedText(
      [
        'Talks resume in the capital after a two-week pause',
        '',
        '3 hours ago',
        '',
        'Delegates from both sides met again on Monday, officials said, after talks broke down earlier this month.',
        '',
        'A spokesman said the next round would focus on the exchange of prisoners held since the spring.',
        '',
        '© 2024 Capital Post',
      ].join('\n'),
    );
    expect(meta.published).toBeNull();
    expect(meta.publisher).toBe('Capital Post');
  });

  it('reads the date of a wire date line that also says how long ago it was updated', () => {
    const { meta } = cleanScrapedText(
      [
        'Floods cut the river road for a second week',
        '',
        'By Amina Example',
        '',
        'June 3, 2023 / 7:05 AM / Updated 2 hours ago',
        '',
        'LOKOJA, Nigeria (Example Wire) - Floodwater closed the main river road again on Friday, officials said, stranding hundreds of lorries.',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ published: '2023-06-03', authors: ['Amina Example'] });
  });
});

describe('cleanScrapedText: chrome inside the article', () => {
  const page = [
    'Home',
    'World',
    'Politics',
    '',
    'Curfew imposed after clashes in the old city',
    '',
    'By Sam Carter',
    '12 May 2024',
    'Share',
    '',
    'A curfew was imposed on the old city on Sunday after two nights of clashes between rival groups, the governor said.',
    '',
    'ADVERTISEMENT',
    '',
    'Police said eleven people had been arrested and that shops would stay closed until Tuesday.',
    '',
    'Related: Governor promises inquiry into the market fire',
    '',
    'Residents said the streets were quiet on Sunday evening as patrols moved through the area.',
    '',
    'More stories',
    'Floods cut the road to the airport',
    'The road was closed on Saturday after heavy rain, the transport ministry said.',
    'Port workers strike over unpaid wages',
    'The strike is the second this year, a union official said.',
    '',
    'Newsletter',
    'Sign up for the evening briefing',
    '',
    'City Post · 5 Station Road, Old Town',
    '© 2024 City Post',
  ].join('\n');

  it('removes advertisements, inline promos, teaser lists, newsletters and footers, keeping paragraph breaks', () => {
    const { paragraphs, meta } = cleanScrapedText(page);
    expect(paragraphs).toEqual([
      'A curfew was imposed on the old city on Sunday after two nights of clashes between rival groups, the governor said.',
      'Police said eleven people had been arrested and that shops would stay closed until Tuesday.',
      'Residents said the streets were quiet on Sunday evening as patrols moved through the area.',
    ]);
    expect(meta).toMatchObject({
      title: 'Curfew imposed after clashes in the old city',
      authors: ['Sam Carter'],
      published: '2024-05-12',
      publisher: 'City Post',
    });
  });
});

describe('cleanScrapedText: headlines, headers and sign-offs', () => {
  const body = [
    'Engineers reopened the bridge over the canal on Thursday after a week of repairs, the works ministry said.',
    '',
    'Traffic was light in the morning, but lorries queued at both ends by the afternoon, drivers said.',
  ];

  it('starts a clean text at its headline, without the date line and section label above it', () => {
    const { paragraphs, meta } = cleanScrapedText(
      ['OPINION', 'Published: 2 March 2023, 10:02', '', 'Why the canal bridge matters', '', ...body].join(
        '\n',
      ),
    );
    expect(paragraphs[0]).toBe('Why the canal bridge matters');
    expect(meta).toMatchObject({ title: 'Why the canal bridge matters', published: '2023-03-02' });
  });

  it('reads the labelled fields of a record header: title, date, source and author', () => {
    const header = [
      'Title: Canal bridge reopens',
      'Date: 2023-03-02',
      'Source: Harbour Review',
      'Author: Lena Ortiz',
    ];
    const { paragraphs, meta } = cleanScrapedText([...header, '', ...body].join('\n'));
    expect(paragraphs[0]).toMatch(/^Engineers reopened/);
    expect(meta).toMatchObject({
      title: 'Canal bridge reopens',
      published: '2023-03-02',
      publisher: 'Harbour Review',
      authors: ['Lena Ortiz'],
    });
  });

  it("takes the outlet's name off the headline, and the role under a name for the name's, not the headline", () => {
    const suffixed = cleanScrapedText(
      ['Canal bridge reopens - Harbour Review', 'By Staff Reporter', '2 March 2023', '', ...body].join('\n'),
    );
    expect(suffixed.meta).toMatchObject({
      title: 'Canal bridge reopens',
      publisher: 'Harbour Review',
      authors: [],
    });
    const signed = cleanScrapedText(
      [
        'Why the canal bridge matters',
        'Lena Ortiz',
        'Senior Fellow, Institute for Canal Studies',
        '2 March 2023',
        '',
        ...body,
      ].join('\n'),
    );
    expect(signed.meta).toMatchObject({ title: 'Why the canal bridge matters', authors: ['Lena Ortiz'] });
  });

  it('reads a name over its outlet and bureau, and a staff credit under the date, as credits, not headlines', () => {
    const bureau = cleanScrapedText(
      [
        'Canal bridge reopens',
        '',
        '5 hours ago',
        'Share',
        '',
        'Lena Ortiz',
        'Harbour News, Port Said',
        '',
        ...body,
      ].join('\n'),
    );
    expect(bureau.meta).toMatchObject({
      title: 'Canal bridge reopens',
      authors: ['Lena Ortiz'],
      publisher: 'Harbour News',
    });
    const staff = cleanScrapedText(
      ['Canal bridge reopens', 'March 2, 2023', 'The Harbour Post staff', '', ...body].join('\n'),
    );
    expect(staff.meta).toMatchObject({
      title: 'Canal bridge reopens',
      authors: [],
      publisher: 'The Harbour Post',
    });
  });

  it('takes no name from a labelled date line, and the name, not the agency, from a byline in capitals', () => {
    const labelled = cleanScrapedText(
      ['Canal bridge reopens', 'Published On 2 March 2023', '', ...body].join('\n'),
    );
    expect(labelled.meta).toMatchObject({ authors: [], published: '2023-03-02' });
    const fields = cleanScrapedText(
      ['Canal bridge reopens', 'Published: 2 March 2023 | Author: Lena Ortiz', '', ...body].join('\n'),
    );
    expect(fields.meta.authors).toEqual(['Lena Ortiz']);
    const agency = cleanScrapedText(
      ['Canal bridge reopens', 'By LENA ORTIZ Associated Press', '', ...body].join('\n'),
    );
    expect(agency.meta.authors).toEqual(['Lena Ortiz']);
  });

  it("takes the date of a wire's 'Filed' line after the article, and drops a '(c)' line under the last paragraph", () => {
    const text = [
      'Canal bridge reopens',
      '',
      ...body,
      '',
      'Filed 21/03/2023 - Harbour Wire',
      '',
      'Share: Facebook | X | Email',
      '(c) 2023 Harbour Wire. All rights reserved.',
    ].join('\n');
    const { paragraphs, meta } = cleanScrapedText(text);
    expect(meta.published).toBe('2023-03-21');
    expect(paragraphs.at(-1)).toMatch(/^Traffic was light/);
  });

  it("reads a reposted report's header: its own date over the date it was posted, its source, its headline", () => {
    const text = [
      'Harbour: Bridge closed after flood damage - Flash Update No. 2',
      '',
      'Format: Situation Report',
      'Source: Harbour Relief Office',
      'Posted: 3 March 2023',
      'Originally published: 2 March 2023',
      '',
      ...body,
    ].join('\n');
    expect(cleanScrapedText(text).meta).toMatchObject({
      title: 'Harbour: Bridge closed after flood damage - Flash Update No. 2',
      published: '2023-03-02',
      publisher: 'Harbour Relief Office',
    });
  });

  it('reads the date of a press release whose dateline writes its town in lower case', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'Canal bridge reopens',
      '',
      `Port Lena, 2 March 2023 - ${body[0]}`,
    ].join('\n');
    expect(cleanScrapedText(text).meta.published).toBe('2023-03-02');
  });

  it("reads no publication date and no headline from the fields of an extract's records", () => {
    const record = (n: number, day: string, place: string) => [
      `Record ${n}`,
      `Date: ${day}`,
      `Location: ${place}, Harbour province`,
      'Event type: Armed clash',
      'Fatalities: 2',
      `Summary: Two guards were killed when gunmen attacked a checkpoint outside ${place} on that day.`,
      '',
    ];
    const text = [
      'Checkpoint incidents in Harbour province (extract)',
      '',
      ...record(1, '2023-03-02', 'Port Lena'),
      ...record(2, '2023-04-11', 'Omar Bay'),
    ].join('\n');
    expect(cleanScrapedText(text).meta).toMatchObject({
      title: 'Checkpoint incidents in Harbour province (extract)',
      published: null,
    });
  });

  it('takes a menu set out with wide gaps for a menu, not the headline', () => {
    const { meta } = cleanScrapedText(
      [
        'Home  Region  Business  Sport  Opinion',
        '',
        'Canal bridge reopens after a week of repairs',
        '',
        'By Lena Ortiz',
        '',
        ...body,
      ].join('\n'),
    );
    expect(meta.title).toBe('Canal bridge reopens after a week of repairs');
  });

  it('keeps a bracketed subtitle out of the headline', () => {
    const { meta } = cleanScrapedText(
      [
        'Canal incidents, first half of the year',
        '(prepared for the harbour board; one paragraph per incident)',
        '',
        ...body,
      ].join('\n'),
    );
    expect(meta.title).toBe('Canal incidents, first half of the year');
  });

  it('does not take the institute named under the date line for the headline', () => {
    const { meta } = cleanScrapedText(
      [
        'Why the Canal Towns Keep Their Militias',
        'Lena Ortiz',
        '2 March 2023',
        'Harbour Institute for Canal Studies',
        '',
        ...body,
      ].join('\n'),
    );
    expect(meta.title).toBe('Why the Canal Towns Keep Their Militias');
  });

  it('keeps the records of a notes file, whose headings carry dates, from the first record on', () => {
    const { paragraphs } = cleanScrapedText(
      [
        'Home | Notes | About',
        '',
        'CANAL ZONE - INCIDENT NOTES',
        '',
        'CZ-1 | 4 May 2021 | Gunfire at north lock',
        'On 4 May 2021, gunmen fired on a patrol boat near the northern lock; two guards were wounded. Port police said the attackers escaped in a fast boat towards the marshes, and the canal authority suspended night convoys for the rest of the week while divers checked the lock gates for damage.',
        '',
        'CZ-2 | 9 June 2021 | Gunfire at south lock',
        'On 9 June 2021, a patrol exchanged fire with smugglers at the southern lock; no one was hurt. Port police said the attackers escaped in a fast boat towards the marshes, and the canal authority suspended night convoys for the rest of the week while divers checked the lock gates for damage.',
        '',
        'CZ-3 | 1 July 2021 | Mine blast under a dredger in the outer channel',
        'On 1 July 2021, a mine went off under a dredger in the outer channel; the crew escaped unhurt. Port police said the attackers escaped in a fast boat towards the marshes, and the canal authority suspended night convoys for the rest of the week while divers checked the lock gates for damage.',
      ].join('\n'),
    );
    expect(paragraphs[0]).toMatch(/^On 4 May 2021, gunmen fired/);
    expect(paragraphs[1]).toBe('CZ-2 | 9 June 2021 | Gunfire at south lock');
    expect(paragraphs.at(-1)).toMatch(/^On 1 July 2021, a mine went off/);
  });

  it("drops a wire report's headline, byline and date line above its dateline, and its sign-off", () => {
    const { paragraphs, meta } = cleanScrapedText(
      [
        'Canal bridge reopens after a week of repairs',
        'By Lena Ortiz | Harbour Wire | 2 March 2023',
        '',
        'PORT SAID (HW) - ' + body[0],
        '',
        body[2],
        '',
        '--',
        'Harbour Wire',
      ].join('\n'),
    );
    expect(paragraphs).toEqual(['PORT SAID (HW) - ' + body[0], body[2]]);
    expect(meta).toMatchObject({
      title: 'Canal bridge reopens after a week of repairs',
      published: '2023-03-02',
    });
  });
});

describe('cleanScrapedText on dataset record extracts', () => {
  it('keeps every record, reading "field: value" lines as data rather than a menu', () => {
    const records = [
      'Coded incidents, Borno (extract)',
      '',
      'record: NGA-0001',
      'country: Nigeria',
      'region: Borno',
      'event_type: Battles / Armed clash',
      'deaths: 9',
      'note: Fighters raided a police post outside Bama at night and burned two trucks.',
      '',
      'record: NGA-0002',
      'country: Nigeria',
      'region: Yobe',
      'Event type: Violence against civilians / Attack',
      'deaths: 4',
      'Total wounded: about 10',
      'Summary: Gunmen shot four herders at a watering point near Geidam before dawn.',
    ].join('\n');
    const text = cleanScrapedText(records).paragraphs.join('\n');
    expect(text).toContain('record: NGA-0001');
    expect(text).toContain('event_type: Battles / Armed clash');
    expect(text).toContain('deaths: 9');
    expect(text).toContain('Gunmen shot four herders');
  });
  it('keeps fields set on one line and coded type lines, which read like menus', () => {
    const records = [
      'Lake Chad basin: coded incidents (extract)',
      '',
      'Event date: 3 March 2022',
      'Admin1: Lac | Admin2: Fouli | Location: Kaiga',
      'Fatalities: 6',
      'Notes: Insurgents fired on fishermen drying their catch on an island near Kaiga.',
      '',
      '9 May 2022 | Chad | Lac | Mamdi | Bol',
      'Strategic developments / Looting | Unidentified armed group',
      'Notes: Armed men drove off cattle from a camp east of Bol and burned two huts.',
    ].join('\n');
    const text = cleanScrapedText(records).paragraphs.join('\n');
    expect(text).toContain('Event date: 3 March 2022');
    expect(text).toContain('Admin1: Lac | Admin2: Fouli | Location: Kaiga');
    expect(text).toContain('9 May 2022 | Chad | Lac | Mamdi | Bol');
    expect(text).toContain('Strategic developments / Looting | Unidentified armed group');
  });
});
