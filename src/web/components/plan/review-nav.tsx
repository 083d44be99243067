import { Link } from 'react-router';
import { useShell } from '../shell.ts';

// Between the plan, its review moments and its versions: a small labelled navigation landmark.

export function ReviewNav({ planId, current }: { planId: string; current: 'reviews' | 'versions' | null }) {
  const { t } = useShell();
  const links = [
    { key: 'plan', href: `/wijkplannen/${planId}`, label: t('plan.review.nav.plan') },
    { key: 'reviews', href: `/wijkplannen/${planId}/peilmomenten`, label: t('plan.review.nav.reviews') },
    { key: 'versions', href: `/wijkplannen/${planId}/versies`, label: t('plan.review.nav.versions') },
  ];
  return (
    <nav aria-label={t('plan.review.nav.label')} className="wijkwerk-subnav">
      <ul className="utrecht-unordered-list wijkwerk-subnav__list">
        {links.map((l) => (
          <li key={l.key} className="utrecht-unordered-list__item">
            <Link
              to={l.href}
              className="utrecht-link utrecht-link--html-a"
              aria-current={l.key === current ? 'page' : undefined}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
