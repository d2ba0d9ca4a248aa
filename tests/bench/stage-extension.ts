/**
 * The stage breakdown (breakdown-entry.ts) run as a content script: a small MV3 extension of the
 * benchmark's own carries the bundle and the matcher's data, runs a stage when the page
 * dispatches an event, and answers on an attribute. Firefox over WebDriver BiDi has no CDP to
 * make an isolated world, so this is how its stages are timed as the extension runs them: every
 * DOM read through Xray wrappers.
 */
import type { PrecompiledMatcher } from '../../lib/matcher';
import type { Stage, StageTime } from './breakdown-entry';
import { writeBenchExtension } from './floor-extension';
import { type EvalPage, inPage } from './in-page';

const EVENT = 'missiewijzer-bench-stage';
const WHICH = 'data-missiewijzer-bench-stage-which';
const ANSWER = 'data-missiewijzer-bench-stage';

/** Writes the extension; returns its folder. */
export function writeStageExtension(bundle: string, precompiled: PrecompiledMatcher): string {
  const script = `${bundle};
const precompiled = ${JSON.stringify(precompiled)};
document.addEventListener(${JSON.stringify(EVENT)}, () => {
  const root = document.documentElement;
  const answer = (value) => root.setAttribute(${JSON.stringify(ANSWER)}, JSON.stringify(value));
  MissiewijzerBreakdown.stage(root.getAttribute(${JSON.stringify(WHICH)}), precompiled).then(answer, (error) =>
    answer({ error: String(error) }),
  );
});
`;
  return writeBenchExtension('stages', script);
}

/** Runs one stage in the content script on the loaded page, and waits for its answer (30 s at most). */
export async function runContentScriptStage(page: EvalPage, which: Stage): Promise<StageTime> {
  await inPage(
    page,
    ([event, whichAttribute, answerAttribute, stage]: readonly [string, string, string, string]) => {
      const root = document.documentElement;
      root.removeAttribute(answerAttribute);
      root.setAttribute(whichAttribute, stage);
      document.dispatchEvent(new CustomEvent(event));
    },
    [EVENT, WHICH, ANSWER, which] as const,
  );
  for (let i = 0; i < 600; i++) {
    const answer = await inPage(page, (attribute: string) => document.documentElement.getAttribute(attribute), ANSWER);
    if (answer !== null) {
      const parsed = JSON.parse(answer) as StageTime | { error: string };
      if ('error' in parsed) throw new Error(`stage ${which} in the content script: ${parsed.error}`);
      return parsed;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`stage ${which} in the content script gave no answer`);
}
