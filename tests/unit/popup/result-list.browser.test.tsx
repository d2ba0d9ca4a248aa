/**
 * The search results in a real browser's layout: moving the active option with the keys scrolls
 * the list so the option shows, in both directions, and no further than needed.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { optionId, ResultList } from '../../../components/popup/ResultList';
import { missions } from '../../../data/dataset';
import { MESSAGES } from '../../../lib/i18n/messages';
import { activeMissionEntries } from '../../../lib/popup/popup-entries';
import { inLanguage } from '../../support/in-language';

afterEach(cleanup);

const entries = activeMissionEntries(missions);

function list(activeIndex: number) {
  return inLanguage(
    'nl',
    <div data-testid="scroller" style={{ height: '120px', overflow: 'auto' }}>
      <ResultList
        id="results"
        label="Zoekresultaten"
        entries={entries}
        activeIndex={activeIndex}
        t={MESSAGES.nl}
        onOpen={() => {}}
        onHover={() => {}}
      />
    </div>,
  );
}

function shows(scroller: Element, index: number): boolean {
  const option = document.getElementById(optionId(entries[index] as (typeof entries)[number])) as HTMLElement;
  const box = scroller.getBoundingClientRect();
  const rect = option.getBoundingClientRect();
  return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
}

/** Effects run after the render: wait for the scroll they make. */
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

it('scrolls the active option into view as it moves down and back up', async () => {
  expect(entries.length).toBeGreaterThan(5);
  const last = entries.length - 1;
  const view = render(list(0));
  const scroller = view.getByTestId('scroller');
  await nextFrame();
  expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
  expect(scroller.scrollTop).toBe(0);
  expect(shows(scroller, last)).toBe(false);

  view.rerender(list(last));
  await nextFrame();
  expect(shows(scroller, last)).toBe(true);
  expect(scroller.scrollTop).toBeGreaterThan(0);

  // One up from the end is still in view: 'nearest' leaves the list where it is.
  const before = scroller.scrollTop;
  view.rerender(list(last - 1));
  await nextFrame();
  expect(shows(scroller, last - 1)).toBe(true);
  expect(scroller.scrollTop).toBe(before);

  view.rerender(list(0));
  await nextFrame();
  expect(shows(scroller, 0)).toBe(true);
  expect(scroller.scrollTop).toBe(0);
});
