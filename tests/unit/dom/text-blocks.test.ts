import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_SEPARATOR,
  domPosition,
  isEligibleTextNode,
  SKIPPED_SEPARATOR,
  textBlocks,
} from '../../../lib/dom/text-blocks';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { MISSIONS } from '../../support/matcher-fixtures';

const notOurs = () => false;

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return [...textBlocks(document.body, notOurs)];
}

describe('textBlocks', () => {
  it('joins a name split over inline elements into one block', () => {
    const [block] = blocksOf('<p><b>EUNAVFOR</b> <i>Atalanta</i> vaart uit.</p>');
    expect(block?.text).toBe('EUNAVFOR Atalanta vaart uit.');
    expect(block?.nodes.map((n) => n.data)).toEqual(['EUNAVFOR', ' ', 'Atalanta', ' vaart uit.']);
  });

  it('with skipBlank, leaves out blocks of whitespace alone but keeps whitespace within a block', () => {
    document.body.innerHTML = '<div>\n <p><b>EUNAVFOR</b> <i>Atalanta</i></p>\n\u00A0<p>UNIFIL</p>\n</div>';
    const all = [...textBlocks(document.body, notOurs)].map((b) => b.text);
    const read = [...textBlocks(document.body, notOurs, { skipBlank: true })].map((b) => b.text);
    expect(all).toEqual(['\n ', 'EUNAVFOR Atalanta', '\n\u00A0', 'UNIFIL', '\n']);
    expect(read).toEqual(['EUNAVFOR Atalanta', 'UNIFIL']);
  });

  it('keeps paragraphs, cells and list items apart', () => {
    const texts = blocksOf(
      '<p>UNIFIL</p><p>UNTSO</p><table><tr><td>KFOR</td><td>VPD</td></tr></table><ul><li>SOLE</li></ul>',
    ).map((b) => b.text);
    expect(texts).toEqual(['UNIFIL', 'UNTSO', 'KFOR', 'VPD', 'SOLE']);
  });

  it('breaks the line at <br> and at skipped content', () => {
    expect(blocksOf('<p>EUNAVFOR<br>Atalanta</p>')[0]?.text).toBe(`EUNAVFOR${BLOCK_SEPARATOR}Atalanta`);
    expect(blocksOf('<p>EUNAVFOR <code>x</code>Atalanta</p>')[0]?.text).toBe(`EUNAVFOR ${SKIPPED_SEPARATOR}Atalanta`);
    expect(blocksOf('<p>EUNAVFOR<br><code>x</code><br>Atalanta</p>')[0]?.text).toBe(
      `EUNAVFOR${SKIPPED_SEPARATOR}Atalanta`,
    );
  });

  it('reads a name wrapped over a line break, never one across skipped content', () => {
    const matcher = compileMatcher(MISSIONS);
    const names = (html: string) =>
      blocksOf(html).flatMap((b) => findMatches(matcher, b.text).map((m) => m.text.replace(/\s+/gu, ' ')));
    expect(names('<p>Operatie<br>Atalanta</p>')).toEqual(['Operatie Atalanta']);
    for (const zone of ['<code>x</code>', '<textarea>x</textarea>', '<span contenteditable="true">x</span>', '<input>'])
      expect(names(`<p>Operatie ${zone} Atalanta</p>`)).not.toContain('Operatie Atalanta');
    expect(names('<p>UNIFIL<code>x</code>UNTSO</p>')).toEqual(['UNIFIL', 'UNTSO']);
  });

  it.each([
    ['script', '<script>var a = "UNIFIL";</script>'],
    ['style', '<style>.UNIFIL{}</style>'],
    ['textarea', '<textarea>UNIFIL</textarea>'],
    ['select', '<select><option>UNIFIL</option></select>'],
    ['pre', '<pre>UNIFIL</pre>'],
    ['code', '<p><code>UNIFIL</code></p>'],
    ['contenteditable', '<div contenteditable="true"><p>UNIFIL</p></div>'],
    ['noscript', '<noscript>UNIFIL</noscript>'],
  ])('skips %s', (_name, html) => {
    expect(blocksOf(html).map((b) => b.text)).toEqual([]);
  });

  it('skips our own UI', () => {
    document.body.innerHTML = '<missiewijzer-ui><p>UNIFIL</p></missiewijzer-ui><p>KFOR</p>';
    const texts = [...textBlocks(document.body, (el) => el.localName === 'missiewijzer-ui')].map((b) => b.text);
    expect(texts).toEqual(['KFOR']);
  });
});

describe('domPosition', () => {
  it("maps offsets without reading the nodes' text again (a copy of the whole string per read, from a Firefox content script)", () => {
    const [block] = blocksOf('<p><b>EUNAVFOR</b><br>Atalanta</p>');
    if (!block) throw new Error('no block');
    for (const node of block.nodes)
      Object.defineProperty(node, 'data', {
        get() {
          throw new Error('data read');
        },
      });
    expect(domPosition(block, block.text.length, true).offset).toBe(8);
    expect(domPosition(block, 8, true)).toMatchObject({ offset: 8 });
    expect(domPosition(block, 0, false).offset).toBe(0);
  });

  it('maps block offsets back to the text nodes they came from', () => {
    const [block] = blocksOf('<p><b>EUNAVFOR</b> <i>Atalanta</i></p>');
    if (!block) throw new Error('no block');
    const start = domPosition(block, block.text.indexOf('Atalanta'), false);
    const end = domPosition(block, block.text.length, true);
    expect(start.node.data).toBe('Atalanta');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe('Atalanta');
    expect(end.offset).toBe(8);
    // An end that falls on a node boundary stays in the earlier node.
    expect(domPosition(block, 'EUNAVFOR'.length, true).node.data).toBe('EUNAVFOR');
  });
});

/** Random nested markup: inline and block elements, skipped zones, entities, emoji, RTL text. */
const words = fc.constantFrom(
  'UNIFIL',
  'EUNAVFOR',
  'Atalanta',
  ' ',
  'de ',
  'missie',
  '&amp;',
  '🙂',
  'שלום',
  'Libië',
  '\u00a0',
  '\u00ad',
);
const leaf = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
const tags = fc.constantFrom('p', 'div', 'span', 'b', 'i', 'a', 'li', 'td', 'code', 'pre', 'textarea', 'h2', 'br');
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc
      .tuple(tags, fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
      .map(([tag, children, editable]) =>
        tag === 'br'
          ? '<br>'
          : `<${tag}${editable && tag === 'div' ? ' contenteditable="true"' : ''}>${children.join('')}</${tag}>`,
      ),
  ),
})).node;

describe('textBlocks on generated pages', () => {
  it('reads every eligible text node once, in document order, and maps offsets back exactly', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), (parts) => {
        document.body.innerHTML = parts.join('');
        const blocks = [...textBlocks(document.body, notOurs)];
        const seen = blocks.flatMap((b) => b.nodes);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const eligible: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if ((n as Text).data.length > 0 && isEligibleTextNode(n as Text, notOurs)) eligible.push(n as Text);
        }
        expect(seen).toEqual(eligible);
        for (const block of blocks) {
          block.nodes.forEach((node, i) => {
            const start = block.starts[i] as number;
            expect(block.text.slice(start, start + node.data.length)).toBe(node.data);
            const pos = domPosition(block, start, false);
            expect(pos.node).toBe(node);
            expect(pos.offset).toBe(0);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
