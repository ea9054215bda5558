import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../model/document.js';
import { cleanDocument } from './clean.js';

const scraped = [
  'Home',
  'World',
  'Sport',
  '',
  'Bridge reopens after repairs',
  '',
  'By Ana Lima',
  '3 June 2024',
  'Link Copied',
  '',
  'The bridge over the river reopened on Monday after three months of repairs, the transport ministry said.',
  '',
  'Drivers had used a ferry while engineers rebuilt two of the spans damaged in the spring floods.',
  '',
  '© 2024 River Post',
].join('\n');

describe('cleanDocument on text', () => {
  it('joins the article paragraphs with one blank line, so offsets index paragraphs', () => {
    const doc = cleanDocument({ source: 'bridge.txt', format: 'text', content: scraped });
    expect(paragraphsOf(doc.text).map((p) => p.text)).toEqual([
      'The bridge over the river reopened on Monday after three months of repairs, the transport ministry said.',
      'Drivers had used a ferry while engineers rebuilt two of the spans damaged in the spring floods.',
    ]);
    expect(doc).toMatchObject({
      title: 'Bridge reopens after repairs',
      authors: ['Ana Lima'],
      published: '2024-06-03',
      publisher: 'River Post',
    });
  });

  it("reads an outlet's name on its own line beside the byline, and only there", () => {
    const piece = (credits: string[]) =>
      cleanDocument({
        source: 'essay.txt',
        format: 'text',
        content: [
          'Why the River Towns Held',
          '',
          ...credits,
          '',
          'The towns along the river held through the dry season because their councils kept paying the guards.',
          'Nobody expected the arrangement to last, and it nearly did not.',
        ].join('\n'),
      });
    expect(piece(['By Ana Lima', 'April 2, 2024', 'The Delta Review'])).toMatchObject({
      authors: ['Ana Lima'],
      published: '2024-04-02',
      publisher: 'The Delta Review',
    });
    expect(piece(['By Ana Lima', 'April 2, 2024']).publisher).toBeNull();
  });

  it('lets the user’s hints win over what the text says', () => {
    const doc = cleanDocument({
      source: 'bridge.txt',
      format: 'text',
      content: scraped,
      hints: { published: '2024-06-04', author: 'Sam Carter and Ana Lima', publisher: 'Wire Service' },
    });
    expect(doc).toMatchObject({
      published: '2024-06-04',
      authors: ['Sam Carter', 'Ana Lima'],
      publisher: 'Wire Service',
    });
  });

  it('strips Markdown markup from .md documents', () => {
    const doc = cleanDocument({
      source: 'note.md',
      format: 'markdown',
      content:
        '# Bridge reopens\n\nThe **bridge** reopened on [Monday](https://example.org), officials said.\n',
    });
    expect(doc.text).toBe('Bridge reopens\n\nThe bridge reopened on Monday, officials said.');
    expect(doc.title).toBe('Bridge reopens');
  });
});
