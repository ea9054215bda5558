// Writes synthetic news pages for the ingest benchmark: realistic size and site chrome, our own
// generated sentences, varied so that no two pages are the same content.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = [
  'Maiduguri',
  'Mosul',
  'Deir ez-Zor',
  'Kabul',
  'Mogadishu',
  'Menaka',
  'Beni',
  'Palma',
  'Raqqa',
  'Diffa',
];
const GROUPS = ['Islamic State', 'ISWAP', 'al-Shabaab', 'JNIM', 'Islamic State Khorasan Province', 'the ADF'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'Residents said the security situation had worsened in recent months as patrols became less frequent.',
  'Local officials appealed for reinforcements and said roads out of the area remained unsafe.',
  'Aid agencies reported that thousands of people had fled to camps near the regional capital.',
  'Analysts said the group had adapted its tactics, relying on small cells and improvised explosives.',
  'The government said it would open an inquiry and promised compensation to the families of victims.',
  'Markets in the town stayed closed and schools suspended classes for the rest of the week.',
];

const pick = <T>(list: T[], i: number) => list[i % list.length]!;

/** About 5 KB of plain article text, numbered so every article differs. */
export function syntheticArticle(i: number): string {
  const place = pick(PLACES, i);
  const group = pick(GROUPS, i * 7 + 3);
  const killed = 3 + (i % 40);
  const lead = `${place.toUpperCase()} — Gunmen from ${group} attacked a military post near ${place} on ${pick(DAYS, i)}, killing ${killed} soldiers and wounding ${killed + 4} others, officials said. The group claimed the attack in a statement.`;
  const body: string[] = [lead];
  for (let k = 0; body.join('\n\n').length < 5_000; k++)
    body.push(`${pick(FILLER, i + k)} ${pick(FILLER, i + k + 2)} (${i}.${k})`);
  return body.join('\n\n');
}

/** One synthetic page of about `paragraphs` paragraphs, numbered so every page differs. */
export function syntheticPage(i: number, paragraphs = 12): string {
  const place = pick(PLACES, i);
  const group = pick(GROUPS, i * 7 + 3);
  const killed = 3 + (i % 40);
  const body = [
    `<p>${place.toUpperCase()} — Gunmen from ${group} attacked a military post near ${place} on ${pick(DAYS, i)}, killing ${killed} soldiers and wounding ${killed + 4} others, officials said. Report number ${i}.</p>`,
    ...Array.from({ length: paragraphs - 1 }, (_, k) => `<p>${pick(FILLER, i + k)} (${i}.${k})</p>`),
  ].join('\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Attack near ${place} kills ${killed} | Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><meta property="article:published_time" content="2023-05-${day}T08:00:00Z">
</head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav>${['Home', 'World', 'Africa', 'Middle East', 'Opinion', 'Video'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav></header>
<main><article><h1>Attack near ${place} kills ${killed}</h1><p class="byline">By Bench Reporter</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
${body}
</article>
<aside class="related"><h3>Related</h3><ul>${PLACES.map((p) => `<li><a href="/${p}">More news from ${p}</a></li>`).join('')}</ul></aside></main>
<footer>© 2023 Bench Wire. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;
}

/** Writes `count` synthetic pages into `dir` and returns their total size in bytes. */
export function writeSyntheticPages(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const page = syntheticPage(i);
    bytes += page.length;
    writeFileSync(join(dir, `page-${String(i).padStart(6, '0')}.html`), page);
  }
  return bytes;
}
