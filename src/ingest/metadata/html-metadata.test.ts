import { describe, expect, it } from 'vitest';
import { parseHtml } from '../html/parse.js';
import { readHtmlMetadata } from './html-metadata.js';

const read = (head: string, body = '') =>
  readHtmlMetadata(
    parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 't.html'),
  );

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readHtmlMetadata: each source', () => {
  it('reads OpenGraph and article meta tags', () => {
    const meta = read(`
      <meta property="og:title" content="Army retakes river town">
      <meta property="og:site_name" content="Valley Courier">
      <meta property="og:url" content="https://valley.example/news/army-retakes-town">
      <meta property="article:published_time" content="2024-05-15T06:30:00+03:00">
      <meta name="author" content="Jane Doe">`);
    expect(meta).toMatchObject({
      title: 'Army retakes river town',
      authors: ['Jane Doe'],
      published: '2024-05-15',
      publisher: 'Valley Courier',
      url: 'https://valley.example/news/army-retakes-town',
    });
  });

  it('reads Twitter cards, Parse.ly and citation tags', () => {
    const meta = read(`
      <meta name="twitter:title" content="Drought deepens in the north">
      <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ana Lima">
      <meta name="parsely-pub-date" content="2023-09-01T10:00:00Z">`);
    expect(meta).toMatchObject({
      title: 'Drought deepens in the north',
      authors: ['Ana Lima'],
      published: '2023-09-01',
    });
    const paper = read(`
      <meta name="citation_title" content="Rebel governance in border towns">
      <meta name="citation_author" content="Karim, Ali">
      <meta name="citation_publication_date" content="2021/03/09">`);
    expect(paper).toMatchObject({
      title: 'Rebel governance in border towns',
      authors: ['Ali Karim'],
      published: '2021-03-09',
    });
  });

  it('reads a JSON-LD NewsArticle with author objects and a publisher object', () => {
    const meta = read(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Ceasefire holds for a third day',
        datePublished: '2022-06-03T09:00:00+01:00',
        author: [
          { '@type': 'Person', name: 'Jane Doe' },
          { '@type': 'Person', name: 'John Roe' },
        ],
        publisher: { '@type': 'Organization', name: 'Harbour Times' },
      }),
    );
    expect(meta).toMatchObject({
      title: 'Ceasefire holds for a third day',
      authors: ['Jane Doe', 'John Roe'],
      published: '2022-06-03',
      publisher: 'Harbour Times',
    });
  });

  it('reads JSON-LD in an @graph with @id references, and in a top-level array', () => {
    const graph = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Harbour Times' },
          { '@type': 'Organization', '@id': '#org', name: 'Harbour Times Group' },
          { '@type': 'Person', '@id': '#p1', name: 'Ana Lima' },
          {
            '@type': 'Report',
            headline: 'Quarterly security report',
            author: { '@id': '#p1' },
            publisher: { '@id': '#org' },
            datePublished: '2020-01-31',
          },
        ],
      }),
    );
    expect(graph).toMatchObject({
      authors: ['Ana Lima'],
      publisher: 'Harbour Times Group',
      published: '2020-01-31',
    });
    const array = read(
      ld([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', headline: 'Two held', author: 'Jane Doe' }]),
    );
    expect(array).toMatchObject({ title: 'Two held', authors: ['Jane Doe'] });
  });

  it('skips JSON-LD that does not parse', () => {
    const meta = read(
      `<script type="application/ld+json">{ "headline": </script><meta property="og:title" content="Still here">`,
    );
    expect(meta.title).toBe('Still here');
  });

  it('falls back on the markup: <h1>, <time datetime>, canonical link, <html lang>', () => {
    const html = `<!doctype html><html lang="fr-FR"><head><title>Site</title>
      <link rel="canonical" href="https://news.example/a/1"></head>
      <body><article><h1>Une attaque repoussée</h1><time datetime="2024-02-10T07:00:00Z">10 février</time></article></body></html>`;
    expect(readHtmlMetadata(parseHtml(html, 't.html'))).toMatchObject({
      title: 'Une attaque repoussée',
      published: '2024-02-10',
      url: 'https://news.example/a/1',
      language: 'fr',
    });
  });

  it('reads the visible byline, date line and copyright when the head says nothing', () => {
    const meta = read(
      '',
      `<nav><a>Home</a><a>World</a><a>Sport</a></nav>
       <h1>Floods close the main border crossing</h1>
       <div class="byline">By Maria Lopez and Tom West, Staff Writers</div>
       <div class="dateline">Published Saturday 18 February 2023 · 09:12 GMT</div>
       <p>Floodwater covered the road to the crossing on Friday, officials said, and trucks were turned back.</p>
       <p>Engineers expect the road to reopen next week once the water has receded from the bridge.</p>
       <footer>© 2023 Frontier Gazette. All rights reserved.</footer>`,
    );
    expect(meta).toMatchObject({
      title: 'Floods close the main border crossing',
      authors: ['Maria Lopez', 'Tom West'],
      published: '2023-02-18',
      publisher: 'Frontier Gazette',
    });
  });
});

describe('readHtmlMetadata: precedence', () => {
  it('prefers JSON-LD authors and dates to meta tags, and meta tags to the visible page', () => {
    const meta = read(
      `${ld({ '@type': 'NewsArticle', author: { name: 'Jane Doe' }, datePublished: '2024-01-02' })}
       <meta name="author" content="Sam Carter"><meta property="article:published_time" content="2024-01-03">`,
      '<p class="byline">By John Roe</p><time datetime="2024-01-04">4 January</time>',
    );
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(meta.published).toBe('2024-01-02');
  });

  it('prefers og:site_name to the JSON-LD publisher, then the title suffix, then the copyright line', () => {
    expect(
      read(
        `<meta property="og:site_name" content="Valley Courier">${ld({ '@type': 'Article', publisher: { name: 'VC Media' } })}`,
      ).publisher,
    ).toBe('Valley Courier');
    expect(
      read(`<title>Bridge reopens | Valley Courier</title>`, '<footer>© 2024 VC Media Ltd</footer>')
        .publisher,
    ).toBe('Valley Courier');
    expect(read('<title>Bridge reopens</title>', '<footer>© 2024 VC Media Ltd</footer>').publisher).toBe(
      'VC Media',
    );
  });

  it('strips the site name from the <title> when it is the only title', () => {
    const meta = read(
      '<title>Bridge reopens after floods - Valley Courier</title><meta property="og:site_name" content="Valley Courier">',
    );
    expect(meta.title).toBe('Bridge reopens after floods');
  });

  it('keeps an author who is not the publisher and drops one who is', () => {
    expect(
      read(
        '<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Valley Courier">',
      ).authors,
    ).toEqual([]);
  });
});

describe('readHtmlMetadata: dates', () => {
  it('reads a compact date in a meta tag and an hAtom published mark', () => {
    expect(read('<meta name="pdate" content="20240515">').published).toBe('2024-05-15');
    expect(read('<meta name="pdate" content="20241315">').published).toBeNull();
    const hatom = read(
      '',
      '<article><abbr class="published" title="2024-05-15T06:30:00Z">15 May</abbr></article>',
    );
    expect(hatom.published).toBe('2024-05-15');
  });

  it('uses a date in the URL only when nothing better exists', () => {
    const url = '<link rel="canonical" href="https://news.example/world/2021/03/30/port-town-falls">';
    expect(read(url).published).toBe('2021-03-30');
    expect(
      read(`${url}<meta property="article:published_time" content="2021-03-29T22:00:00Z">`).published,
    ).toBe('2021-03-29');
  });

  it('uses a modification date only as a last resort', () => {
    expect(read('<meta property="article:modified_time" content="2020-05-06T10:00:00Z">').published).toBe(
      '2020-05-06',
    );
  });

  it('never fills the date from the clock, a relative date or a copyright year', () => {
    const meta = read(
      '<title>Talks resume</title>',
      '<h1>Talks resume in the capital</h1><p class="meta">2 hours ago</p><p>Delegates met again on Monday after a pause of two weeks, officials said.</p><footer>© 2024 Capital Post</footer>',
    );
    expect(meta.published).toBeNull();
  });
});

describe('readHtmlMetadata: precedence below JSON-LD', () => {
  it('prefers meta tags to the visible byline and <time>', () => {
    const meta = read(
      '<meta name="author" content="Sam Carter"><meta property="article:published_time" content="2024-01-03">',
      '<p class="byline">By John Roe</p><time datetime="2024-01-04">4 January</time>',
    );
    expect(meta.authors).toEqual(['Sam Carter']);
    expect(meta.published).toBe('2024-01-03');
  });
});
