import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import { cleanDocument } from '../clean.js';
import { extractArticle, findArticle } from './extract-article.js';
import { parseHtml } from './parse.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/html/${name}.html`, import.meta.url), 'utf8');

const extract = (html: string) => extractArticle(parseHtml(html, 'page.html'));

const page = (body: string, head = '<title>A page</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractArticle on a page whose chrome is marked by tags and classes', () => {
  const paragraphs = extract(fixture('news-with-chrome'));

  it('keeps the body paragraphs, headings and list items in order, one per paragraph', () => {
    expect(paragraphs).toEqual([
      'MARLOW VALE — Rising water closed the single road into the valley on Tuesday night, leaving about 400 residents cut off until the river falls, the county council said.',
      'Engineers said the stone bridge at the valley mouth was sound, but the approach road on either side lay under more than a metre of water.',
      'Supplies by boat',
      'Volunteers from the sailing club ferried bread, milk and medicine across the flooded meadow in two dinghies on Wednesday morning.',
      'The school will stay closed until Friday.',
      'The surgery is taking calls by telephone only.',
      'The council expects the road to reopen by the weekend if no more rain falls.',
    ]);
  });

  it.each([
    ['cookie notice', 'We use cookies'],
    ['navigation', 'Weather'],
    ['title', 'Floodwaters cut the only road'],
    ['byline', 'Tamsin Greaves'],
    ['date', '4 March 2031'],
    ['share bar', 'Share on Facebook'],
    ['caption and credit', 'Photo: Ellis Ward'],
    ['inline ad', 'Advertisement'],
    ['related stories', 'Council approves new flood wall'],
    ['newsletter', 'Sign up for our daily newsletter'],
    ['comments', 'Stay safe everyone'],
    ['most read', 'Five things to do'],
    ['footer', 'All rights reserved'],
  ])('drops the %s', (_kind, text) => {
    expect(paragraphs.join('\n')).not.toContain(text);
  });
});

describe('extractArticle on a page with meaningless class names', () => {
  const paragraphs = extract(fixture('news-plain-markup'));

  it('finds the body by its prose and drops chrome by its text, links and the author note', () => {
    expect(paragraphs).toEqual([
      'The district council voted on Monday to keep the estuary ferry running every day through the winter, reversing a plan to cut the service to weekends.',
      "Councillors said the crossing saves workers on the south bank an hour's drive each way, and that the cost of the extra sailings would be met from the harbour fund.",
      'The operator will add a late sailing on Fridays from December, the council said in a statement after the vote.',
    ]);
  });
});

describe('extractArticle on a blog template', () => {
  const first =
    'KESTON — Gunmen attacked a cattle market outside the town on Tuesday, killing nine traders and driving off hundreds of cows, police said.';
  const second =
    'A police spokesman said officers had arrested two suspects and recovered some of the stolen animals near the river on Wednesday.';
  const html = page(
    `<div id="content"><h2>Gunmen raid cattle market near Keston</h2><div class="x1">May 6, 2030 by admin</div>` +
      `<p>${first}</p><blockquote>Gunmen attacked a cattle market outside the town on Tuesday.</blockquote>` +
      `<div class="x2"><h3>Never miss a story</h3><p>Get our morning briefing in your inbox every weekday.</p></div>` +
      `<p>${second}</p><div class="x3"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>`,
    '<title>Gunmen raid cattle market near Keston</title>',
  );

  it('drops the dated byline, the pull quote and the boxes with their headings', () => {
    expect(extract(html)).toEqual([first, second]);
  });
});

describe('choosing between candidates', () => {
  it("takes the page's JSON-LD articleBody when the visible body is only a teaser", () => {
    const article = findArticle(parseHtml(fixture('json-ld-body'), 'page.html'));
    expect(article.source).toBe('json-ld');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(
      /^Apple growers across the valley say their trees came into blossom three weeks earlier/,
    );
    expect(article.paragraphs[2]).toMatch(/cold snap in the first week of March\.$/);
  });

  it('keeps the visible body when the JSON-LD body is a truncated summary', () => {
    const body = fixture('news-with-chrome').replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Rising water closed the single road into the valley on Tuesday night..."}</script></head>',
    );
    const article = findArticle(parseHtml(body, 'page.html'));
    expect(article.source).toBe('dom');
    expect(article.paragraphs).toHaveLength(7);
  });

  it('passes over JSON-LD that is not valid JSON', () => {
    const html = fixture('news-with-chrome').replace(
      '</head>',
      '<script type="application/ld+json">{"articleBody": "unterminated</script></head>',
    );
    expect(extract(html)).toHaveLength(7);
  });
});

describe('pages without an article', () => {
  it('returns [] for a section front of links', () => {
    expect(extract(fixture('no-article'))).toEqual([]);
  });

  it('makes cleanDocument report that no article text was found', () => {
    expect(() =>
      cleanDocument({ source: 'front.html', format: 'html', content: fixture('no-article') }),
    ).toThrow(InputError);
  });

  it.each([
    ['an empty file', ''],
    ['bare text', 'not markup at all'],
    ['an empty body', page('')],
    ['a frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['only scripts', page('<script>var a = "<p>not text</p>";</script><style>p { color: red }</style>')],
  ])('returns [] without throwing for %s', (_kind, html) => {
    expect(extract(html)).toEqual([]);
  });
});

describe('robustness', () => {
  it('reads the article beside a huge inline script', () => {
    const script = `<script>${'var s = "<div><p>x</p></div>";\n'.repeat(100_000)}</script>`;
    const text =
      'The harbour master said the new moorings would be ready before the summer season, and that the waiting list had already closed for the year.';
    expect(extract(page(`${script}<article><p>${text}</p></article>`))).toEqual([text]);
  });

  it('joins the short cells of a table row into one paragraph', () => {
    const rows = '<table><tr><th>Boat</th><th>Berth</th></tr><tr><td>Kittiwake</td><td>12</td></tr></table>';
    const prose =
      'The council published the list of winter berths on Monday, with every mooring on the north quay now taken for the season.';
    expect(extract(page(`<article><p>${prose}</p>${rows}</article>`))).toEqual([
      prose,
      'Boat Berth',
      'Kittiwake 12',
    ]);
  });

  it('reads an old table layout whose paragraphs are separated by double line breaks', () => {
    const html = page(
      '<table><tr><td><a href="/">Home</a><br><a href="/n">News</a></td><td>' +
        '<b>Bridge reopens after repairs</b><br><i>By Ann Lee, 3 May 2030</i><br><br>' +
        'KESTON — The old bridge reopened on Friday after six months of repairs, the county said.<br><br>' +
        'Workers replaced two steel beams and the whole deck, at a cost of about two million pounds.<br><br>' +
        'Share: <a href="#">Facebook</a> <a href="#">Twitter</a></td></tr></table>',
      '<title>Bridge reopens after repairs | Daily Sun</title>',
    );
    expect(extract(html)).toEqual([
      'KESTON — The old bridge reopened on Friday after six months of repairs, the county said.',
      'Workers replaced two steel beams and the whole deck, at a cost of about two million pounds.',
    ]);
  });

  it('keeps every part of an article split by advertisements into sibling sections', () => {
    const part = (n: number) =>
      `<div class="body-part"><p>Part ${n} of the report says the harbour wall needs repair, and the work will take about six weeks to finish.</p><p>Part ${n} also notes that the cost, shared by the council and the port, is not yet known.</p></div>`;
    const html = page(
      `<main>${part(1)}<div class="ad-slot">Advertisement</div>${part(2)}<div class="ad-slot">Advertisement</div>${part(3)}</main>`,
    );
    const paragraphs = extract(html);
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Part 1/);
    expect(paragraphs[5]).toMatch(/^Part 3/);
  });

  const prose =
    'The ferry crossing resumed at noon once the wind dropped, and the first boat carried forty passengers and two cars to the island.';

  it('drops a <time> element or a relative time left standing above the first paragraph', () => {
    const body =
      '<p>Engineers reopened the bridge over the canal on Thursday after a week of repairs, the works ministry said in a statement.</p>' +
      '<p>Traffic was light in the morning, but lorries queued at both ends of the bridge by the afternoon, drivers said.</p>';
    for (const lead of ['<time datetime="2023-03-02">Thursday</time>', '<div>5 hours ago</div>']) {
      expect(extract(page(`<main><h1>Canal bridge reopens</h1>${lead}${body}</main>`))[0]).toMatch(
        /^Engineers/,
      );
    }
  });

  it('reads a fragment that has no <html> or <body>', () => {
    expect(extract(`<div><p>${prose}</p></div><div><p>${prose.replace('noon', 'dawn')}</p></div>`)).toEqual([
      prose,
      prose.replace('noon', 'dawn'),
    ]);
  });

  it('reads a page with stray elements between <head> and <body>', () => {
    const html = `<html><head><title>Ferry</title></head><noscript>Turn on scripts</noscript><div class="promo">Offer</div><body><article><p>${prose}</p></article></body></html>`;
    expect(extract(html)).toEqual([prose]);
  });

  it('walks markup nested just under the limit without overflowing the stack', () => {
    const tables = `${'<table><tr><td>'.repeat(990)}<p>${prose}</p>${'</td></tr></table>'.repeat(990)}`;
    const lists = `${'<ul><li>'.repeat(990)}${prose}${'</li></ul>'.repeat(990)}`;
    expect(extract(page(tables))).toEqual([prose]);
    expect(extract(page(lists))).toEqual([prose]);
  });

  it('drops an ad label or share widget dropped into running text', () => {
    const html = page(
      `<article><p>The ferry crossing resumed at noon <span class="ad-label">Advertisement</span>once the wind dropped, and the first boat carried forty passengers.<span class="share-inline">Share</span></p><p>${prose}</p></article>`,
    );
    expect(extract(html)[0]).toBe(
      'The ferry crossing resumed at noon once the wind dropped, and the first boat carried forty passengers.',
    );
  });

  it('drops an invitation to comment at the end of the article', () => {
    const html = page(
      `<article><p>${prose}</p><p>Have your say: share your views on the ferry timetable below.</p></article>`,
    );
    expect(extract(html)).toEqual([prose]);
  });

  it('refuses HTML nested 10,000 deep with a one-line InputError', () => {
    const deep = `${'<div>'.repeat(10_000)}text${'</div>'.repeat(10_000)}`;
    expect(() => parseHtml(deep, 'deep.html')).toThrow(InputError);
    expect(() => parseHtml(deep, 'deep.html')).toThrow(/^[^\n]*nested more than \d+ elements deep[^\n]*$/);
  });
});
