import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../text/clean-text.js';

const HEADLINE = 'Canal bridge reopens after a week of repairs';
const BODY = [
  'Engineers reopened the bridge over the canal on Thursday after a week of repairs, the works ministry said.',
  'Traffic was light in the morning, but lorries queued at both ends by the afternoon, drivers said.',
];

/** A scraped page: a masthead and menu, the header lines under the headline, the body, a footer. */
function page(header: string[], options: { top?: string; footer?: string[] } = {}): string {
  const top = [options.top ?? 'HARBOUR POST', 'Home | Canal | Port | Opinion'];
  return [...top, HEADLINE, ...header, ...BODY, ...(options.footer ?? [])].join('\n\n');
}

const meta = (text: string) => cleanScrapedText(text).meta;

describe('readTextMetadata: name lines under the headline', () => {
  it.each([
    [
      ['Lena Ortiz and Omar Haddad', '2 March 2023'],
      ['Lena Ortiz', 'Omar Haddad'],
    ],
    [['Lena Ortiz, Port Said', '2 March 2023'], ['Lena Ortiz']],
    [['Lena Ortiz, Senior Fellow, Canal Programme', '2 March 2023'], ['Lena Ortiz']],
    [['Harbour Wire', 'Lena Ortiz', '2 March 2023'], ['Lena Ortiz']],
    [['Opinion | By Lena Ortiz', '2 March 2023'], ['Lena Ortiz']],
    [['Dr Lena Ortiz', '2 March 2023'], ['Lena Ortiz']],
    [
      ['Submitted by Prof. Lena Ortiz, Canal Studies Programme, Port University', '2 March 2023'],
      ['Lena Ortiz'],
    ],
    [
      ['Prepared by Harbour Risk Advisory, canal desk (lead analyst: Lena Ortiz)', '2 March 2023'],
      ['Lena Ortiz'],
    ],
    [['Canal Forum — author: Lena Ortiz — 2 March 2023'], ['Lena Ortiz']],
    [['Harbour Podcast | Show notes by producer Lena Ortiz | 2 March 2023'], ['Lena Ortiz']],
    [['2 March 2023', 'Link Copied'], []],
    [['Lena Ortiz', 'Share: Facebook | X | Email'], ['Lena Ortiz']],
    [['Harbour Desk', 'Share: Facebook | X | Email'], []],
  ])('%j gives %j', (header, authors) => {
    expect(meta(page(header)).authors).toEqual(authors);
  });

  it('reads a name line with its place under the date line as the byline, not the headline', () => {
    const text = [HEADLINE, 'Thu 2 Mar 2023 09.12 GMT', 'Lena Ortiz in Port Said', ...BODY].join('\n');
    expect(meta(text)).toMatchObject({ title: HEADLINE, authors: ['Lena Ortiz'], published: '2023-03-02' });
  });

  it('reads a dotted date line day first and keeps it apart from the headline and the credit line', () => {
    const text = [HEADLINE, '02.03.2023', 'Reporting by Lena Ortiz; Editing by Omar Haddad', ...BODY].join(
      '\n',
    );
    expect(meta(text)).toMatchObject({ title: HEADLINE, authors: ['Lena Ortiz'], published: '2023-03-02' });
  });

  it('reads an outlet line that names its section as the outlet, not the headline', () => {
    const text = [HEADLINE, 'By Lena Ortiz', '2 March 2023', 'The Harbour Review, Opinion', ...BODY].join(
      '\n',
    );
    expect(meta(text)).toMatchObject({ title: HEADLINE, publisher: 'The Harbour Review' });
  });

  it('takes the outlet beside the date for the publisher, not the authors above it', () => {
    expect(meta(page(['Lena Ortiz and Omar Haddad', '2 March 2023', 'The Harbour Review']))).toMatchObject({
      authors: ['Lena Ortiz', 'Omar Haddad'],
      publisher: 'The Harbour Review',
    });
  });

  it('takes an institute under the date, without its series, for the publisher', () => {
    const found = meta(page(['Lena Ortiz', '2 March 2023', 'Centre for Canal Studies, Policy Brief No. 7']));
    expect(found).toMatchObject({ title: HEADLINE, publisher: 'Centre for Canal Studies' });
  });
});

describe('readTextMetadata: the publisher in the footer', () => {
  it.each([
    ['© 2023 Harbour Post Media', 'HARBOUR POST'],
    ['Harbour Post · Port Said · All content © 2023', 'HARBOUR POST'],
    ['Harbour Post GmbH · Imprint · Privacy · Contact', 'HARBOUR POST · English edition'],
    ['Harbour Post is published by Harbour Post Media SARL. © 2023. Terms · Privacy', 'HARBOUR POST'],
    ['Harbour Post 2023 | Terms | Privacy', 'Harbour Post'],
  ])('%s under the masthead %s gives the masthead', (footer, top) => {
    expect(meta(page(['By Lena Ortiz', '2 March 2023'], { top, footer: [footer] })).publisher).toBe(
      'Harbour Post',
    );
  });

  it('keeps a company word the page does not show without it', () => {
    expect(
      meta(page(['By Lena Ortiz'], { top: 'CANAL NEWS', footer: ['© 2023 Harbour Post Media'] })).publisher,
    ).toBe('Harbour Post Media');
  });
});

describe('readTextMetadata: dates of a notes file', () => {
  it('takes the date its introduction states, not the date heading its first entry', () => {
    const notes = [
      'Canal incidents: working notes',
      'Analyst extract, updated 4 November 2024. Entries follow the harbour board conventions; places are given as (district, province).',
      '3 June 2016 - North lock',
      'On 3 June 2016, gunmen fired on a patrol boat near the northern lock; two guards were wounded, the harbour board said.',
      '17 January 2017 - South lock',
      'On 17 January 2017, a patrol exchanged fire with smugglers at the southern lock; no one was hurt, officials said.',
      '9 February 2020 - Outer channel',
      'On 9 February 2020, a mine went off under a dredger in the outer channel; the crew escaped unhurt, the navy said.',
    ];
    expect(meta(notes.join('\n\n')).published).toBe('2024-11-04');
  });
});

describe('readTextMetadata: the headline', () => {
  it.each([
    [
      'Canal incidents, first half of the year (compiled for the harbour board; one paragraph per incident)',
      'Canal incidents, first half of the year',
    ],
    [
      'Canal bridge reopens after a week of repairs (updated)',
      'Canal bridge reopens after a week of repairs (updated)',
    ],
  ])('%s gives %s', (headline, title) => {
    expect(meta([headline, '', 'By Lena Ortiz', '', ...BODY].join('\n')).title).toBe(title);
  });
});

describe('readTextMetadata: date lines a plain-text header runs together', () => {
  it('reads the date of an "Outlet - 2 March 2023" line', () => {
    expect(meta(page(['Harbour Post Online - 2 March 2023'])).published).toBe('2023-03-02');
  });

  it('does not join a date line onto the line above it in a block', () => {
    const text = [
      'HARBOUR POST',
      HEADLINE,
      'Harbour Post correspondent in Port Said\n2 March 2023',
      ...BODY,
    ].join('\n\n');
    expect(meta(text).published).toBe('2023-03-02');
  });

  it('reads the date in a bar of short labels ("Policy brief | Canal Institute | 2 March 2023")', () => {
    expect(meta(page(['Policy brief | Canal Institute for Trade Studies | 2 March 2023'])).published).toBe(
      '2023-03-02',
    );
  });
});

describe('readTextMetadata: credit lines that name the outlet', () => {
  const header = (lines: string[]) => [HEADLINE, ...lines, ...BODY].join('\n\n');

  it.each([
    [
      ['By Lena Ortiz, Canal Research Notes, 14 October 2024'],
      ['Lena Ortiz'],
      '2024-10-14',
      'Canal Research Notes',
    ],
    [
      ['Policy brief | Centre for Canal Studies | 2 September 2024'],
      [],
      '2024-09-02',
      'Centre for Canal Studies',
    ],
    [
      ['Working paper, Delta Waterways Observatory, 12 August 2025'],
      [],
      '2025-08-12',
      'Delta Waterways Observatory',
    ],
    [
      ['An analysis by Lena Ortiz', 'Harbour Security Review | 5 July 2025'],
      ['Lena Ortiz'],
      '2025-07-05',
      'Harbour Security Review',
    ],
    [
      ['By Lena Ortiz, former adviser on ports | The Canal Ledger | 6 August 2025', 'Summary'],
      ['Lena Ortiz'],
      '2025-08-06',
      'The Canal Ledger',
    ],
    [
      ['Prepared by Harbour Risk Advisory, canal desk (lead analyst: Lena Ortiz)'],
      ['Lena Ortiz'],
      null,
      'Harbour Risk Advisory',
    ],
    [
      ['Testimony of Professor Lena Ortiz, Institute for Canal Studies', 'Delivered 25 March 2025'],
      ['Lena Ortiz'],
      '2025-03-25',
      null,
    ],
  ])('reads %j', (lines, authors, published, publisher) => {
    expect(meta(header(lines))).toMatchObject({ title: HEADLINE, authors, published, publisher });
  });

  it('takes no place for the outlet', () => {
    expect(meta(header(['Port Said | 5 July 2025']))).toMatchObject({
      published: '2025-07-05',
      publisher: null,
    });
  });

  it('reads a memo, a review and a posted report', () => {
    const memo = [
      'From: Lena Ortiz, canal programme lead',
      'Date: 2 June 2025',
      `Subject: ${HEADLINE}`,
      ...BODY,
    ];
    expect(meta(memo.join('\n'))).toMatchObject({
      title: HEADLINE,
      authors: ['Lena Ortiz'],
      published: '2025-06-02',
    });
    expect(meta(header(['Reviewed by Omar Haddad', 'November 2024']))).toMatchObject({
      authors: ['Omar Haddad'],
    });
    expect(meta(header(['Posted 20 June 2025 by the events team']))).toMatchObject({
      published: '2025-06-20',
    });
  });

  it('does not take a cookie notice in brackets for the headline', () => {
    const text = page(['4 May 2024'], {
      top: '[Cookie notice] This website stores cookies on your computer. OK',
    });
    expect(meta(text).title).toBe(HEADLINE);
  });
});

describe('readTextMetadata: a place in the credit line', () => {
  const isPlace = (name: string) => ['Port Said', 'Ismailia'].includes(name);
  const placed = (lines: string[]) =>
    cleanScrapedText([HEADLINE, ...lines, ...BODY].join('\n\n'), { isPlace }).meta.authors;

  it('takes no author from a credit line that names only a place beside its date', () => {
    expect(placed(['Port Said | 2 March 2023'])).toEqual([]);
    expect(placed(['Ismailia, 2 March 2023'])).toEqual([]);
  });

  it('takes the person, not the place, when the credit line names both', () => {
    expect(placed(['Port Said · 2 March 2023 · Lena Ortiz'])).toEqual(['Lena Ortiz']);
    // Without a way to tell, a two-word place reads as a name.
    expect(meta([HEADLINE, 'Port Said | 2 March 2023', ...BODY].join('\n\n')).authors).toEqual(['Port Said']);
  });
});

describe('readTextMetadata: headers of briefs, memos and transcripts', () => {
  it("takes the site's name over its menu for the publisher, never a section heading or a security marking", () => {
    const site = [
      'CANAL HERALD',
      'World | Ports | Opinion | Newsletters',
      HEADLINE,
      'Commentary by Lena Ortiz',
      ...BODY,
    ];
    expect(meta(site.join('\n\n'))).toMatchObject({ publisher: 'CANAL HERALD', authors: ['Lena Ortiz'] });
    const brief = ['Canal security: residual threat', '3 February 2025', 'Summary', ...BODY];
    expect(meta(brief.join('\n\n')).publisher).toBeNull();
    const marked = ['UNCLASSIFIED // FOR PUBLIC RELEASE', HEADLINE, 'Issued: 15 September 2025', ...BODY];
    expect(meta([...marked, 'UNCLASSIFIED // FOR PUBLIC RELEASE'].join('\n\n')).publisher).toBeNull();
  });

  it('takes the headline under a line that opens with a label in capitals', () => {
    const note = [
      'CLIENT NOTE — Ports and canals of the delta',
      'Security outlook: smuggling, Q3 2025',
      'By Lena Ortiz | 2 March 2023',
      ...BODY,
    ];
    expect(meta(note.join('\n')).title).toBe('Security outlook: smuggling, Q3 2025');
  });

  it("reads a memo's sender as its author and its subject as its headline, and a transcript's guest as neither", () => {
    const memo = cleanScrapedText(
      [
        'MEMORANDUM',
        'TO: Port Security Board',
        'FROM: Lena Ortiz, Canal Desk',
        'DATE: 2 March 2023',
        'SUBJECT: Smuggling on the canal',
        '',
        ...BODY,
      ].join('\n'),
    );
    expect(memo.meta).toMatchObject({
      title: 'Smuggling on the canal',
      authors: ['Lena Ortiz'],
      published: '2023-03-02',
    });
    expect(memo.paragraphs[0]).toBe(BODY[0]);
    const marked = cleanScrapedText(
      [
        'MEMORANDUM',
        'TO: Port Security Board',
        'DATE: 2 March 2023',
        'SUBJECT: Is smuggling on the canal growing?',
        'CLASSIFICATION: UNCLASSIFIED // FOR OFFICIAL USE ONLY',
        '',
        ...BODY,
        'CLASSIFICATION: UNCLASSIFIED // FOR OFFICIAL USE ONLY',
      ].join('\n'),
    );
    expect(marked.meta.title).toBe('Is smuggling on the canal growing?');
    expect(marked.paragraphs).toEqual(BODY);
    const transcript = [
      'Harbour Hour, episode 12: Smuggling on the canal',
      'Transcript',
      'Host: Lena Ortiz',
      'Guest: Omar Haddad, former adviser to the port authority',
      'Recorded 2 March 2023',
      '',
      ...BODY,
    ].join('\n');
    expect(meta(transcript).title).toBe('Harbour Hour, episode 12: Smuggling on the canal');
  });
});

describe('readTextMetadata: credits of evidence, newsletters and podcasts', () => {
  it('reads the witness of written evidence, without the institution beside the name', () => {
    const evidence = [
      'Harbour Committee',
      'Inquiry: smuggling on the canal',
      'Written evidence submitted by Dr Lena Ortiz, Department of Port Studies, University of Harbour City (HRB0007)',
      'March 2023',
      'Summary',
      ...BODY,
    ];
    const cleaned = cleanScrapedText(evidence.join('\n\n'));
    expect(cleaned.meta.authors).toEqual(['Lena Ortiz']);
    expect(cleaned.paragraphs[0]).toBe(BODY[0]);
  });

  it("takes a newsletter's signed line for its author", () => {
    const letter = [
      'THE CANAL LETTER',
      'Issue 12 · 2 March 2023',
      'Dear readers,',
      '— Lena Ortiz, editor',
      ...BODY,
    ];
    expect(meta(letter.join('\n\n')).authors).toEqual(['Lena Ortiz']);
  });

  it("names the show an episode's headline names, and no 'Transcript ©' owner", () => {
    const episode = [
      'Harbour Hour, Episode 12: Smuggling on the canal',
      'Released 2 March 2023 · 31 min',
      'Host: Lena Ortiz · Guest: Omar Haddad',
      ...BODY,
      'Harbour Hour is made by volunteers. Transcript © 2023.',
    ];
    expect(meta(episode.join('\n\n')).publisher).toBe('Harbour Hour');
  });

  it("takes a masthead's name before its tagline", () => {
    const blog = [
      'Canal Notes | a blog of the Port Studies Group',
      'Home | Posts | Authors | About',
      HEADLINE,
      ...BODY,
    ];
    expect(meta(blog.join('\n\n')).publisher).toBe('Canal Notes');
  });
});

describe('readTextMetadata: lists of dataset records', () => {
  it('takes neither a field nor a row of the records for the headline, nor a row date for the publication date', () => {
    const fields = [
      'Canal incidents: records in the style of a georeferenced dataset',
      'Record 1',
      'Type of violence: one-sided violence',
      'Actor: river gang',
      'Date: 2023-03-02',
      'Record 2',
      'Type of violence: state-based',
      'Actor: port police',
      'Date: 2023-03-09',
      ...BODY,
    ];
    expect(meta(fields.join('\n\n'))).toMatchObject({
      title: 'Canal incidents: records in the style of a georeferenced dataset',
      published: null,
    });
    const rows = [
      'Canal incidents: event notes',
      '2 March 2023 | Egypt | Ismailia | East bank | Ferry quay',
      'Riots / Violent demonstration | Dock workers vs Port police',
      BODY[0]!,
      '9 March 2023 | Egypt | Port Said | Arsenal basin | North quay',
      'Riots / Violent demonstration | Dock workers vs Port police',
      BODY[1]!,
    ];
    expect(meta(rows.join('\n\n'))).toMatchObject({ title: 'Canal incidents: event notes', published: null });
  });
});

describe('readTextMetadata: a brief that dates itself in its opening line', () => {
  it('reads "Published <date>." ending the first line under the headline', () => {
    const text = [
      'Canal security notes, spring term',
      'Compiled by the harbour desk. Published 4 June 2025.',
      ...BODY,
    ];
    expect(meta(text.join('\n\n')).published).toBe('2025-06-04');
  });

  it('does not read a date that a sentence of the body says something was published', () => {
    const text = [
      'Canal security notes, spring term',
      'The ministry report published 4 June 2025 said the bridge was safe.',
      ...BODY,
    ];
    expect(meta(text.join('\n\n')).published).toBeNull();
  });
});
