import type { PassageBlock } from '../../lib/demo/demo-passage';
import { MESSAGES } from '../../lib/i18n/messages';
import { useLanguage } from '../settings/ui-language-context';

type Props = { passage: PassageBlock[] };

/** The page a new user sees first: how Missiewijzer works, on a real passage of a Kamerstuk. */
export function DemoPage({ passage }: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  return (
    <div class="demo">
      <style>{DEMO_CSS}</style>
      <header class="demo-intro" lang={lang}>
        <h1>{t.demo_heading}</h1>
        <p>{t.demo_intro}</p>
        <ul>
          <li>{t.demo_hover}</li>
          <li>{t.demo_keyboard}</li>
          <li>{t.demo_popup}</li>
        </ul>
      </header>
      <article class="demo-kamerstuk" lang="nl" aria-label={t.demo_passageLabel}>
        <p class="demo-source">{t.demo_source}</p>
        {passage.map((block, i) =>
          block.kind === 'heading' ? <h2 key={i}>{block.text}</h2> : <p key={i}>{block.text}</p>,
        )}
      </article>
    </div>
  );
}

const DEMO_CSS = `
body { margin: 0; font: 16px/1.6 Georgia, "Times New Roman", serif; background: #f6f8fa; color: #1f2328; }
.demo { max-width: 760px; margin: 0 auto; padding: 24px 20px 64px; }
.demo-intro { font-family: system-ui, sans-serif; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 16px 20px; }
.demo-intro h1 { font-size: 22px; margin: 0 0 8px; }
.demo-kamerstuk { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 24px 16px; margin-top: 20px; }
.demo-kamerstuk h2 { font: 600 18px/1.3 system-ui, sans-serif; margin: 20px 0 6px; }
.demo-source { font: 13px/1.4 system-ui, sans-serif; color: #59636e; }
kbd { font: 13px ui-monospace, monospace; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 4px; }
@media (prefers-color-scheme: dark) {
  body { background: #0d1117; color: #e6edf3; }
  .demo-intro, .demo-kamerstuk { background: #161b22; border-color: #30363d; }
  .demo-source { color: #9198a1; }
}
`;
