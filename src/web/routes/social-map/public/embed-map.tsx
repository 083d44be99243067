import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ClusterMap } from '../../../components/social-map/cluster-map.tsx';
import { mapPicture } from '../../../components/social-map/cluster-points.ts';
import { EmbedOpenFull } from '../../../components/social-map/embed-snippets.tsx';
import '../../../components/social-map/public-i18n.ts';
import { ResultItems } from '../../../components/social-map/result-list.tsx';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import type { Route } from './+types/embed-map.ts';
import { embedFilters } from './embed.server.ts';
import { hitViews, runSearch } from './public.server.ts';

// An area's map with its items, to put in an iframe elsewhere. Links open in the page around it.

/** No site header or footer: this page lives inside someone else's page. */
export const handle = { chrome: 'none' };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const f = await embedFilters(rc, params.code);
    const result = await runSearch(rc, f, 100);
    const hits = hitViews(rc.locale, f.terms, result.items);
    const points = hits.flatMap((h) => (h.point ? [{ ...h.point, number: h.number }] : []));
    const name = f.area?.area.name ?? params.code;
    return {
      title: translate(rc.locale, 'sm.public.embed.mapHeading', { area: name }),
      code: f.state.area ?? '',
      hits,
      picture: mapPicture(f.area?.boundary ?? null, points),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? '' }];
}

export default function EmbedMap({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const placed = d.hits.filter((h) => h.point);
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.picture && placed.length > 0 ? (
        <ClusterMap
          picture={d.picture}
          hits={d.hits}
          title={t('sm.public.map.title', { count: placed.length })}
          caption={t('sm.public.map.caption')}
          linkTarget="_top"
        />
      ) : (
        <p className="utrecht-paragraph">{t('sm.public.map.empty')}</p>
      )}
      <ResultItems hits={placed} numbered target="_top" />
      <EmbedOpenFull href={`/sociale-kaart/kaart?gebied=${d.code}`} />
    </>
  );
}
