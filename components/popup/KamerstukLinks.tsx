/** Links to the Kamerstukken behind a mission, only where the dataset knows the number. */
import type { Mission, SourceDocument } from '../../data/schema';
import { kamerstukLinks } from '../../lib/format/kamerstuk-links';
import type { Messages } from '../../lib/i18n/messages';
import { useLanguage } from '../settings/ui-language-context';

type Props = { mission: Mission; documents: readonly SourceDocument[]; t: Messages };

export function KamerstukLinks({ mission, documents, t }: Props) {
  const lang = useLanguage();
  const links = kamerstukLinks(mission, documents);
  if (links.length === 0) return null;
  return (
    <section class="mw-section mw-kamerstukken" aria-labelledby="mw-kamerstukken-heading">
      <h3 id="mw-kamerstukken-heading">{t.popup_kamerstukken}</h3>
      <ul class="mw-links">
        {links.map((link) => (
          <li key={link.document.doc}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {t.popup_kamerstukLink(link.dossier, link.number)}
            </a>{' '}
            <span class="mw-link-title">{link.document.title[lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
