/**
 * The extension's real toolbar popup in Chromium, over the active tab of a browser window.
 *
 * Playwright does not expose an extension popup as a page. So the popup is opened the way the
 * toolbar button opens it (action.openPopup from the service worker, for one window; the popup
 * then belongs to that window and its active tab is "the active tab") and driven over the Chrome
 * DevTools Protocol: a session attached to the popup's target (Target.sendMessageToTarget), code
 * run with Runtime.evaluate, clicks and keys sent with Input.dispatch* (trusted, as a user's).
 * The popup's console errors and uncaught exceptions go to the session's ConsoleErrors like every
 * other context's; Runtime.enable replays those logged before the session attached.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { ChromiumSession } from './chromium';
import { waitFor } from './wait-for';

type Api = typeof browser;
type CdpResponse = { id: number; result?: unknown; error?: { message: string } };
type CdpEvent = { method: string; params: Record<string, unknown> };
type RemoteObject = { value?: unknown; description?: string };
type EvaluateResult = { result: RemoteObject; exceptionDetails?: { text: string; exception?: RemoteObject } };

export type ActionPopup = {
  /** Runs `fn` in the popup's page and returns its (JSON) result. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Polls `fn` in the popup until it returns true. */
  waitFor<A>(what: string, fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /** A trusted mouse click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A trusted key press (`Enter`, `ArrowDown`, `Escape`, `Tab`, …) on the focused element. */
  press(key: string): Promise<void>;
  /** Types `text` into the focused element, as an input method would. */
  type(text: string): Promise<void>;
  /** Any other DevTools Protocol command for the popup (a screenshot, an emulated colour scheme). */
  send<T>(method: string, params?: object): Promise<T>;
  /** Whether the popup has gone (it closed itself, or the browser closed it). */
  closed(): boolean;
};

/** A new browser window showing `url`, as its only (so active) tab, and the Playwright page of that tab. */
export async function openInNewWindow(
  session: ChromiumSession,
  url: string,
): Promise<{ page: Page; windowId: number }> {
  const shown = session.context.waitForEvent('page', (p) => p.url() === url);
  const windowId = await session.serviceWorker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const created = await api.windows.create({ url: u, focused: true });
    return created?.id as number;
  }, url);
  const page = await shown;
  await page.waitForLoadState('load');
  return { page, windowId };
}

const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Escape: { code: 'Escape', keyCode: 27 },
  Tab: { code: 'Tab', keyCode: 9 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
};

/**
 * Opens the popup over the active tab of `windowId`. `anchor` is any page of the session, for the
 * DevTools connection; the window's own tab will do. (A page opened with newPage() after the
 * window becomes a tab in it, and so its active tab.)
 */
export async function openActionPopup(session: ChromiumSession, windowId: number, anchor: Page): Promise<ActionPopup> {
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const cdp: CDPSession = await session.context.newCDPSession(anchor);
  const popupTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'page' && t.url === popupUrl);
  const before = new Set((await popupTargets()).map((t) => t.targetId));

  // A popup opens only in the focused window, as for a user who clicks its toolbar button.
  await session.serviceWorker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    await api.windows.update(id, { focused: true });
    await api.action.openPopup({ windowId: id });
  }, windowId);
  let targetId = '';
  await waitFor('the popup to open', async () => {
    targetId = (await popupTargets()).find((t) => !before.has(t.targetId))?.targetId ?? '';
    return targetId !== '';
  });

  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    closed = true;
    for (const { reject } of pending.values()) reject(new Error('the popup closed'));
    pending.clear();
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as CdpResponse | CdpEvent;
    if ('id' in message) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    onEvent(message);
  });
  const onEvent = ({ method, params }: CdpEvent) => {
    if (method === 'Runtime.consoleAPICalled' && params.type === 'error') {
      const args = params.args as RemoteObject[];
      session.errors.add('popup', args.map((a) => String(a.value ?? a.description ?? '')).join(' '));
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails as EvaluateResult['exceptionDetails'];
      session.errors.add('popup', details?.exception?.description ?? details?.text ?? 'exception');
    }
  };
  const call = <T>(method: string, params: object = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('the popup closed'));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: Error) => {
          pending.delete(id);
          reject(error);
        });
    });
  await call('Runtime.enable');

  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    const { result, exceptionDetails } = await call<EvaluateResult>('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  await waitFor('the popup to render', () =>
    evaluate(() => document.readyState === 'complete' && !!document.querySelector('h1'), undefined),
  );

  return {
    evaluate,
    waitFor: (what, fn, arg, timeoutMs) => waitFor(what, () => evaluate(fn, arg), timeoutMs),
    async click(selector) {
      const at = await evaluate((s) => {
        const element = document.querySelector(s);
        if (!element) throw new Error(`no ${s} in the popup`);
        element.scrollIntoView({ block: 'nearest' });
        const r = element.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
      const mouse = { x: at.x, y: at.y, button: 'left', clickCount: 1 };
      await call('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x, y: at.y });
      await call('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse });
      // The popup may close on the click itself; then there is nobody left to release the button.
      await call('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse }).catch(() => {
        if (!closed) throw new Error('the click did not finish');
      });
    },
    async press(key) {
      const k = KEYS[key];
      if (!k) throw new Error(`unknown key ${key}`);
      const base = { key, code: k.code, windowsVirtualKeyCode: k.keyCode, nativeVirtualKeyCode: k.keyCode };
      await call('Input.dispatchKeyEvent', { type: k.text ? 'keyDown' : 'rawKeyDown', ...base, text: k.text });
      await call('Input.dispatchKeyEvent', { type: 'keyUp', ...base }).catch(() => {
        if (!closed) throw new Error('the key press did not finish');
      });
    },
    async type(text) {
      await call('Input.insertText', { text });
    },
    send: call,
    closed: () => closed,
  };
}
