/**
 * The setting "PDF's op de standaardsites altijd in de lezer openen" (browser API): its session
 * rules (lib/reader/pdf-redirect-rules.ts) are put in place when the background starts and
 * whenever the setting changes, and taken out when it is off. The reader adds the allow rule for
 * the original it links to (`allowOriginal`).
 */
import { browser } from 'wxt/browser';
import { planAllow, planRedirects, type SessionRule } from '../reader/pdf-redirect-rules';
import { loadSettings, watchSettings } from '../settings/settings-store';

type RuleChange = { removeRuleIds: number[]; addRules: SessionRule[] };

const dnr = () => browser.declarativeNetRequest;
const readerPage = () => browser.runtime.getURL('/reader.html');

async function sessionRules(): Promise<SessionRule[]> {
  return (await dnr().getSessionRules()) as unknown as SessionRule[];
}

async function apply(change: RuleChange): Promise<void> {
  if (change.removeRuleIds.length === 0 && change.addRules.length === 0) return;
  await dnr().updateSessionRules(
    change as unknown as Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0],
  );
}

/** Reader tabs and the background share the rule ids: one change at a time, across all of them. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  return navigator.locks.request('missiewijzer-pdf-rules', task);
}

export function syncPdfRedirect(on: boolean): Promise<void> {
  return exclusively(async () => apply(planRedirects(await sessionRules(), on, readerPage())));
}

/** Lets a navigation to `address` through, so the reader's link to the original opens the PDF itself. */
export function allowOriginal(address: string): Promise<void> {
  return exclusively(async () => apply(planAllow(await sessionRules(), address)));
}

/** Background wiring: the rules follow the setting, from the start. */
export function startPdfRedirect(): void {
  const warn = (error: unknown) => console.warn('Missiewijzer: could not update the PDF redirect', error);
  let on: boolean | undefined;
  const follow = (next: boolean) => {
    if (next === on) return;
    on = next;
    syncPdfRedirect(next).catch(warn);
  };
  loadSettings().then((settings) => follow(settings.pdfsInReader), warn);
  watchSettings((settings) => follow(settings.pdfsInReader));
}
