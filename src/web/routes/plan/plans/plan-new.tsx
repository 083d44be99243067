import { Link, redirect } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { type Actor, coversArea, hasRole } from '../../../../core/permissions/actor.ts';
import { createPlan } from '../../../../modules/plan/create-plan.ts';
import '../../../../modules/plan/i18n.ts';
import type { Plan } from '../../../../modules/plan/plan.ts';
import { planStates } from '../../../../modules/plan/plan.ts';
import { planKinds } from '../../../../modules/plan/plan-input.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/plan-new.ts';
import { formValues, type PlanFormFailure, planFormFailure } from './plans.server.ts';

// Starting a plan: administrators and coordinators for any area (or the whole municipality, as a
// programme), area officers for the areas they cover. It starts as a draft unless chosen otherwise.

function mayStartPlans(actor: Actor): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator') || hasRole(actor, 'area_officer');
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayStartPlans(rc.actor)) forbidden();
  const wide = hasRole(rc.actor, 'administrator') || hasRole(rc.actor, 'coordinator');
  const areas = treeOrder((await listAreas(rc.app.db, rc.actor, { limit: 5000 })).items).filter(
    (a) => a.kind !== 'buurt' && (wide || coversArea(rc.actor, a.path)),
  );
  return {
    title: translate(rc.locale, 'plan.new.title'),
    areas: areas.map((a) => ({
      value: a.code,
      label: `${'\u00a0\u00a0'.repeat(a.depth)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
    kinds: wide ? [...planKinds] : (['area_plan'] as const),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = formValues(await request.formData());
  try {
    const plan = await createPlan(serviceContext(rc), {
      areaCode: values.areaCode ?? '',
      kind: (values.kind || 'area_plan') as Plan['kind'],
      title: values.title ?? '',
      summary: values.summary,
      vision: values.vision,
      periodStart: values.periodStart ?? '',
      periodEnd: values.periodEnd ?? '',
      state: (values.state || 'draft') as Plan['state'],
    });
    return redirect(`/wijkplannen/${plan.id}/leden`);
  } catch (error) {
    return planFormFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewPlan({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as PlanFormFailure | undefined;
  const v = failure?.values ?? {};
  const e = failure?.fieldErrors ?? {};
  const labels = {
    areaCode: t('plan.field.area'),
    kind: t('plan.field.kind'),
    title: t('plan.field.title'),
    summary: t('plan.field.summary'),
    vision: t('plan.field.vision'),
    periodStart: t('plan.field.periodStart'),
    periodEnd: t('plan.field.periodEnd'),
    state: t('plan.field.state'),
  };
  return (
    <>
      <Breadcrumb items={[{ href: '/wijkplannen', label: t('plan.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={labels} />
      <form method="post" className="wijkwerk-form" noValidate>
        <CsrfField />
        <SelectField
          name="areaCode"
          label={labels.areaCode}
          options={d.areas}
          defaultValue={v.areaCode}
          error={e.areaCode}
          required
        />
        {d.kinds.length > 1 ? (
          <SelectField
            name="kind"
            label={labels.kind}
            options={d.kinds.map((k) => ({ value: k, label: t(`plan.kind.${k}`) }))}
            defaultValue={v.kind}
            error={e.kind}
          />
        ) : null}
        <TextField name="title" label={labels.title} defaultValue={v.title} error={e.title} required />
        <TextAreaField
          name="summary"
          label={labels.summary}
          description={t('plan.field.summaryHint')}
          defaultValue={v.summary}
          error={e.summary}
          rows={3}
        />
        <TextAreaField
          name="vision"
          label={labels.vision}
          defaultValue={v.vision}
          error={e.vision}
          rows={6}
        />
        <TextField
          name="periodStart"
          label={labels.periodStart}
          description={t('plan.field.dateHint')}
          defaultValue={v.periodStart}
          error={e.periodStart}
          required
        />
        <TextField
          name="periodEnd"
          label={labels.periodEnd}
          description={t('plan.field.dateHint')}
          defaultValue={v.periodEnd}
          error={e.periodEnd}
          required
        />
        <SelectField
          name="state"
          label={labels.state}
          description={t('plan.field.stateHint')}
          options={planStates.map((s) => ({ value: s, label: t(`plan.state.${s}`) }))}
          defaultValue={v.state ?? 'draft'}
          error={e.state}
        />
        <p className="utrecht-button-group">
          <SubmitButton>{t('plan.new.submit')}</SubmitButton>
        </p>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/wijkplannen">
          {t('plan.title')}
        </Link>
      </p>
    </>
  );
}
