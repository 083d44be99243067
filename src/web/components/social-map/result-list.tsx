import { Link } from 'react-router';
import { ListPaging } from '../pagination.tsx';
import { useShell } from '../shell.ts';
import { AssetCard } from './asset-card.tsx';
import type { HitView, SearchView } from './public-view-data.ts';

// The results of a search: a count, what else was searched for, the items, paging; and when
// nothing is found, suggestions instead of a dead end.

export function ResultCount({ view }: { view: SearchView }) {
  const { t } = useShell();
  return (
    <p className="utrecht-paragraph wijkwerk-sm-count" role="status">
      {view.total === 1
        ? t('sm.public.results.countOne')
        : t('sm.public.results.count', { count: view.total })}
      {view.searchedFor.length > 0 ? (
        <>
          {' · '}
          {t('sm.public.results.searchedFor', { words: view.searchedFor.join(', ') })}
        </>
      ) : null}
    </p>
  );
}

export function ResultItems({
  hits,
  numbered = false,
  target,
}: {
  hits: HitView[];
  numbered?: boolean;
  target?: '_top' | undefined;
}) {
  return (
    <ol className="wijkwerk-sm-results">
      {hits.map((h) => (
        <li key={h.id} className="wijkwerk-sm-results__item">
          <AssetCard hit={h} numbered={numbered} target={target} />
        </li>
      ))}
    </ol>
  );
}

export function ResultList({ view, path }: { view: SearchView; path: string }) {
  const { t } = useShell();
  return (
    <section aria-labelledby="sm-results-heading">
      <h2 id="sm-results-heading" className="utrecht-heading-2">
        {t('sm.public.results.heading')}
      </h2>
      <ResultCount view={view} />
      {view.hits.length === 0 ? <EmptyResults view={view} path={path} /> : <ResultItems hits={view.hits} />}
      <ListPaging firstHref={view.firstHref} nextHref={view.nextHref} />
    </section>
  );
}

export function EmptyResults({ view, path }: { view: SearchView; path: string }) {
  const { t } = useShell();
  const examples = ['example1', 'example2', 'example3'] as const;
  return (
    <div className="wijkwerk-empty">
      <h3 className="utrecht-heading-3">{t('sm.public.results.noneHeading')}</h3>
      <p className="utrecht-paragraph">{t('sm.public.results.noneBody')}</p>
      <ul className="utrecht-unordered-list">
        {view.form.q ? <li>{t('sm.public.results.tipWords')}</li> : null}
        {view.filtered ? (
          <li>
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={view.form.q ? `${path}?q=${encodeURIComponent(view.form.q)}` : path}
            >
              {t('sm.public.results.tipFilters')}
            </Link>
          </li>
        ) : null}
        {view.area ? (
          <li>
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={view.form.q ? `${path}?q=${encodeURIComponent(view.form.q)}` : path}
            >
              {t('sm.public.results.tipWholeMunicipality')}
            </Link>
          </li>
        ) : null}
        <li>
          {t('sm.public.results.tipExamples')}{' '}
          {examples.map((e, i) => (
            <span key={e}>
              {i > 0 ? ', ' : null}
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`${path}?q=${encodeURIComponent(t(`sm.public.results.${e}`))}`}
              >
                {t(`sm.public.results.${e}`)}
              </Link>
            </span>
          ))}
        </li>
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to="/sociale-kaart/aanmelden">
            {t('sm.public.results.submitOwn')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
