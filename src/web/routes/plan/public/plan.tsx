import { data, Link } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import type { Indicator, PlanTreeNode } from '../../../../modules/plan/plan.ts';
import { flattenTree } from '../../../../modules/plan/plan-tree.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { IndicatorPanel } from '../../../components/plan/indicator-panel.tsx';
import { PlanStateText } from '../../../components/plan/plan-card.tsx';
import { planMonth } from '../../../components/plan/plan-format.ts';
import '../../../components/plan/plan-public-i18n.ts';
import { Paragraphs } from '../../../components/plan/paragraphs.tsx';
import planCss from '../../../components/plan/plan-public.css?url';
import { AddLink, PlanTreeView } from '../../../components/plan/plan-tree-view.tsx';
import { ProgressBar } from '../../../components/plan/progress-bar.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/plan.ts';
import { isUuid } from './plan-public.server.ts';

// The plan itself, in plain language: what it is for (vision), what we want to achieve (goals),
// how (approaches) and what is actually done (actions and projects) with who, when, status and
// progress, what we measure against which target, and who make the plan. Members of the plan see
// the same page with links to change what they may (the plans part's edit pages).

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: planCss }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  if (!isUuid(params.id)) throw data(null, { status: 404 });
  try {
    const view = await getPlanView(serviceContext(rc), params.id);
    const signedIn = rc.actor.personId !== null;
    // Residents see organisations; names of people only for those signed in (staff, members).
    return {
      view: {
        ...view,
        members: view.members.filter((m) => signedIn || m.organisation !== null),
        tree: signedIn ? view.tree : withoutPeople(view.tree),
      },
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

function withoutPeople(nodes: PlanTreeNode[]): PlanTreeNode[] {
  return nodes.map((n) => ({
    ...n,
    item: { ...n.item, contactPerson: null },
    children: withoutPeople(n.children),
  }));
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.view.plan.title ?? ''} | Wijkwerk` }];
}

export default function PlanPage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { plan, members, tree, progress, permissions } = loaderData.view;
  const indicators: Array<{ indicator: Indicator; itemTitle: string }> = flattenTree(tree).flatMap((n) =>
    n.item.indicators.map((indicator) => ({ indicator, itemTitle: n.item.title })),
  );
  const organisations = members.filter((m) => m.organisation);
  const people = members.filter((m) => m.person);
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/wijkplannen', label: t('plan.public.nav.plans') },
        ]}
        current={plan.title}
      />
      <div className="wijkwerk-heading-group">
        <h1 className="utrecht-heading-1">{plan.title}</h1>
        <ul className="wijkwerk-plan-facts">
          <li>
            {t(`plan.public.kind.${plan.kind}`)}
            {' · '}
            <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${plan.area.code}`}>
              {plan.area.name}
            </Link>
          </li>
          <li>
            <span className="wijkwerk-plan-facts__key">{t('plan.public.periodLabel')}: </span>
            {t('plan.public.period', {
              start: planMonth(locale, plan.periodStart),
              end: planMonth(locale, plan.periodEnd),
            })}
          </li>
          <li>
            <span className="wijkwerk-plan-facts__key">{t('plan.public.stateLabel')}: </span>
            <PlanStateText state={plan.state} adoptedAt={plan.adoptedAt} />
          </li>
        </ul>
      </div>
      {plan.state === 'draft' ? <Alert type="warning">{t('plan.public.state.draftNotice')}</Alert> : null}
      {plan.state === 'under_review' ? <Alert>{t('plan.public.state.reviewNotice')}</Alert> : null}
      {plan.state === 'closed' ? <Alert>{t('plan.public.state.closedNotice')}</Alert> : null}
      {plan.summary ? <p className="utrecht-paragraph utrecht-paragraph--lead">{plan.summary}</p> : null}

      {permissions.editPlan || permissions.manage || permissions.editableItemIds.length > 0 ? (
        <nav aria-label={t('plan.public.plan.manage')} className="wijkwerk-plan-actions">
          {permissions.editPlan ? (
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              to={`/wijkplannen/${plan.id}/bewerken`}
            >
              {t('plan.public.plan.edit')}
            </Link>
          ) : null}
          {permissions.manage ? (
            <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}/leden`}>
              {t('plan.public.plan.membersEdit')}
            </Link>
          ) : null}
          <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}/tijdlijn`}>
            {t('plan.public.plan.timeline')}
          </Link>
        </nav>
      ) : null}

      <nav aria-label={t('plan.public.plan.more')} className="wijkwerk-plan-more">
        <ul className="wijkwerk-plan-inline-list">
          {(
            [
              ['peilmomenten', 'plan.public.plan.reviews'],
              ['versies', 'plan.public.plan.versions'],
              ['rapportage', 'plan.public.plan.report'],
            ] as const
          ).map(([path, key]) => (
            <li key={path}>
              <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}/${path}`}>
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="utrecht-heading-2">
          {t('plan.public.overall')}
        </h2>
        <p className="utrecht-paragraph">
          <ProgressBar percent={progress} size="large" />
        </p>
      </section>

      {plan.vision ? (
        <section aria-labelledby="vision-heading">
          <h2 id="vision-heading" className="utrecht-heading-2">
            {t('plan.public.plan.vision')}
          </h2>
          <Paragraphs text={plan.vision} />
        </section>
      ) : null}

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading" className="utrecht-heading-2">
          {t('plan.public.plan.goals')}
        </h2>
        {tree.length > 0 ? (
          <>
            <p className="utrecht-paragraph">{t('plan.public.plan.goalsLead')}</p>
            <PlanTreeView planId={plan.id} tree={tree} permissions={permissions} />
          </>
        ) : (
          <p className="utrecht-paragraph">{t('plan.public.plan.noGoals')}</p>
        )}
        {permissions.manage ? (
          <p className="utrecht-paragraph">
            <AddLink planId={plan.id} parent={null} level="goal" />
          </p>
        ) : null}
      </section>

      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading" className="utrecht-heading-2">
          {t('plan.public.indicators')}
        </h2>
        {indicators.length > 0 ? (
          <>
            <p className="utrecht-paragraph">{t('plan.public.indicatorsLead')}</p>
            {indicators.map(({ indicator, itemTitle }) => (
              <IndicatorPanel
                key={indicator.id}
                indicator={indicator}
                headingLevel={3}
                context={t('plan.public.indicator.onItem', { title: itemTitle })}
              />
            ))}
          </>
        ) : (
          <p className="utrecht-paragraph">{t('plan.public.plan.nothingYet')}</p>
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="utrecht-heading-2">
          {t('plan.public.plan.members')}
        </h2>
        {members.length > 0 ? (
          <>
            <p className="utrecht-paragraph">{t('plan.public.plan.membersLead')}</p>
            <ul className="utrecht-unordered-list">
              {[...organisations, ...people].map((m) => (
                <li key={m.id} className="utrecht-unordered-list__item">
                  {m.organisation?.name ?? m.person?.name}
                  {' · '}
                  {t(`plan.public.role.${m.role}`)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('plan.public.plan.noMembers')}</p>
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="utrecht-heading-2">
          {t('plan.public.plan.questions')}
        </h2>
        <p className="utrecht-paragraph">
          {t('plan.public.plan.questionsText', { area: plan.area.name })}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${plan.area.code}`}>
            {plan.area.name}
          </Link>
        </p>
      </section>
    </>
  );
}
