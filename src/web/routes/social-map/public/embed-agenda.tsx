import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AgendaDays } from '../../../components/social-map/agenda-days.tsx';
import { EmbedOpenFull } from '../../../components/social-map/embed-snippets.tsx';
import '../../../components/social-map/public-i18n.ts';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import type { Route } from './+types/embed-agenda.ts';
import { embedFilters } from './embed.server.ts';
import { agendaDayViews, loadAgenda } from './public.server.ts';

// An area's agenda for the next two weeks, to put in an iframe on a partner's or residents'
// website. Links open in the page around the frame.

/** No site header or footer: this page lives inside someone else's page. */
export const handle = { chrome: 'none' };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const f = await embedFilters(rc, params.code);
    const { agenda } = await loadAgenda(rc, f, 14);
    const name = f.area?.area.name ?? params.code;
    return {
      title: translate(rc.locale, 'sm.public.embed.agendaHeading', { area: name }),
      code: f.state.area ?? '',
      days: agendaDayViews(rc.locale, agenda),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? '' }];
}

export default function EmbedAgenda({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.days.length === 0 ? (
        <p className="utrecht-paragraph">{t('sm.public.agenda.empty')}</p>
      ) : (
        <AgendaDays days={d.days} linkTarget="_top" />
      )}
      <EmbedOpenFull href={`/sociale-kaart/agenda?gebied=${d.code}`} />
    </>
  );
}
