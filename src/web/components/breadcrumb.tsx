import { Link } from 'react-router';
import { useShell } from './shell.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** The way back up: a labelled navigation landmark; the last item is the current page. */
export function Breadcrumb({ items, current }: { items: Crumb[]; current: string }) {
  const { t } = useShell();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="utrecht-breadcrumb-nav wijkwerk-breadcrumb">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {items.map((c) => (
          <li key={c.href} className="utrecht-breadcrumb-nav__item">
            <Link to={c.href} className="utrecht-breadcrumb-nav__link">
              {c.label}
            </Link>
          </li>
        ))}
        <li className="utrecht-breadcrumb-nav__item">
          <span
            className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current"
            aria-current="page"
          >
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
