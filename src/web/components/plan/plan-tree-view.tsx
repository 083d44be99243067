import { Link } from 'react-router';
import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import type { PlanItem, PlanPermissions, PlanTreeNode } from '../../../modules/plan/plan.ts';
import { useShell } from '../shell.ts';
import { planMonth } from './plan-format.ts';
import { PlanStatus } from './plan-status.tsx';
import { ProgressBar } from './progress-bar.tsx';

// The plan's content for residents: each goal with its approaches (action lines), and under each
// approach a table of what is actually done (interventions and projects): who, when, status and
// how far. Members see edit and add links for what they may change (the plans part's pages).

export function itemHref(planId: string, itemId: string): string {
  return `/wijkplannen/${planId}/onderdelen/${itemId}`;
}

/** "maart 2026 – juni 2027", "vanaf maart 2026", "tot en met juni 2027", or null. */
export function whenText(t: Translate, locale: Locale, item: Pick<PlanItem, 'startDate' | 'endDate'>) {
  const { startDate, endDate } = item;
  if (startDate && endDate) {
    const a = planMonth(locale, startDate);
    const b = planMonth(locale, endDate);
    return a === b ? a : `${a} – ${b}`;
  }
  if (startDate) return t('plan.public.item.from', { date: planMonth(locale, startDate) });
  if (endDate) return t('plan.public.item.until', { date: planMonth(locale, endDate) });
  return null;
}

export function EditLink({ planId, item }: { planId: string; item: Pick<PlanItem, 'id' | 'title'> }) {
  const { t } = useShell();
  return (
    <Link
      className="utrecht-link utrecht-link--html-a wijkwerk-plan-action"
      to={`${itemHref(planId, item.id)}/bewerken`}
    >
      {t('plan.public.item.edit')}
      <span className="wijkwerk-visually-hidden">: {item.title}</span>
    </Link>
  );
}

export function AddLink({
  planId,
  parent,
  level,
}: {
  planId: string;
  parent: Pick<PlanItem, 'id' | 'title'> | null;
  level: 'goal' | 'action_line' | 'intervention';
}) {
  const { t } = useShell();
  const what = t(`plan.public.item.add.${level}`);
  return (
    <Link
      className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action wijkwerk-plan-add"
      to={`/wijkplannen/${planId}/onderdelen/nieuw${parent ? `?onder=${parent.id}` : ''}`}
    >
      {what}
      {parent ? <span className="wijkwerk-visually-hidden"> ({parent.title})</span> : null}
    </Link>
  );
}

function ItemMeta({ item }: { item: PlanItem }) {
  const { t, locale } = useShell();
  const when = whenText(t, locale, item);
  return (
    <ul className="wijkwerk-plan-facts">
      <li>
        <span className="wijkwerk-plan-facts__key">{t('plan.public.statusLabel')}: </span>
        <PlanStatus status={item.status} />
      </li>
      <li>
        <span className="wijkwerk-plan-facts__key">{t('plan.public.item.owner')}: </span>
        {item.ownerOrganisation?.name ?? t('plan.public.item.noOwner')}
      </li>
      {when ? (
        <li>
          <span className="wijkwerk-plan-facts__key">{t('plan.public.item.when')}: </span>
          {when}
        </li>
      ) : null}
    </ul>
  );
}

export function InterventionTable({
  planId,
  parent,
  nodes,
  permissions,
}: {
  planId: string;
  parent: PlanItem;
  nodes: PlanTreeNode[];
  permissions: PlanPermissions;
}) {
  const { t, locale } = useShell();
  const editable = new Set(permissions.editableItemIds);
  const anyEditable = nodes.some((n) => editable.has(n.item.id));
  return (
    <div className="utrecht-table-container wijkwerk-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wijkwerk-plan-table">
        <caption className="utrecht-table__caption">
          {`${t('plan.public.level.interventionsOf')}: ${parent.title}`}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.public.level.intervention')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.public.item.owner')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.public.item.when')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.public.statusLabel')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.public.overall')}
            </th>
            {anyEditable ? (
              <th scope="col" className="utrecht-table__header-cell">
                <span className="wijkwerk-visually-hidden">{t('plan.public.item.edit')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {nodes.map(({ item, rolledUpProgress }) => (
            <tr key={item.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell wijkwerk-plan-table__title">
                <Link className="utrecht-link utrecht-link--html-a" to={itemHref(planId, item.id)}>
                  {item.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">
                {item.ownerOrganisation?.name ?? t('plan.public.item.noOwner')}
              </td>
              <td className="utrecht-table__cell">{whenText(t, locale, item) ?? ''}</td>
              <td className="utrecht-table__cell">
                <PlanStatus status={item.status} />
              </td>
              <td className="utrecht-table__cell">
                <ProgressBar percent={rolledUpProgress} />
              </td>
              {anyEditable ? (
                <td className="utrecht-table__cell">
                  {editable.has(item.id) ? <EditLink planId={planId} item={item} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActionLine({
  planId,
  node,
  permissions,
}: {
  planId: string;
  node: PlanTreeNode;
  permissions: PlanPermissions;
}) {
  const { item, rolledUpProgress, children } = node;
  const headingId = `item-${item.id}`;
  return (
    <section className="wijkwerk-plan-action-line" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        <Link className="utrecht-link utrecht-link--html-a" to={itemHref(planId, item.id)}>
          {item.title}
        </Link>
      </h4>
      <ProgressBar percent={rolledUpProgress} />
      <ItemMeta item={item} />
      {item.description ? <p className="utrecht-paragraph">{item.description}</p> : null}
      {children.length > 0 ? (
        <InterventionTable planId={planId} parent={item} nodes={children} permissions={permissions} />
      ) : null}
      <ItemActions planId={planId} item={item} permissions={permissions} childLevel="intervention" />
    </section>
  );
}

function ItemActions({
  planId,
  item,
  permissions,
  childLevel,
}: {
  planId: string;
  item: PlanItem;
  permissions: PlanPermissions;
  childLevel: 'action_line' | 'intervention';
}) {
  const canEdit = permissions.editableItemIds.includes(item.id);
  const canAdd = permissions.addItemUnder.includes(item.id);
  if (!canEdit && !canAdd) return null;
  return (
    <p className="utrecht-paragraph wijkwerk-plan-actions">
      {canEdit ? <EditLink planId={planId} item={item} /> : null}
      {canAdd ? <AddLink planId={planId} parent={item} level={childLevel} /> : null}
    </p>
  );
}

export function PlanTreeView({
  planId,
  tree,
  permissions,
}: {
  planId: string;
  tree: PlanTreeNode[];
  permissions: PlanPermissions;
}) {
  const { t } = useShell();
  return (
    <ol className="wijkwerk-plan-goals">
      {tree.map((goal) => {
        const { item } = goal;
        const headingId = `item-${item.id}`;
        return (
          <li key={item.id} className="wijkwerk-plan-goal">
            <section aria-labelledby={headingId}>
              <h3 id={headingId} className="utrecht-heading-3">
                <span className="wijkwerk-plan-goal__level">{t('plan.public.level.goal')}: </span>
                <Link className="utrecht-link utrecht-link--html-a" to={itemHref(planId, item.id)}>
                  {item.title}
                </Link>
              </h3>
              <ProgressBar percent={goal.rolledUpProgress} size="large" />
              <ItemMeta item={item} />
              {item.description ? <p className="utrecht-paragraph">{item.description}</p> : null}
              <ItemActions planId={planId} item={item} permissions={permissions} childLevel="action_line" />
              {goal.children.length > 0 ? (
                <div className="wijkwerk-plan-action-lines">
                  <p className="utrecht-paragraph wijkwerk-plan-meta">
                    {t('plan.public.level.actionLinesOf')}:
                  </p>
                  {goal.children.map((line) => (
                    <ActionLine key={line.item.id} planId={planId} node={line} permissions={permissions} />
                  ))}
                </div>
              ) : null}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
