import { Link } from 'react-router';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { addDays } from '../../../../modules/social-map/agenda/group-by-day.ts';
import { dutchDate } from '../../../../modules/social-map/freshness.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AgendaDays } from '../../../components/social-map/agenda-days.tsx';
import { FilterForm } from '../../../components/social-map/filter-form.tsx';
import { filterQuery } from '../../../components/social-map/filter-state.ts';
import '../../../components/social-map/public-i18n.ts';
import { dayLabel } from '../../../components/social-map/schedule-text.ts';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import { ViewTabs, viewPaths } from '../../../components/social-map/view-tabs.tsx';
import type { Route } from './+types/agenda.ts';
import { FilterNotices } from './filter-notices.tsx';
import { agendaDayViews, loadAgenda, resolveFilters, runSearch, searchView } from './public.server.ts';

// The agenda: what takes place when, day by day for a week, with the same filters as the list
// and the map. With an area chosen and no week: "deze week in {buurt}".

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const f = await resolveFilters(rc, request);
    const result = await runSearch(rc, { ...f, state: { ...f.state, cursor: null } }, 1);
    const view = searchView(rc, f, result, viewPaths.agenda);
    const { agenda, kindExcluded } = await loadAgenda(rc, f);
    const today = dutchDate(new Date());
    const thisWeek = agenda.from === today;
    const t = (key: string, params: Record<string, string> = {}) => translate(rc.locale, key, params);
    const title = view.area
      ? thisWeek
        ? t('sm.public.title.thisWeekIn', { area: view.area.name })
        : t('sm.public.title.agendaIn', { area: view.area.name })
      : t('sm.public.title.agenda');
    const weekHref = (week: string | null) =>
      `${viewPaths.agenda}${filterQuery(f.state, { cursor: null, week })}`;
    return {
      title,
      view,
      days: agendaDayViews(rc.locale, agenda),
      range: t('sm.public.agenda.week', {
        from: dayLabel(rc.locale, agenda.from),
        to: dayLabel(rc.locale, addDays(agenda.to, -1), true),
      }),
      previousHref: weekHref(addDays(agenda.from, -7)),
      nextHref: weekHref(addDays(agenda.from, 7)),
      thisWeekHref: thisWeek ? null : weekHref(null),
      truncated: agenda.truncated,
      kindExcluded,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SocialMapAgenda({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: viewPaths.list, label: t('sm.public.nav.socialMap') },
        ]}
        current={t('sm.public.view.agenda')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ViewTabs current="agenda" query={d.view.query} />
      <FilterNotices view={d.view} />
      <div className="wijkwerk-sm-layout">
        <div className="wijkwerk-sm-layout__filters">
          <FilterForm view={d.view} action={viewPaths.agenda} />
        </div>
        <section className="wijkwerk-sm-layout__results" aria-labelledby="sm-agenda-range">
          <p id="sm-agenda-range" className="utrecht-paragraph utrecht-paragraph--lead">
            {d.range}
          </p>
          <nav className="wijkwerk-sm-weeks" aria-label={t('sm.public.agenda.weeks')}>
            <Link className="utrecht-link utrecht-link--html-a" to={d.previousHref} rel="prev">
              {t('sm.public.agenda.previous')}
            </Link>
            {d.thisWeekHref ? (
              <Link className="utrecht-link utrecht-link--html-a" to={d.thisWeekHref}>
                {t('sm.public.agenda.today')}
              </Link>
            ) : null}
            <Link className="utrecht-link utrecht-link--html-a" to={d.nextHref} rel="next">
              {t('sm.public.agenda.next')}
            </Link>
          </nav>
          {d.kindExcluded ? (
            <Alert type="info">
              <p className="utrecht-paragraph">{t('sm.public.agenda.noActivityKind')}</p>
            </Alert>
          ) : null}
          {d.truncated ? (
            <Alert type="warning">
              <p className="utrecht-paragraph">{t('sm.public.agenda.truncated')}</p>
            </Alert>
          ) : null}
          {d.days.length === 0 ? (
            <p className="utrecht-paragraph wijkwerk-empty">{t('sm.public.agenda.empty')}</p>
          ) : (
            <AgendaDays days={d.days} />
          )}
          <p className="utrecht-paragraph utrecht-paragraph--small">
            {t('sm.public.agenda.onlyActivities')}
            {d.view.area ? null : ` ${t('sm.public.agenda.chooseArea')}`}
          </p>
        </section>
      </div>
    </>
  );
}
