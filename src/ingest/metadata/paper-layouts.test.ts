import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../text/clean-text.js';
import { normaliseAuthors } from './authors.js';

const BODY = [
  'Engineers reopened the bridge over the canal on Thursday after a week of repairs, the works ministry said.',
  'Traffic was light in the morning, but lorries queued at both ends by the afternoon, drivers said.',
  'The ministry expects the second span to open before the rains, if the steel arrives on time.',
];

const clean = (lines: string[]) => {
  const { paragraphs, meta } = cleanScrapedText(lines.join('\n\n'));
  return { meta, text: paragraphs.join('\n\n'), first: paragraphs[0], last: paragraphs.at(-1) };
};

describe('readTextMetadata: the headers of testimony, journals, newsletters and slides', () => {
  it('reads a hearing’s testimony: the witness in capitals, the hearing’s title in its field', () => {
    const found = clean([
      'TESTIMONY OF DR. LENA ORTIZ',
      'Senior Fellow, Canal Studies Programme',
      'Before the Committee on Waterways',
      'Hearing: "Are the Canal Bridges Safe?"',
      'June 4, 2024',
      ...BODY,
      'Thank you. I look forward to your questions.',
      '###',
      'Canal Studies Programme | 12 Quay Street | Harbour City',
      'Testimony as prepared for delivery.',
    ]);
    expect(found.meta).toMatchObject({
      title: 'Are the Canal Bridges Safe?',
      authors: ['Lena Ortiz'],
      published: '2024-06-04',
    });
    expect(found.last).toBe('Thank you. I look forward to your questions.');
  });

  it('reads a journal article: history line, author with department, body from the abstract', () => {
    const found = clean([
      'Journal of Canal Studies, Vol. 3, No. 1 (2024), pp. 1-20',
      'Received 2 January 2024; accepted 5 March 2024; published online 9 April 2024',
      'Bridges and Their Keepers: Maintenance on the Old Canal, 1990-2020',
      'Lena Ortiz, Department of Engineering, University of Harbour City',
      'Abstract',
      'This article asks why some canal bridges are kept in good repair while others decay, drawing on thirty years of inspection records.',
      'Keywords: bridges, canals, maintenance',
      '1. Introduction',
      '[...]',
      '5. Conclusions',
      ...BODY,
      'Funding: This research received no external funding.',
      'Conflict of interest: The author declares none.',
    ]);
    expect(found.meta).toMatchObject({
      title: 'Bridges and Their Keepers: Maintenance on the Old Canal, 1990-2020',
      authors: ['Lena Ortiz'],
      published: '2024-04-09',
    });
    expect(found.first).toMatch(/^This article asks why/);
    expect(found.text).not.toContain('Conflict of interest');
    expect(found.text).not.toContain('Funding:');
  });

  it('reads a newsletter issue under its name and tagline, its writer’s copyright naming no outlet', () => {
    const found = clean([
      'The Quay Letter',
      'Notes on bridges and the people who mend them',
      'Issue #12: The second span is late again',
      'Lena Ortiz',
      'Apr 3, 2024',
      'Subscribe | Sign in',
      ...BODY,
      'If you enjoyed this, forward it to a friend. Paid subscribers get the inspection tables.',
      '© 2024 Lena Ortiz. Unsubscribe',
    ]);
    expect(found.meta).toMatchObject({
      title: 'Issue #12: The second span is late again',
      authors: ['Lena Ortiz'],
      published: '2024-04-03',
    });
    expect(found.meta.publisher).not.toBe('Lena Ortiz');
    expect(found.text).not.toContain('forward it to a friend');
  });

  it('sets a republication note aside and finds the headline and name line under it', () => {
    const found = clean([
      'Quay Notes - English edition',
      'Translations | Archives | About',
      'This article was first published in Spanish on 2 May 2024. Translated by the editors.',
      'What the Bridge Keepers Know',
      'Lena Ortiz',
      ...BODY,
    ]);
    expect(found.meta).toMatchObject({ title: 'What the Bridge Keepers Know', authors: ['Lena Ortiz'] });
    expect(found.first).toBe(BODY[0]);
  });

  it('reads a question under a label in capitals as the headline, and the date its standfirst gives', () => {
    const found = clean([
      'Quay Debates',
      'Home / Debates / Bridges',
      'DEBATE: Should the old bridge be pulled down?',
      'Two engineers take opposite sides. Published 8 May 2024.',
      ...BODY,
      'Reader poll: Who made the better case? Vote now',
    ]);
    expect(found.meta).toMatchObject({
      title: 'DEBATE: Should the old bridge be pulled down?',
      published: '2024-05-08',
    });
    expect(found.text).not.toContain('Reader poll');
  });

  it('reads a slide deck’s title and presenter fields over the speaker’s terms', () => {
    const found = clean([
      'CANAL SEMINAR SERIES',
      'Slide 1',
      'Title: Keeping the Old Bridges Open',
      'Presenter: Col. (ret.) Lena Ortiz',
      'Date: 14 May 2024',
      'Audience: invited engineers. Not for citation without permission.',
      'Slide 2 - Where we are',
      ...BODY,
    ]);
    expect(found.meta).toMatchObject({
      title: 'Keeping the Old Bridges Open',
      authors: ['Lena Ortiz'],
      published: '2024-05-14',
    });
    expect(found.text).not.toContain('Not for citation');
  });

  it('drops the author’s biography after the article and names the author from it', () => {
    const found = clean([
      'HARBOUR POST',
      'Home | Canal | Port | Opinion',
      'The canal bridges deserve better than patches',
      ...BODY,
      'Lena Ortiz is a contributing writer at the Harbour Post and the author of a book on the old canal.',
      'Comments (3)',
    ]);
    expect(found.meta.authors).toEqual(['Lena Ortiz']);
    expect(found.last).toBe(BODY.at(-1));
  });

  it('keeps a closing sentence about a person who is no author', () => {
    const found = clean([
      'HARBOUR POST',
      'The bridge keeper retires',
      ...BODY,
      'Omar Haddad was the keeper of the bridge.',
    ]);
    expect(found.last).toBe('Omar Haddad was the keeper of the bridge.');
  });

  it('ends a paper at a distribution notice', () => {
    const found = clean([
      'Canal outlook',
      'Prepared by: Lena Ortiz',
      ...BODY,
      'Distribution: clients. Do not forward.',
    ]);
    expect(found.last).toBe(BODY.at(-1));
  });
});

describe('readTextMetadata: desks, tables and live pages', () => {
  it('reads a desk’s credit under the headline as its date line, and the table’s header row as body', () => {
    const found = clean([
      'Bridge inspections - Old Canal (extract)',
      'Compiled by the Quay Observatory data desk, 3 April 2024. Rows as recorded.',
      'bridge_id | inspected_on | span | finding',
      'QB-1 | 2024-02-10 | north | Rust on two girders, repaired within a week.',
      'QB-2 | 2024-03-05 | south | Cracked deck plate, lane closed until the spring.',
    ]);
    expect(found.meta).toMatchObject({
      title: 'Bridge inspections - Old Canal (extract)',
      published: '2024-04-03',
    });
    expect(found.first).toBe('bridge_id | inspected_on | span | finding');
  });

  it('takes a desk’s "Last updated" date when nothing else dates the page', () => {
    const found = clean([
      'Chronology: the canal bridges, 1990-2020',
      'Prepared by the Quay Research Collective. Last updated 20 August 2021.',
      ...BODY,
    ]);
    expect(found.meta).toMatchObject({
      title: 'Chronology: the canal bridges, 1990-2020',
      published: '2021-08-20',
    });
    expect(found.first).toBe(BODY[0]);
  });

  it('keeps a live page’s headline over the stamp of its newest entry', () => {
    const found = clean([
      'LIVE: Storm closes the canal bridges – latest updates',
      'Quay Courier live desk | Saturday 29 June 2024',
      'UPDATE, Sunday 30 June, 09:10 GMT',
      BODY[0]!,
      '18:42 GMT',
      BODY[1]!,
    ]);
    expect(found.meta.title).toBe('LIVE: Storm closes the canal bridges – latest updates');
    expect(found.text).not.toContain('live desk');
  });

  it('names no person from an outlet’s service line or a firm of partners', () => {
    const wire = clean([
      'Storm closes the canal bridges',
      'Quay Herald, English service. 24.06.2024, 15:40',
      ...BODY,
    ]);
    expect(wire.meta.authors).toEqual([]);
    const digest = clean([
      'WEEKLY BRIDGE DIGEST - Week 24',
      'Harbour Risk Partners | Client briefing | 14 June 2024',
      ...BODY,
      '(c) Harbour Risk Partners. This digest may not be forwarded.',
    ]);
    expect(digest.meta.authors).toEqual([]);
    expect(digest.last).toBe(BODY.at(-1));
  });
});

describe('readTextMetadata: reports, reviews, letters, panels and notices', () => {
  it('reads a committee report: the title under the committee, its conclusions to the list’s end, no minutes', () => {
    const found = clean([
      'HOUSE OF ASSEMBLY',
      'Select Committee on Public Works',
      'The Canal Bridges and the Cost of Delay',
      'Second Report of Session 2024-25',
      'Published on 30 January 2025 by authority of the House',
      'Summary',
      ...BODY,
      '4. We recommend that the Government:',
      '(a) publish the inspection records;',
      '(b) report to this Committee within six months on the second span.',
      'Formal minutes',
      'Thursday 23 January 2025',
      'Members present: the Chair, and five other Members.',
    ]);
    expect(found.meta).toMatchObject({
      title: 'The Canal Bridges and the Cost of Delay',
      published: '2025-01-30',
    });
    expect(found.last).toBe('(b) report to this Committee within six months on the second span.');
    expect(found.text).not.toContain('Members present');
  });

  it('reads an assessment: key judgements with their confidence start the body, no key to its terms', () => {
    const found = clean([
      'JOINT ASSESSMENT CELL',
      'Subject: The canal bridges over the next twelve months',
      'KEY JUDGEMENTS',
      'KJ1. We assess that the second span will very likely open before the rains. (High confidence.)',
      'KJ2. We judge it likely that the old bridge will close in the spring. (Moderate confidence.)',
      'DISCUSSION',
      ...BODY,
      'Probability yardstick: remote (<5%), unlikely (25-35%), likely (55-75%), almost certain (>95%).',
    ]);
    expect(found.meta.authors).toEqual([]);
    expect(found.first).toMatch(/^KJ1\. We assess/);
    expect(found.last).toBe(BODY.at(-1));
  });

  it('reads a report chapter whose table of figures is part of the text', () => {
    const found = clean([
      'NATIONAL BRIDGES AUTHORITY',
      'Annual Bridges Report 2025',
      'Published 4 March 2025',
      '3.1 Overview',
      BODY[0]!,
      '3.2 Closures',
      '| Year | Closures | Repairs |',
      '|------|----------|---------|',
      '| 2023 | 5        | 22      |',
      '| 2024 | 6        | 24      |',
      BODY[1]!,
      BODY[2]!,
      BODY[0]!.replace('Thursday', 'Friday'),
    ]);
    expect(found.meta.title).toBe('Annual Bridges Report 2025');
    expect(found.first).toBe(BODY[0]);
    expect(found.text).toContain('| 2023 | 5');
  });

  it('reads a book review: the reviewer is the author, the book’s credit line is not the title', () => {
    const found = clean([
      'JOURNAL OF CANAL STUDIES | Book reviews',
      'Bridges of the Old Canal: A History',
      'by Omar Haddad. Quay Street Press, 2025. 312 pp.',
      'Reviewed by Lena Ortiz',
      ...BODY,
      'Lena Ortiz teaches civil engineering.',
    ]);
    expect(found.meta).toMatchObject({
      title: 'Bridges of the Old Canal: A History',
      authors: ['Lena Ortiz'],
    });
    expect(found.last).toBe(BODY.at(-1));
  });

  it('names a letter’s writer from the signature under "Yours faithfully"', () => {
    const found = clean([
      'The Harbour Post',
      'Letters to the Editor',
      'The bridges need more than patches',
      ...BODY,
      'Yours faithfully,',
      'Omar Haddad',
      'Former bridge engineer',
    ]);
    expect(found.meta.authors).toEqual(['Omar Haddad']);
  });

  it('reads a panel summary’s quoted title and starts the body under its credit line', () => {
    const found = clean([
      'Harbour Engineering Conference 2025',
      'Panel summary: "Can the old bridges be saved?"',
      'Quay City, 15-16 October 2025 | Rapporteur: Omar Haddad',
      ...BODY,
    ]);
    expect(found.meta.title).toBe('Panel summary: "Can the old bridges be saved?"');
    expect(found.first).toBe(BODY[0]);
  });

  it('reads a breaking story’s headline, a notice’s issue date, and no organisation as a person', () => {
    const breaking = clean([
      'QUAY VOICE',
      'Home | News | Politics | Sports',
      'Breaking: Storm closes the canal bridges',
      'By Lena Ortiz | March 8, 2024 | 4 Comments',
      ...BODY,
    ]);
    expect(breaking.meta).toMatchObject({
      title: 'Breaking: Storm closes the canal bridges',
      authors: ['Lena Ortiz'],
    });
    const notice = clean([
      'QUAY CITY: Canal Bridges Snapshot',
      'Situation update No. 7 | Issued 9 April 2021',
      'HIGHLIGHTS',
      ...BODY,
    ]);
    expect(notice.meta).toMatchObject({ published: '2021-04-09', publisher: null });
    const release = clean([
      'QUAY CITY: BRIDGE CLOSURES MUST BE EXPLAINED',
      'Press release | Bridge Watch Harbour | 16 December 2020',
      ...BODY,
    ]);
    expect(release.meta.authors).toEqual([]);
    const translated = clean([
      'Canal bridges reopen after a week',
      'Translated from French. Le Courrier du Quai, 3 November 2019',
      ...BODY,
    ]);
    expect(translated.meta.published).toBe('2019-11-03');
  });

  it('keeps the last fields of a list of records, labelled as every record is', () => {
    const found = clean([
      'Bridge incidents, 2016 (records)',
      'Prepared for the bridges desk.',
      'Record 1',
      'Location: North span',
      'Summary: A barge struck the north span and damaged two girders.',
      'Damage type: Structural',
      'Record 2',
      'Location: South span',
      'Summary: A lorry struck the south railing and bent it.',
      'Damage type: Railing',
    ]);
    expect(found.last).toBe('Damage type: Railing');
  });
});

describe('normaliseAuthors: what follows a name', () => {
  it.each([
    ['Prepared by: Lena Ortiz, Senior Analyst, Bridges and Tunnels', ['Lena Ortiz']],
    ['Lena Ortiz, Senior Fellow, and Omar Haddad, Director', ['Lena Ortiz', 'Omar Haddad']],
    ['Presenter: Lt. Gen. Lena Ortiz', ['Lena Ortiz']],
    ['Presented by Capt. Omar Haddad (retd.)', ['Omar Haddad']],
    ['By John Major', ['John Major']],
    ['By Lena Ortiz, Quay Brief', ['Lena Ortiz', 'Quay Brief']],
  ])('%s gives %j', (byline, names) => {
    expect(normaliseAuthors(byline)).toEqual(names);
  });
});
