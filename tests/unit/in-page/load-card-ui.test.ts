import { describe, expect, it, vi } from 'vitest';
import { CARD_UI_GLOBAL } from '../../../lib/in-page/layer-renderer';
import { cardUiLoader } from '../../../lib/in-page/load-card-ui';

const renderer = { css: '.mw-layer{}', render: () => undefined };

describe('cardUiLoader', () => {
  it('asks the background once and returns what the injected script left in the world', async () => {
    const scope: Record<string, unknown> = {};
    const request = vi.fn(async () => {
      scope[CARD_UI_GLOBAL] = renderer;
    });
    const load = cardUiLoader(request, scope);
    await expect(load()).resolves.toBe(renderer);
    await expect(load()).resolves.toBe(renderer);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('fails clearly when the injection left nothing usable', async () => {
    const scope: Record<string, unknown> = {};
    const load = cardUiLoader(async () => {
      scope[CARD_UI_GLOBAL] = { css: 1 };
    }, scope);
    await expect(load()).rejects.toThrow(/card interface did not load/u);
  });

  it('passes on a failed request, so a later card can try again', async () => {
    const scope: Record<string, unknown> = {};
    const request = vi
      .fn()
      .mockRejectedValueOnce(new Error('no tab'))
      .mockImplementation(async () => {
        scope[CARD_UI_GLOBAL] = renderer;
      });
    const load = cardUiLoader(request, scope);
    await expect(load()).rejects.toThrow('no tab');
    await expect(load()).resolves.toBe(renderer);
  });
});
