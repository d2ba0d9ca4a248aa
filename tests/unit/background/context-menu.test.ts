import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EXPLAIN_MENU_ID,
  explainQuery,
  explainUrlFor,
  MAX_QUERY_LENGTH,
  menuTitle,
  onMenuClick,
  openExplainPage,
  READER_MENU_ID,
  readerMenuTitle,
  readerUrlForLink,
} from '../../../lib/background/context-menu';
import { startContextMenu } from '../../../lib/background/listeners';
import { updateSettings } from '../../../lib/settings/settings-store';

const BASE = 'chrome-extension://abcdefghijklmnop/';

describe('explainUrlFor', () => {
  it('opens the explain page with the selection as q', () => {
    expect(explainUrlFor('UNIFIL', BASE)).toBe(`${BASE}explain.html?q=UNIFIL`);
    expect(explainUrlFor('UNIFIL', BASE.slice(0, -1))).toBe(`${BASE}explain.html?q=UNIFIL`);
    expect(explainUrlFor('UNIFIL', 'moz-extension://6f1c1d0e/')).toBe('moz-extension://6f1c1d0e/explain.html?q=UNIFIL');
  });

  it('encodes the selection so it always comes back as it was', () => {
    const url = explainUrlFor('EUNAVFOR Atalanta & co #1?', BASE) as string;
    expect(new URL(url).searchParams.get('q')).toBe('EUNAVFOR Atalanta & co #1');
    expect(new URL(explainUrlFor('Operatie „Prosperity Guardian”', BASE) as string).searchParams.get('q')).toBe(
      'Operatie „Prosperity Guardian',
    );
  });

  it('is null for an empty selection', () => {
    expect(explainUrlFor('', BASE)).toBeNull();
    expect(explainUrlFor('  \n ', BASE)).toBeNull();
    expect(explainUrlFor(undefined, BASE)).toBeNull();
    expect(explainUrlFor('“…”', BASE)).toBeNull();
  });
});

describe('explainQuery', () => {
  it('trims, joins lines and strips punctuation around the selection', () => {
    expect(explainQuery('  (UNIFIL),  ')).toBe('UNIFIL');
    expect(explainQuery('EUNAVFOR\n  Atalanta.')).toBe('EUNAVFOR Atalanta');
    expect(explainQuery('"KFOR"')).toBe('KFOR');
    expect(explainQuery('EUCAP Sahel-Mali')).toBe('EUCAP Sahel-Mali');
  });

  it('cuts a long selection', () => {
    expect(explainQuery('a'.repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('menu title', () => {
  it('has the selection placeholder in both languages', () => {
    expect(menuTitle('nl')).toBe("Uitleg bij '%s'");
    expect(menuTitle('en')).toBe("Explain '%s'");
  });
});

describe('openExplainPage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('opens the page next to the tab the selection came from', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openExplainPage({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'UNIFIL' }, { id: 7, index: 2, windowId: 1 });
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/explain.html?q=UNIFIL'),
      index: 3,
      openerTabId: 7,
      windowId: 1,
    });
  });

  it('opens a plain new tab when there is no tab (a PDF viewer or devtools reports none or id -1)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openExplainPage({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'KFOR' }, { id: -1, index: 0 });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/explain.html?q=KFOR') });
  });

  it('ignores other menu items and empty selections', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openExplainPage({ menuItemId: 'other', selectionText: 'UNIFIL' }, undefined);
    await openExplainPage({ menuItemId: EXPLAIN_MENU_ID, selectionText: ' ' }, undefined);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('readerUrlForLink', () => {
  it('opens the reader for a link to a PDF, with the link as its url', () => {
    const link = 'https://www.tweedekamer.nl/downloads/document?id=2025D12345&did=2025D12345';
    const url = readerUrlForLink(link, BASE) as string;
    expect(url.startsWith(`${BASE}reader.html?`)).toBe(true);
    expect(new URL(url).searchParams.get('url')).toBe(link);
    expect(new URL(readerUrlForLink('https://x.nl/a/kst-29521-493.pdf', BASE) as string).searchParams.get('url')).toBe(
      'https://x.nl/a/kst-29521-493.pdf',
    );
  });

  it.each([
    ['no link', undefined],
    ['an HTML page', 'https://www.tweedekamer.nl/kamerstukken/detail?id=2025D12345'],
    ['a name that only contains .pdf', 'https://x.nl/a.pdf.html'],
    ['a local file', 'file:///home/lezer/a.pdf'],
  ])('is null for %s', (_, link) => {
    expect(readerUrlForLink(link, BASE)).toBeNull();
  });
});

describe('menu titles', () => {
  it('names the reader item in both languages', () => {
    expect(readerMenuTitle('nl')).toBe('Openen met Missiewijzer');
    expect(readerMenuTitle('en')).toBe('Open with Missiewijzer');
  });
});

describe('onMenuClick', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('opens the reader for a PDF link next to its tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const link = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf';
    await onMenuClick({ menuItemId: READER_MENU_ID, linkUrl: link }, { id: 4, index: 0, windowId: 2 });
    expect(create).toHaveBeenCalledTimes(1);
    const opened = create.mock.calls[0]?.[0] as { url: string; index: number; openerTabId: number };
    expect(new URL(opened.url).pathname).toBe('/reader.html');
    expect(new URL(opened.url).searchParams.get('url')).toBe(link);
    expect(opened).toMatchObject({ index: 1, openerTabId: 4, windowId: 2 });
  });

  it('opens nothing for a link that is no PDF, nor for the reader item without a link', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClick({ menuItemId: READER_MENU_ID, linkUrl: 'https://x.nl/a.pdf.html' }, undefined);
    await onMenuClick({ menuItemId: READER_MENU_ID, selectionText: 'UNIFIL' }, undefined);
    expect(create).not.toHaveBeenCalled();
  });

  it('still explains a selection', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClick({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'UNIFIL' }, undefined);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/explain.html?q=UNIFIL') });
  });
});

describe('startContextMenu (background wiring)', () => {
  const menus = {
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    update: vi.fn(async () => {}),
    onClicked: { addListener: vi.fn() },
  };

  beforeEach(() => {
    fakeBrowser.reset();
    for (const fn of [menus.removeAll, menus.create, menus.update, menus.onClicked.addListener]) fn.mockClear();
    Object.assign(fakeBrowser.contextMenus, menus);
  });

  it('creates the item for selections, titled in the UI language, and retitles it when the language changes', async () => {
    await updateSettings({ language: 'nl' });
    startContextMenu();
    await vi.waitFor(() =>
      expect(menus.create).toHaveBeenCalledWith({
        id: EXPLAIN_MENU_ID,
        title: "Uitleg bij '%s'",
        contexts: ['selection'],
      }),
    );
    expect(menus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(
      menus.create.mock.invocationCallOrder[0] as number,
    );
    expect(menus.create).toHaveBeenCalledWith({
      id: READER_MENU_ID,
      title: 'Openen met Missiewijzer',
      contexts: ['link'],
      targetUrlPatterns: expect.arrayContaining(['*://*/*.pdf', '*://*.tweedekamer.nl/downloads/document?*']),
    });
    await updateSettings({ language: 'en' });
    await vi.waitFor(() => expect(menus.update).toHaveBeenCalledWith(EXPLAIN_MENU_ID, { title: "Explain '%s'" }));
    await vi.waitFor(() =>
      expect(menus.update).toHaveBeenCalledWith(READER_MENU_ID, { title: 'Open with Missiewijzer' }),
    );
    expect(menus.onClicked.addListener).toHaveBeenCalledTimes(1);
  });
});
