import { NavLink } from 'react-router';
import { useShell } from '../shell.ts';

// The pages about one item for those who maintain it: the public page, edit, history, and for a
// key person the consent.

export function AssetEditorNav({ assetId, keyPerson }: { assetId: string; keyPerson: boolean }) {
  const { t } = useShell();
  const links = [
    { to: `/sociale-kaart/${assetId}`, label: t('sm.editor.nav.item'), end: true },
    { to: `/sociale-kaart/${assetId}/bewerken`, label: t('sm.editor.nav.edit'), end: true },
    { to: `/sociale-kaart/${assetId}/geschiedenis`, label: t('sm.editor.nav.history'), end: true },
    ...(keyPerson
      ? [{ to: `/sociale-kaart/${assetId}/toestemming`, label: t('sm.editor.nav.consent'), end: true }]
      : []),
  ];
  return (
    <nav aria-label={t('sm.editor.nav.label')} className="wijkwerk-subnav">
      <ul className="utrecht-unordered-list wijkwerk-subnav__list">
        {links.map((l) => (
          <li key={l.to} className="utrecht-unordered-list__item">
            <NavLink to={l.to} end={l.end} className="utrecht-link utrecht-link--html-a">
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
