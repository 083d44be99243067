import type { ReactNode } from 'react';
import { data, Link } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { getItemView } from '../../../../modules/plan/get-plan.ts';
import type { ItemLink, PlanItem } from '../../../../modules/plan/plan.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { IndicatorPanel } from '../../../components/plan/indicator-panel.tsx';
import { Paragraphs } from '../../../components/plan/paragraphs.tsx';
import { planDate } from '../../../components/plan/plan-format.ts';
import '../../../components/plan/plan-public-i18n.ts';
import planCss from '../../../components/plan/plan-public.css?url';
import { PlanStatus } from '../../../components/plan/plan-status.tsx';
import {
  AddLink,
  EditLink,
  InterventionTable,
  itemHref,
  whenText,
} from '../../../components/plan/plan-tree-view.tsx';
import { ProgressBar } from '../../../components/plan/progress-bar.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/item.ts';
import { isUuid } from './plan-public.server.ts';

// One goal, approach or action of a plan: what it is, who is responsible, when, its status and
// progress (and where that figure comes from), its steps (milestones), what we measure with a
// chart against the target, its parts, and links to the social map or initiatives.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: planCss }];

function safeHref(link: ItemLink): string | null {
  if (!link.href) return null;
  return link.href.startsWith('/') || /^https?:\/\//i.test(link.href) ? link.href : null;
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  if (!isUuid(params.id) || !isUuid(params.itemId)) throw data(null, { status: 404 });
  try {
    const { view, node, ancestors } = await getItemView(serviceContext(rc), params.id, params.itemId);
    const signedIn = rc.actor.personId !== null;
    const hidePeople = (item: PlanItem): PlanItem => (signedIn ? item : { ...item, contactPerson: null });
    const { item } = node;
    const progressFrom =
      item.progress !== null
        ? 'own'
        : node.children.length > 0
          ? 'children'
          : item.milestones.length > 0
            ? 'milestones'
            : null;
    return {
      plan: { id: view.plan.id, title: view.plan.title, area: view.plan.area },
      item: hidePeople(item),
      progress: node.rolledUpProgress,
      progressFrom,
      ancestors: ancestors.map((a) => ({ id: a.id, title: a.title })),
      children: node.children.map((c) => ({ ...c, item: hidePeople(c.item) })),
      permissions: view.permissions,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.item.title ?? ''} | ${loaderData?.plan.title ?? ''} | Wijkwerk` }];
}

export default function PlanItemPage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { plan, item, progress, progressFrom, ancestors, children, permissions } = loaderData;
  const when = whenText(t, locale, item);
  const parent = ancestors.at(-1) ?? null;
  const canEdit = permissions.editableItemIds.includes(item.id);
  const canAdd = permissions.addItemUnder.includes(item.id);
  const fact = (key: string, value: ReactNode) => (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{t(key)}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
    </div>
  );
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/wijkplannen', label: t('plan.public.nav.plans') },
          { href: `/wijkplannen/${plan.id}`, label: plan.title },
          ...ancestors.map((a) => ({ href: itemHref(plan.id, a.id), label: a.title })),
        ]}
        current={item.title}
      />
      <div className="wijkwerk-heading-group">
        <h1 className="utrecht-heading-1">{item.title}</h1>
        <p className="utrecht-paragraph wijkwerk-plan-meta">
          {t(`plan.public.level.${item.level}`)}
          {' · '}
          {parent ? (
            <>
              {t('plan.public.item.partOf')}:{' '}
              <Link className="utrecht-link utrecht-link--html-a" to={itemHref(plan.id, parent.id)}>
                {parent.title}
              </Link>
            </>
          ) : (
            <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}`}>
              {plan.title}
            </Link>
          )}
        </p>
      </div>
      {canEdit || canAdd ? (
        <p className="utrecht-paragraph wijkwerk-plan-actions">
          {canEdit ? <EditLink planId={plan.id} item={item} /> : null}
          {canAdd && item.level !== 'intervention' ? (
            <AddLink
              planId={plan.id}
              parent={item}
              level={item.level === 'goal' ? 'action_line' : 'intervention'}
            />
          ) : null}
        </p>
      ) : null}

      <p className="utrecht-paragraph">
        <span className="wijkwerk-plan-facts__key">{t('plan.public.overall')} </span>
        <ProgressBar percent={progress} size="large" />
        {progress !== null && progressFrom ? (
          <>
            {' '}
            <span className="wijkwerk-plan-meta">{t(`plan.public.item.progressFrom.${progressFrom}`)}</span>
          </>
        ) : null}
      </p>

      <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list">
        {fact('plan.public.statusLabel', <PlanStatus status={item.status} />)}
        {fact('plan.public.item.owner', item.ownerOrganisation?.name ?? t('plan.public.item.noOwner'))}
        {item.contactPerson ? fact('plan.public.item.contact', item.contactPerson.name) : null}
        {when ? fact('plan.public.item.when', when) : null}
        {item.themes.length > 0 ? fact('plan.public.item.themes', item.themes.join(', ')) : null}
        {item.areas.length > 0
          ? fact(
              'plan.public.item.areas',
              <ul className="wijkwerk-plan-inline-list">
                {item.areas.map((a) => (
                  <li key={a.id}>
                    <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${a.code}`}>
                      {a.name}
                    </Link>
                  </li>
                ))}
              </ul>,
            )
          : null}
      </dl>

      {item.description ? <Paragraphs text={item.description} /> : null}

      {item.level === 'intervention' ? (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-link utrecht-link--html-a"
            to={`${itemHref(plan.id, item.id)}/financiering`}
          >
            {t('plan.public.item.finances')}
          </Link>
        </p>
      ) : null}

      {children.length > 0 ? (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading" className="utrecht-heading-2">
            {item.level === 'goal'
              ? t('plan.public.level.actionLinesOf')
              : t('plan.public.level.interventionsOf')}
          </h2>
          {item.level === 'action_line' ? (
            <InterventionTable planId={plan.id} parent={item} nodes={children} permissions={permissions} />
          ) : (
            <ul className="wijkwerk-plan-list">
              {children.map((c) => (
                <li key={c.item.id} className="wijkwerk-plan-list__item">
                  <h3 className="utrecht-heading-3">
                    <Link className="utrecht-link utrecht-link--html-a" to={itemHref(plan.id, c.item.id)}>
                      {c.item.title}
                    </Link>
                  </h3>
                  <p className="utrecht-paragraph">
                    <PlanStatus status={c.item.status} />
                    {' · '}
                    {c.item.ownerOrganisation?.name ?? t('plan.public.item.noOwner')}
                    {' · '}
                    <ProgressBar percent={c.rolledUpProgress} />
                  </p>
                  {c.item.description ? <p className="utrecht-paragraph">{c.item.description}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {item.milestones.length > 0 ? (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading" className="utrecht-heading-2">
            {t('plan.public.item.milestones')}
          </h2>
          <div className="utrecht-table-container wijkwerk-table-scroll">
            <table className="utrecht-table utrecht-table--html-table" aria-labelledby="milestones-heading">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.item.milestone')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.item.milestoneDue')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.item.milestoneDone')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {item.milestones.map((m) => (
                  <tr key={m.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell wijkwerk-plan-table__title">
                      {m.title}
                    </th>
                    <td className="utrecht-table__cell">
                      {m.dueDate ? planDate(locale, m.dueDate) : t('plan.public.item.milestoneNoDate')}
                    </td>
                    <td className="utrecht-table__cell">
                      {m.doneOn ? (
                        <>
                          <span aria-hidden="true">✓ </span>
                          {t('plan.public.item.milestoneDoneOn', { date: planDate(locale, m.doneOn) })}
                        </>
                      ) : (
                        t('plan.public.item.milestoneOpen')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {item.indicators.length > 0 ? (
        <section aria-labelledby="indicators-heading">
          <h2 id="indicators-heading" className="utrecht-heading-2">
            {t('plan.public.indicators')}
          </h2>
          {item.indicators.map((indicator) => (
            <IndicatorPanel key={indicator.id} indicator={indicator} headingLevel={3} />
          ))}
        </section>
      ) : null}

      {item.links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className="utrecht-heading-2">
            {t('plan.public.item.links')}
          </h2>
          <ul className="utrecht-unordered-list">
            {item.links.map((l) => {
              const href = safeHref(l);
              const kind =
                l.module === 'social_map'
                  ? t('plan.public.item.linkSocialMap')
                  : t('plan.public.item.linkInitiative');
              const label = l.label ?? t('plan.public.item.linkUnknown');
              return (
                <li key={`${l.module}-${l.refId}`} className="utrecht-unordered-list__item">
                  {kind}:{' '}
                  {href ? (
                    <Link className="utrecht-link utrecht-link--html-a" to={href}>
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}`}>
          {t('plan.public.item.back')}
        </Link>
      </p>
    </>
  );
}
