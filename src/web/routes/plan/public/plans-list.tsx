import { Form, Link } from 'react-router';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { type PlanState, planStates } from '../../../../modules/plan/plan.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { PlanCard } from '../../../components/plan/plan-card.tsx';
import '../../../components/plan/plan-public-i18n.ts';
import planCss from '../../../components/plan/plan-public.css?url';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/plans-list.ts';
import { isProgrammeStaff, mayStartPlans, planCards } from './plan-public.server.ts';

// The list of wijkplannen: residents see the adopted ones (and those under review or closed);
// members and staff also the drafts they may read. Filters are a plain GET form.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: planCss }];

const pageSize = 20;
const kinds = ['area_plan', 'programme'] as const;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const areaParam = (url.searchParams.get('gebied') ?? '').trim().toUpperCase().slice(0, 20);
  const state = pick<PlanState>(url.searchParams.get('stand'), planStates);
  const kind = pick(url.searchParams.get('soort'), kinds);
  const cursor = url.searchParams.get('cursor')?.slice(0, 200) || undefined;
  try {
    const [wijken, gebieden] = await Promise.all([
      listAreas(rc.app.db, rc.actor, { kind: 'wijk', limit: 1000 }),
      listAreas(rc.app.db, rc.actor, { kind: 'gebied', limit: 1000 }),
    ]);
    const areas = [...gebieden.items, ...wijken.items]
      .map((a) => ({ code: a.code, name: a.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const area = areas.find((a) => a.code === areaParam) ?? null;
    let result: Awaited<ReturnType<typeof planCards>>;
    try {
      result = await planCards(rc, {
        ...(area ? { areaCode: area.code } : {}),
        ...(state ? { state } : {}),
        ...(kind ? { kind } : {}),
        ...(cursor ? { cursor } : {}),
        limit: pageSize,
      });
    } catch {
      // A damaged cursor: start again at the first page rather than fail.
      result = await planCards(rc, {
        ...(area ? { areaCode: area.code } : {}),
        ...(state ? { state } : {}),
        ...(kind ? { kind } : {}),
        limit: pageSize,
      });
    }
    const query = new URLSearchParams();
    if (area) query.set('gebied', area.code);
    if (state) query.set('stand', state);
    if (kind) query.set('soort', kind);
    const withCursor = (c: string) => {
      const q = new URLSearchParams(query);
      q.set('cursor', c);
      return `/wijkplannen?${q.toString()}`;
    };
    return {
      title: area
        ? translate(rc.locale, 'plan.public.list.titleIn', { area: area.name })
        : translate(rc.locale, 'plan.public.list.title'),
      plans: result.cards,
      areas,
      filters: { area: area?.code ?? '', state: state ?? '', kind: kind ?? '' },
      badArea: areaParam !== '' && !area,
      showDrafts: rc.actor.personId !== null,
      mayStart: mayStartPlans(rc),
      staffLinks: isProgrammeStaff(rc),
      firstHref: cursor ? `/wijkplannen${query.size > 0 ? `?${query.toString()}` : ''}` : null,
      nextHref: result.nextCursor ? withCursor(result.nextCursor) : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

const programmeStaffLinks = [
  ['/projecten', 'plan.public.programme.ideas'],
  ['/programma/samenhang', 'plan.public.programme.coherence'],
  ['/programma/financien', 'plan.public.programme.finances'],
  ['/programma/rapportage', 'plan.public.programme.report'],
  ['/programma/effecten', 'plan.public.programme.framework'],
  ['/planningscycli', 'plan.public.programme.cycles'],
  ['/wijktoetsen', 'plan.public.programme.checks'],
] as const;

export default function PlansList({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { plans, areas, filters } = loaderData;
  const onePage = !loaderData.nextHref && !loaderData.firstHref;
  const countText =
    plans.length === 0
      ? t('plan.public.list.none')
      : !onePage
        ? null
        : plans.length === 1
          ? t('plan.public.list.countOne')
          : t('plan.public.list.count', { count: plans.length });
  const states = loaderData.showDrafts ? planStates : planStates.filter((s) => s !== 'draft');
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={t('plan.public.nav.plans')} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('plan.public.list.lead')}</p>
      {loaderData.mayStart ? (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            to="/wijkplannen/nieuw"
          >
            {t('plan.public.list.new')}
          </Link>
        </p>
      ) : null}
      {loaderData.badArea ? <Alert type="warning">{t('plan.public.list.badArea')}</Alert> : null}
      <Form
        method="get"
        action="/wijkplannen"
        className="wijkwerk-plan-filters"
        role="search"
        aria-label={t('plan.public.list.filters')}
        key={`${filters.area}|${filters.state}|${filters.kind}`}
      >
        <SelectField
          name="gebied"
          label={t('plan.public.list.area')}
          emptyLabel={t('plan.public.list.areaAll')}
          options={areas.map((a) => ({ value: a.code, label: a.name }))}
          defaultValue={filters.area}
        />
        <SelectField
          name="stand"
          label={t('plan.public.list.state')}
          emptyLabel={t('plan.public.list.stateAll')}
          options={states.map((s) => ({ value: s, label: t(`plan.public.state.${s}`) }))}
          defaultValue={filters.state}
        />
        <SelectField
          name="soort"
          label={t('plan.public.list.kind')}
          emptyLabel={t('plan.public.list.kindAll')}
          options={kinds.map((k) => ({ value: k, label: t(`plan.public.kind.${k}`) }))}
          defaultValue={filters.kind}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('plan.public.list.apply')}
          </button>
        </div>
      </Form>
      {countText ? <p className="utrecht-paragraph">{countText}</p> : null}
      {plans.length > 0 ? (
        <ul className="wijkwerk-plan-list">
          {plans.map((p) => (
            <li key={p.id} className="wijkwerk-plan-list__item">
              <PlanCard plan={p} />
            </li>
          ))}
        </ul>
      ) : null}
      <ListPaging firstHref={loaderData.firstHref} nextHref={loaderData.nextHref} />
      <section aria-labelledby="programme-links">
        <h2 className="utrecht-heading-2" id="programme-links">
          {t('plan.public.programme.heading')}
        </h2>
        <p className="utrecht-paragraph">{t('plan.public.programme.ideaLead')}</p>
        <ul className="utrecht-unordered-list">
          <li>
            <Link className="utrecht-link utrecht-link--html-a" to="/projecten/indienen">
              {t('plan.public.programme.submitIdea')}
            </Link>
          </li>
          {loaderData.staffLinks
            ? programmeStaffLinks.map(([href, key]) => (
                <li key={href}>
                  <Link className="utrecht-link utrecht-link--html-a" to={href}>
                    {t(key)}
                  </Link>
                </li>
              ))
            : null}
        </ul>
      </section>
    </>
  );
}
