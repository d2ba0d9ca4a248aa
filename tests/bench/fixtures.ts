/**
 * The benchmark's pages, generated from the seeds (deterministic: same bytes every run):
 * - a ~1 MB Kamerstuk page: the five seeds, repeated, as officielebekendmakingen.nl renders them
 *   (headings, paragraphs with footnote markers, tables, footnote lists);
 * - a news front page of about 5,000 elements: nav, sections of teasers, some naming missions;
 * - a live blog that appends 1,000 paragraphs in bursts after load and re-renders some posts.
 * Every page installs a 'longtask' PerformanceObserver at the top of <head>, before anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FILES } from '../../data/schema';
import { escapeHtml } from '../e2e/fixtures/html';
import { benchMissions } from './aliases';
import { parseSeed, type SeedBlock, seedSentences } from './seed-blocks';

export type BenchFixture = { name: string; host: string; path: string; html: string };

/** Long tasks as the page itself sees them; `window.__longtasks` is read by the runner. */
const LONGTASK_OBSERVER = `<script>window.__longtasks=[];new PerformanceObserver(function(list){for(const e of list.getEntries())window.__longtasks.push({start:e.startTime,duration:e.duration});}).observe({type:'longtask',buffered:true});</script>`;

function benchPage(title: string, body: string, css = ''): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8">${LONGTASK_OBSERVER}
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem}${css}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** A small deterministic PRNG (mulberry32), so the pages are the same bytes on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

const seeds = () => SEED_FILES.map((f) => readFileSync(join(process.cwd(), 'seeds', f), 'utf8'));

// 1. Kamerstuk ----------------------------------------------------------------------------------

function renderBlock(block: SeedBlock, prefix: string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} class="${block.level === 2 ? 'stuktitel' : 'paragraaf'}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const refs = block.notes
        .map((n) => `<sup><a class="nootnum" href="#${prefix}-n${n}" id="${prefix}-r${n}">${n}</a></sup>`)
        .join('');
      return `<p class="al">${escapeHtml(block.text)}${refs}</p>`;
    }
    case 'table': {
      const [head, ...rows] = block.rows;
      const cells = (row: string[], tag: 'th' | 'td') =>
        `<tr>${row.map((c) => `<${tag}><p class="kio2-cel">${escapeHtml(c)}</p></${tag}>`).join('')}</tr>`;
      return `<div class="tabel"><table class="kio2"><thead>${cells(head ?? [], 'th')}</thead><tbody>${rows
        .map((r) => cells(r, 'td'))
        .join('\n')}</tbody></table></div>`;
    }
  }
}

function renderSeed(seed: string, index: number, round: number): string {
  const prefix = `s${round}-${index}`;
  const doc = parseSeed(seed);
  const body = doc.blocks.map((b) => renderBlock(b, prefix)).join('\n');
  const notes = [...doc.footnotes]
    .map(([n, text]) => `<li id="${prefix}-n${n}"><p><a href="#${prefix}-r${n}">${n}</a> ${escapeHtml(text)}</p></li>`)
    .join('\n');
  return `<div class="stuk" id="${prefix}">
<div class="kamerstuk"><p class="kamerstuknr"><span class="nr">Kamerstuk 29 521, nr. ${480 + round * 5 + index}</span></p>
<h1 class="stuktitel">${escapeHtml(`Internationale militaire samenwerking en missies (deel ${round + 1}.${index + 1})`)}</h1>
<div class="alineagroep">
${body}
</div>${notes ? `\n<div class="noten"><h2>Noten</h2><ol>${notes}</ol></div>` : ''}
</div></div>`;
}

const SITE_HEADER = `<header class="site"><a href="/" class="logo">Officiële bekendmakingen</a>
<nav><ul><li><a href="/zoeken">Zoeken</a></li><li><a href="/kamerstukken">Kamerstukken</a></li><li><a href="/staatscourant">Staatscourant</a></li><li><a href="/help">Help</a></li></ul></nav></header>`;

export function kamerstukFixture(targetBytes = 1_000_000): BenchFixture {
  const texts = seeds();
  const parts: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (let i = 0; i < texts.length && bytes < targetBytes; i++) {
      const part = renderSeed(texts[i] as string, i, round);
      parts.push(part);
      bytes += Buffer.byteLength(part);
    }
  }
  const html = benchPage(
    'Kamerstuk 29 521 — Internationale militaire samenwerking',
    `${SITE_HEADER}\n<main id="broodtekst">\n${parts.join('\n')}\n</main>\n<footer><p>Dit is een benchmarkpagina.</p></footer>`,
    '.tabel table{border-collapse:collapse}.tabel td,.tabel th{border:1px solid #999;padding:2px 4px}',
  );
  return { name: 'kamerstuk-1mb', host: 'zoek.officielebekendmakingen.nl', path: '/kst-bench-1mb.html', html };
}

/**
 * A page that is one 1 MB text node: the seeds' sentences run together in one paragraph, no markup
 * (as a plain-text document or a badly converted one). Chromium's parser cuts text nodes at 64K
 * characters, so a script at the end of the body joins them back into one before any content
 * script runs.
 */
export function singleTextNodeFixture(targetChars = 1_000_000): BenchFixture {
  const sentences = seeds().flatMap(seedSentences);
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    const sentence = sentences[i % sentences.length] as string;
    parts.push(sentence);
    chars += sentence.length + 1;
  }
  const html = benchPage(
    'Kamerstuk 29 521 — platte tekst',
    `<p id="one">${escapeHtml(parts.join(' '))}</p>\n<script>document.getElementById('one').normalize()</script>`,
  );
  return {
    name: 'one-text-node-1mb',
    host: 'zoek.officielebekendmakingen.nl',
    path: '/kst-bench-1mb-platte-tekst.html',
    html,
  };
}

// 2. News front page ----------------------------------------------------------------------------

const GENERIC_TITLES = [
  'Kabinet presenteert plannen voor woningbouw',
  'Storm zorgt voor vertraging op het spoor',
  'Ajax wint ruim van Heerenveen',
  'Inflatie daalt voor de derde maand op rij',
  'Nieuwe regels voor e-bikes per 1 januari',
  'Zorgverzekeraars maken premies bekend',
  'Rechter oordeelt over stikstofvergunning',
  'Kunstwerk van miljoenen teruggevonden',
  'Onderzoek: jongeren slapen te weinig',
  'Files op A2 na ongeluk bij Utrecht',
  'Verkiezingsdebat: partijen botsen over klimaat',
  'Schaatsseizoen begint met records',
];

const SECTIONS = ['Binnenland', 'Buitenland', 'Politiek', 'Economie', 'Regio', 'Tech', 'Cultuur', 'Sport'];

/** Titles that name a mission the way news does (acronym, or the capitalised word form). */
function missionTitles(): string[] {
  const titles: string[] = [];
  for (const m of benchMissions()) {
    const word = m.acronymCase === 'capitalized' ? m.acronym[0] + m.acronym.slice(1).toLowerCase() : m.acronym;
    titles.push(`Kabinet verlengt Nederlandse bijdrage aan ${m.acronym}`, `Militairen van ${word} keren terug`);
  }
  return titles;
}

function teaser(rnd: () => number, n: number, title: string, summary: string, section: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60);
  return `<li class="teaser"><a class="teaser__link" href="/artikel/${2500000 + n}-${slug}"><figure class="teaser__media"><picture><source type="image/webp" srcset="/img/${n}.webp"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="320" height="180"></picture></figure><div class="teaser__body"><span class="teaser__kicker">${section}</span><h3 class="teaser__title">${escapeHtml(title)}</h3><p class="teaser__summary">${escapeHtml(summary)}</p><span class="teaser__meta"><time datetime="2025-05-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}">${Math.floor(rnd() * 59) + 1} min geleden</time><span class="teaser__comments">${Math.floor(rnd() * 300)}</span></span></div></a></li>`;
}

export function newsFrontFixture(teasers = 360): BenchFixture {
  const rnd = random(20250404);
  const sentences = seeds().flatMap(seedSentences);
  const missions = missionTitles();
  const nav = SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const sections: string[] = [];
  let n = 0;
  for (const section of SECTIONS) {
    const items: string[] = [];
    for (let i = 0; i < teasers / SECTIONS.length; i++, n++) {
      // About one teaser in eight names a mission in its title; summaries come from the seeds.
      const title = rnd() < 0.125 ? pick(rnd, missions) : pick(rnd, GENERIC_TITLES);
      const summary = rnd() < 0.3 ? pick(rnd, sentences) : `${pick(rnd, GENERIC_TITLES)}. Lees het hele verhaal.`;
      items.push(teaser(rnd, n, title, summary, section));
    }
    const most = Array.from(
      { length: 10 },
      (_, i) => `<li><a href="/meest/${i}">${escapeHtml(pick(rnd, GENERIC_TITLES))}</a></li>`,
    );
    sections.push(
      `<section class="block" aria-labelledby="h-${section}"><h2 id="h-${section}">${section}</h2><ul class="teasers">${items.join('\n')}</ul><aside><h3>Meest gelezen</h3><ol>${most.join('')}</ol></aside></section>`,
    );
  }
  const footer = Array.from({ length: 40 }, (_, i) => `<li><a href="/over/${i}">Link ${i}</a></li>`).join('');
  const html = benchPage(
    'NOS Nieuws — het laatste nieuws',
    `<header class="site"><a href="/" class="logo"><svg width="60" height="20"><rect width="60" height="20"/></svg></a><nav><ul>${nav}</ul></nav><form role="search"><input type="search" name="q"></form></header>
<main>${sections.join('\n')}</main>
<footer><ul>${footer}</ul><p>© NOS</p></footer>`,
    '.teasers{list-style:none;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}.teaser img{width:100%;height:auto}',
  );
  return { name: 'news-front', host: 'nos.nl', path: '/', html };
}

// 3. Live blog: infinite scroll and re-renders ---------------------------------------------------

export const FEED_BURSTS = 20;
export const FEED_PARAGRAPHS_PER_BURST = 50;
export const FEED_INTERVAL_MS = 100;

export function infiniteScrollFixture(): BenchFixture {
  const rnd = random(29521);
  const pool = seeds().flatMap(seedSentences);
  const sentences = Array.from({ length: 400 }, () => pick(rnd, pool));
  // After load (plus a pause, so the first pass over the page is done), every FEED_INTERVAL_MS:
  // append 25 posts of two paragraphs, re-render three older posts and rewrite one text node.
  const script = `<script>
(function(){
  var S = ${JSON.stringify(sentences)};
  var feed = document.getElementById('feed');
  var n = 0, burst = 0, s = 0;
  function sentence(){ s = (s + 7) % S.length; return S[s]; }
  function post(){
    n += 1;
    var a = document.createElement('article'); a.className = 'post'; a.id = 'post-' + n;
    a.innerHTML = '<header><time>' + (10 + n % 12) + ':' + String(n % 60).padStart(2, '0') + '</time><h3></h3></header><p></p><p></p>';
    a.querySelector('h3').textContent = 'Update ' + n;
    var ps = a.querySelectorAll('p'); ps[0].textContent = sentence(); ps[1].textContent = sentence();
    return a;
  }
  function tick(){
    burst += 1;
    var frag = document.createDocumentFragment();
    for (var i = 0; i < ${FEED_PARAGRAPHS_PER_BURST / 2}; i++) frag.appendChild(post());
    feed.appendChild(frag);
    for (var k = 0; k < 3; k++) {
      var old = document.getElementById('post-' + (1 + ((burst * 13 + k * 31) % n)));
      if (old) old.replaceWith(post());
    }
    var t = document.querySelector('#feed .post:nth-child(' + (1 + burst) + ') p');
    if (t && t.firstChild) t.firstChild.data = sentence();
    if (burst === ${FEED_BURSTS}) { performance.mark('feed:end'); window.__feedDone = true; }
    else setTimeout(tick, ${FEED_INTERVAL_MS});
  }
  window.addEventListener('load', function(){ setTimeout(function(){ performance.mark('feed:start'); tick(); }, 800); });
})();
</script>`;
  const initial = Array.from(
    { length: 10 },
    (_, i) =>
      `<article class="post" id="intro-${i}"><h3>Eerder</h3><p>${escapeHtml(sentences[i] as string)}</p></article>`,
  ).join('\n');
  const html = benchPage(
    'Liveblog: missies en operaties',
    `<h1>Liveblog</h1><main id="feed">${initial}</main>\n${script}`,
  );
  return { name: 'live-blog', host: 'nos.nl', path: '/liveblog/missies', html };
}

export type BenchFixtures = {
  kamerstuk: BenchFixture;
  news: BenchFixture;
  scroll: BenchFixture;
  oneNode: BenchFixture;
};

export function benchFixtures(): BenchFixtures {
  return {
    kamerstuk: kamerstukFixture(),
    news: newsFrontFixture(),
    scroll: infiniteScrollFixture(),
    oneNode: singleTextNodeFixture(),
  };
}
