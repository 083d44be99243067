import { Link } from 'react-router';
import { useShell } from './shell.ts';

/** Previous/next links for cursor-paged lists (there are no page numbers with cursors). */
export function PaginationLinks({
  previousHref,
  nextHref,
}: {
  previousHref?: string | null;
  nextHref?: string | null;
}) {
  const { t } = useShell();
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label={t('common.morePages')} className="utrecht-pagination wijkwerk-pagination">
      {previousHref ? (
        <Link
          to={previousHref}
          rel="prev"
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
        >
          {t('common.previous')}
        </Link>
      ) : null}
      {nextHref ? (
        <Link
          to={nextHref}
          rel="next"
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
        >
          {t('common.next')}
        </Link>
      ) : null}
    </nav>
  );
}
