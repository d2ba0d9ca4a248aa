import { missions } from '../../data/dataset';
import { MESSAGES, resolveLanguage } from '../../lib/i18n/messages';

export function PopupApp() {
  const t = MESSAGES[resolveLanguage('auto', navigator.language)];
  return (
    <main>
      <h1>{t.appName}</h1>
      <p>{t.missionCount(missions.length)}</p>
      <ul>
        {missions.map((m) => (
          <li key={m.id}>
            <strong>{m.acronym}</strong> {m.name.nl}
          </li>
        ))}
      </ul>
    </main>
  );
}
