import { Link } from 'react-router';
import { useShell } from '../shell.ts';
import type { HitView } from './public-view-data.ts';

// One item in a result list: its title as a link, what it is, where, and the facts residents
// filter on most (free, wheelchair accessible). `numbered` ties it to the marker on the map.

export function AssetCard({
  hit,
  numbered = false,
  target,
}: {
  hit: HitView;
  numbered?: boolean;
  /** '_top' in embeds. */
  target?: '_top' | undefined;
}) {
  const { t } = useShell();
  return (
    <article
      className="wijkwerk-card wijkwerk-sm-card"
      id={`resultaat-${hit.number}`}
      data-result-number={numbered ? hit.number : undefined}
    >
      <h3 className="utrecht-heading-3 wijkwerk-sm-card__title">
        {numbered ? (
          <span className="wijkwerk-sm-card__number">
            <span className="wijkwerk-visually-hidden">
              {t('sm.public.card.number', { number: hit.number })}:{' '}
            </span>
            <span aria-hidden="true">{hit.number}</span>
          </span>
        ) : null}
        <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${hit.id}`} target={target}>
          {hit.title}
        </Link>
      </h3>
      <p className="utrecht-paragraph wijkwerk-card__meta">
        {hit.kindLabel} · {hit.formalityLabel} · {hit.online ? t('sm.public.card.online') : hit.areaName}
        {hit.distance ? ` · ${hit.distance}` : null}
      </p>
      {hit.summary ? <p className="utrecht-paragraph">{hit.summary}</p> : null}
      {hit.costFree || hit.accessible ? (
        <ul className="wijkwerk-sm-badges">
          {hit.costFree ? <li className="wijkwerk-sm-badge">{t('sm.public.card.free')}</li> : null}
          {hit.accessible ? <li className="wijkwerk-sm-badge">{t('sm.public.card.accessible')}</li> : null}
        </ul>
      ) : null}
    </article>
  );
}
