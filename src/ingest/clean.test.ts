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
