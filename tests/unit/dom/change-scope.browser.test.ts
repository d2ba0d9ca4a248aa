/**
 * What a page change touches, decided from the MutationRecords a real browser writes (with the
 * siblings around each change).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { enclosingBlock, forEachText, leavesLinesAsTheyWere, placeOfRemoval } from '../../../lib/dom/change-scope';

const notOurs = (el: Element) => el.localName === 'missiewijzer-ui';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The records `change` makes under a fresh <div id="root"> holding `html`. */
function records(html: string, change: (root: HTMLElement) => void): MutationRecord[] {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root') as HTMLElement;
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true });
  change(root);
  const taken = observer.takeRecords();
  observer.disconnect();
  return taken;
}

function only(html: string, change: (root: HTMLElement) => void): MutationRecord {
  const [record, ...rest] = records(html, change);
  expect(rest).toEqual([]);
  return record as MutationRecord;
}

function block(html: string): HTMLElement {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild as HTMLElement;
}

describe('leavesLinesAsTheyWere', () => {
  it('holds for whole blocks added or removed between blocks, or at an edge of the line', () => {
    const cases: [string, (root: HTMLElement) => void][] = [
      ['<p>UNIFIL</p><p>KFOR</p>', (r) => r.append(block('<p>UNTSO</p>'))],
      ['<p>UNIFIL</p><p>KFOR</p>', (r) => r.querySelector('p')?.after(block('<div>UNTSO</div>'))],
      ['<p>UNIFIL</p><p>KFOR</p>', (r) => r.querySelector('p')?.remove()],
      ['', (r) => r.append(block('<p>UNTSO</p>'))],
      // Text of the line on one side only: the other side ends the line.
      ['EUNAVFOR <p>KFOR</p>', (r) => r.append(block('<p>UNTSO</p>'))],
      ['<!-- x --><p>KFOR</p>', (r) => r.prepend(block('<p>UNTSO</p>'))],
    ];
    for (const [html, change] of cases) expect(leavesLinesAsTheyWere(only(html, change), notOurs)).toBe(true);
  });

  it('fails where the change may join or split a line, or is not whole blocks', () => {
    const cases: [string, (root: HTMLElement) => void][] = [
      // Line text on both sides of a removed block: its halves join.
      ['EUNAVFOR <p>KFOR</p> Atalanta', (r) => r.querySelector('p')?.remove()],
      ['EUNAVFOR <b>Atalanta</b>', (r) => r.querySelector('b')?.before(block('<p>KFOR</p>'))],
      // Inline content added, or text.
      ['<p>UNIFIL</p>', (r) => r.append(block('<b>KFOR</b>'))],
      ['<p>UNIFIL</p>', (r) => r.append('KFOR')],
      // A change inside an inline element.
      ['<p>EUNAVFOR <span></span>Atalanta</p>', (r) => r.querySelector('span')?.append(block('<div>KFOR</div>'))],
    ];
    for (const [html, change] of cases) expect(leavesLinesAsTheyWere(only(html, change), notOurs)).toBe(false);
  });
});

describe('placeOfRemoval', () => {
  it('is the block before the removed node, else its parent when it was first there, else the enclosing block', () => {
    const before = only('<p id="a">UNIFIL</p><!-- x --> <p id="b">KFOR</p>', (r) => r.querySelector('#b')?.remove());
    expect((placeOfRemoval(before, notOurs) as Element).id).toBe('a');
    const first = only('<p id="b">KFOR</p>', (r) => r.querySelector('#b')?.remove());
    expect((placeOfRemoval(first, notOurs) as Element).id).toBe('root');
    const inline = only('<p id="p">UNIFIL <b>KFOR <i>x</i></b></p>', (r) => r.querySelector('i')?.remove());
    expect((placeOfRemoval(inline, notOurs) as Element).id).toBe('p');
    const afterText = only('UNIFIL <p id="b">KFOR</p>', (r) => r.querySelector('#b')?.remove());
    expect((placeOfRemoval(afterText, notOurs) as Element).id).toBe('root');
  });
});

describe('enclosingBlock and forEachText', () => {
  it('finds the block around inline elements and visits every text node under a node', () => {
    document.body.innerHTML = '<div><p id="p">UNIFIL <b>KFOR <i>UNTSO</i></b></p></div>';
    const i = document.querySelector('i') as Element;
    expect((enclosingBlock(i) as Element).id).toBe('p');
    expect(enclosingBlock(document.getElementById('p') as Element)).toBe(document.getElementById('p'));
    const texts: string[] = [];
    forEachText(document.body, (t) => texts.push(t.data));
    expect(texts).toEqual(['UNIFIL ', 'KFOR ', 'UNTSO']);
    const one: string[] = [];
    forEachText(i.firstChild as Node, (t) => one.push(t.data));
    expect(one).toEqual(['UNTSO']);
  });
});
