import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EXPLAIN_MENU_ID,
  explainQuery,
  explainUrlFor,
  MAX_QUERY_LENGTH,
  menuTitle,
  openExplainPage,
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
    await updateSettings({ language: 'en' });
    await vi.waitFor(() => expect(menus.update).toHaveBeenCalledWith(EXPLAIN_MENU_ID, { title: "Explain '%s'" }));
    expect(menus.onClicked.addListener).toHaveBeenCalledTimes(1);
  });
});
