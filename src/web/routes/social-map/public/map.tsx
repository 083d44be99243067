import { getAreaBoundary } from '../../../../core/areas/get-area.ts';
import { NotFoundError } from '../../../../core/errors.ts';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ClusterMap } from '../../../components/social-map/cluster-map.tsx';
import { mapPicture } from '../../../components/social-map/cluster-points.ts';
import { FilterForm } from '../../../components/social-map/filter-form.tsx';
import '../../../components/social-map/public-i18n.ts';
import { EmptyResults, ResultCount, ResultItems } from '../../../components/social-map/result-list.tsx';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import { ViewTabs, viewPaths } from '../../../components/social-map/view-tabs.tsx';
import type { Route } from './+types/map.ts';
import { FilterNotices } from './filter-notices.tsx';
import { resolveFilters, runSearch, searchView } from './public.server.ts';

// The social map on a map: the area's outline and the results as numbered (clustered) points,
// drawn on the server; the numbered list below holds the same items.

export const mapPageSize = 100;

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const f = await resolveFilters(rc, request);
    const result = await runSearch(rc, f, mapPageSize);
    const view = searchView(rc, f, result, viewPaths.map);
    let boundary = f.area?.boundary ?? null;
    if (!f.area) {
      try {
        boundary = (await getAreaBoundary(rc.app.db, rc.actor, rc.municipality.code)).boundary;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    const points = view.hits.flatMap((h) => (h.point ? [{ ...h.point, number: h.number }] : []));
    return {
      title: view.area
        ? translate(rc.locale, 'sm.public.title.mapIn', { area: view.area.name })
        : translate(rc.locale, 'sm.public.title.map'),
      view,
      picture: mapPicture(boundary, points),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SocialMapMap({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { view, title, picture } = loaderData;
  const placed = view.hits.filter((h) => h.point);
  const unplaced = view.hits.filter((h) => !h.point);
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: viewPaths.list, label: t('sm.public.nav.socialMap') },
        ]}
        current={t('sm.public.view.map')}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      <ViewTabs current="map" query={view.query} />
      <FilterNotices view={view} />
      <div className="wijkwerk-sm-layout">
        <div className="wijkwerk-sm-layout__filters">
          <FilterForm view={view} action={viewPaths.map} />
        </div>
        <section className="wijkwerk-sm-layout__results" aria-labelledby="sm-results-heading">
          <h2 id="sm-results-heading" className="utrecht-heading-2">
            {t('sm.public.results.heading')}
          </h2>
          <ResultCount view={view} />
          {picture && placed.length > 0 ? (
            <ClusterMap
              picture={picture}
              hits={view.hits}
              title={t('sm.public.map.title', { count: placed.length })}
              caption={t('sm.public.map.caption')}
            />
          ) : (
            <p className="utrecht-paragraph">{t('sm.public.map.empty')}</p>
          )}
          {view.nextHref ? (
            <p className="utrecht-paragraph">{t('sm.public.map.more', { count: view.hits.length })}</p>
          ) : null}
          {view.hits.length === 0 ? (
            <EmptyResults view={view} path={viewPaths.map} />
          ) : (
            <>
              <h3 className="utrecht-heading-3">{t('sm.public.map.listHeading')}</h3>
              <ResultItems hits={placed} numbered />
              {unplaced.length > 0 ? (
                <>
                  <h3 className="utrecht-heading-3">{t('sm.public.map.noPoint')}</h3>
                  <ResultItems hits={unplaced} />
                </>
              ) : null}
            </>
          )}
          <ListPaging firstHref={view.firstHref} nextHref={view.nextHref} />
        </section>
      </div>
    </>
  );
}
