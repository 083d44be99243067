import { Link } from 'react-router';
import { useShell } from '../shell.ts';

// List | Kaart | Agenda: the same filters in three views; the links keep the query string.

export type PublicView = 'list' | 'map' | 'agenda';

export const viewPaths: Record<PublicView, string> = {
  list: '/sociale-kaart',
  map: '/sociale-kaart/kaart',
  agenda: '/sociale-kaart/agenda',
};

export function ViewTabs({ current, query }: { current: PublicView; query: string }) {
  const { t } = useShell();
  return (
    <nav className="wijkwerk-sm-tabs" aria-label={t('sm.public.views')}>
      <ul className="wijkwerk-sm-tabs__list">
        {(['list', 'map', 'agenda'] as const).map((v) => (
          <li key={v} className="wijkwerk-sm-tabs__item">
            <Link
              to={`${viewPaths[v]}${query}`}
              className="utrecht-link utrecht-link--html-a wijkwerk-sm-tabs__link"
              aria-current={v === current ? 'page' : undefined}
            >
              {t(`sm.public.view.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
