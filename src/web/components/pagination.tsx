import { Link } from 'react-router';
import { useShell } from './shell.ts';

/**
 * Paging of a cursor list: the next page, and back to the first (a cursor cannot step back
 * one page, so there is no "previous").
 */
export function ListPaging({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  const { t } = useShell();
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={t('common.morePages')} className="utrecht-pagination wijkwerk-pagination">
      {firstHref ? (
        <Link
          to={firstHref}
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
        >
          {t('admin.firstPage')}
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
