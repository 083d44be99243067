import { Link, redirect } from 'react-router';
import { NotFoundError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { ForbiddenError } from '../../../../core/permissions/can.ts';
import { createItem } from '../../../../modules/plan/create-item.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import '../../../../modules/plan/i18n.ts';
import { childLevel } from '../../../../modules/plan/plan.ts';
import { findNode } from '../../../../modules/plan/plan-tree.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/item-new.ts';
import { createInput, itemFormOptions } from './item-form.server.ts';
import { ItemForm, itemFieldLabels } from './item-form.tsx';
import { formValues, type PlanFormFailure, planFormFailure } from './plans.server.ts';

// Adding an item: a goal at the top (?onder absent), an action line under a goal, an intervention
// under an action line. Managers add anything; co-authors interventions of their organisation.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const parentId = new URL(request.url).searchParams.get('onder');
  try {
    const view = await getPlanView(serviceContext(rc), params.id);
    const parent = parentId ? findNode(view.tree, parentId)?.item : undefined;
    if (parentId && !parent) throw new NotFoundError('plan_item');
    const allowed = parent ? view.permissions.addItemUnder.includes(parent.id) : view.permissions.manage;
    if (!allowed) throw new ForbiddenError('create', 'plan_item');
    const level = childLevel(parent?.level ?? null) ?? 'goal';
    const onlyOrg = rc.actor.grants.map((g) => g.organisationId).filter(Boolean);
    return {
      title: translate(rc.locale, 'plan.item.new.title', {
        level: translate(rc.locale, `plan.level.${level}`),
      }),
      plan: { id: view.plan.id, title: view.plan.title },
      parent: parent ? { id: parent.id, title: parent.title } : null,
      options: await itemFormOptions(rc, view),
      values: {
        ownerOrganisationId: !view.permissions.manage && onlyOrg.length === 1 ? (onlyOrg[0] as string) : '',
        status: 'planned',
      } as Record<string, string>,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const parentId = new URL(request.url).searchParams.get('onder');
  const values = formValues(await request.formData(), ['areaCodes']);
  try {
    const item = await createItem(serviceContext(rc), params.id, createInput(values, parentId));
    return redirect(`/wijkplannen/${params.id}/onderdelen/${item.id}/bewerken?saved=created`);
  } catch (error) {
    return planFormFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewItem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as PlanFormFailure | undefined;
  const planHref = `/wijkplannen/${d.plan.id}`;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: planHref, label: d.plan.title },
        ]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.parent ? (
        <p className="utrecht-paragraph">{t('plan.item.new.under', { title: d.parent.title })}</p>
      ) : null}
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={itemFieldLabels(t)} />
      <ItemForm
        values={failure?.values ?? d.values}
        errors={failure?.fieldErrors ?? {}}
        options={d.options}
        submitLabel={t('plan.item.new.submit')}
      />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={planHref}>
          {t('plan.back')}
        </Link>
      </p>
    </>
  );
}
