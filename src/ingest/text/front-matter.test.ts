import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean-text.js';
import { splitFrontMatter } from './front-matter.js';

const BODY =
  'Engineers reopened the bridge over the canal on Thursday after a week of repairs, the ministry said.';

describe('YAML front matter', () => {
  it('gives the title, date, author, outlet and address, and leaves only the article', () => {
    const text = [
      '---',
      'title: "Canal bridge reopens"',
      'date: 2023-03-02',
      'author: [Lena Ortiz, Omar Haddad]',
      'source: Harbour Review',
      'url: https://harbour.example/2023/03/02/bridge',
      '---',
      '',
      BODY,
    ].join('\n');
    const { paragraphs, meta } = cleanScrapedText(text, { format: 'markdown' });
    expect(paragraphs).toEqual([BODY]);
    expect(meta).toMatchObject({
      title: 'Canal bridge reopens',
      published: '2023-03-02',
      authors: ['Lena Ortiz', 'Omar Haddad'],
      publisher: 'Harbour Review',
      url: 'https://harbour.example/2023/03/02/bridge',
    });
  });

  it('takes a source that is a web address for no outlet, and leaves a text without front matter whole', () => {
    expect(
      splitFrontMatter('---\nsource: https://harbour.example/x\n---\nBody.').meta?.publisher ?? null,
    ).toBeNull();
    expect(splitFrontMatter(`${BODY}\n---\nmore`)).toEqual({ meta: null, body: `${BODY}\n---\nmore` });
  });

  it('leaves a block that is not a YAML mapping where it is', () => {
    const text = '---\n- just\n- a list\n---\nBody.';
    expect(splitFrontMatter(text)).toEqual({ meta: null, body: text });
    expect(splitFrontMatter('---\ntitle: [unclosed\n---\nBody.').meta).toBeNull();
  });
});
