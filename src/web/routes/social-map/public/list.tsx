import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { EmbedSnippets } from '../../../components/social-map/embed-snippets.tsx';
import { FilterForm } from '../../../components/social-map/filter-form.tsx';
import '../../../components/social-map/public-i18n.ts';
import { ResultList } from '../../../components/social-map/result-list.tsx';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import { ViewTabs, viewPaths } from '../../../components/social-map/view-tabs.tsx';
import type { Route } from './+types/list.ts';
import { FilterNotices } from './filter-notices.tsx';
import { resolveFilters, runSearch, searchView } from './public.server.ts';

// The social map as a list: resident search in plain Dutch with facet filters and counts.

const pageSize = 20;

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const f = await resolveFilters(rc, request);
    const result = await runSearch(rc, f, pageSize);
    const view = searchView(rc, f, result, viewPaths.list);
    return {
      title: view.area
        ? translate(rc.locale, 'sm.public.title.listIn', { area: view.area.name })
        : translate(rc.locale, 'sm.public.title.list'),
      view,
      origin: new URL(request.url).origin,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SocialMapList({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { view, title } = loaderData;
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={t('sm.public.nav.socialMap')} />
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('sm.public.lead')}</p>
      <ViewTabs current="list" query={view.query} />
      <FilterNotices view={view} />
      <div className="wijkwerk-sm-layout">
        <div className="wijkwerk-sm-layout__filters">
          <FilterForm view={view} action={viewPaths.list} />
        </div>
        <div className="wijkwerk-sm-layout__results">
          <ResultList view={view} path={viewPaths.list} />
        </div>
      </div>
      {view.area ? (
        <EmbedSnippets
          origin={loaderData.origin}
          area={view.area}
          icalUrl={`${loaderData.origin}/api/v1/social-map/calendars/areas/${view.area.code}.ics`}
        />
      ) : null}
    </>
  );
}
