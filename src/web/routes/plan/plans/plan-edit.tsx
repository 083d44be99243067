import { Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { type Translate, translate, translator } from '../../../../core/i18n/i18n.ts';
import { ForbiddenError } from '../../../../core/permissions/can.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import '../../../../modules/plan/i18n.ts';
import { type Plan, planStates } from '../../../../modules/plan/plan.ts';
import { PlanConflictError, updatePlan } from '../../../../modules/plan/update-plan.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { PlanConflict } from '../../../components/plan/plan-conflict.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/plan-edit.ts';
import {
  type FormValues,
  formValues,
  type PlanFormFailure,
  planFormFailure,
  savedNotice,
} from './plans.server.ts';

// The plan's text, period and state, for its managers. The form carries the version it started
// from; when someone saved in between, nothing is overwritten: the page shows both versions and
// the editor chooses (keep the saved one, or save theirs over it from the current version).

const fields = ['title', 'summary', 'vision', 'periodStart', 'periodEnd', 'state'] as const;

function valuesOf(plan: Plan): FormValues {
  return {
    version: String(plan.version),
    title: plan.title,
    summary: plan.summary,
    vision: plan.vision,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    state: plan.state,
  };
}

function labels(t: Translate): Record<(typeof fields)[number], string> {
  return {
    title: t('plan.field.title'),
    summary: t('plan.field.summary'),
    vision: t('plan.field.vision'),
    periodStart: t('plan.field.periodStart'),
    periodEnd: t('plan.field.periodEnd'),
    state: t('plan.field.state'),
  };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const view = await getPlanView(serviceContext(rc), params.id);
    if (!view.permissions.manage) throw new ForbiddenError('update', 'plan');
    return {
      title: translate(rc.locale, 'plan.edit.title', { title: view.plan.title }),
      plan: { id: view.plan.id, title: view.plan.title },
      values: valuesOf(view.plan),
      saved: savedNotice(new URL(request.url), rc.locale),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = formValues(await request.formData());
  try {
    await updatePlan(serviceContext(rc), params.id, {
      version: values.version as unknown as number,
      title: values.title,
      summary: values.summary,
      vision: values.vision,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      state: values.state as Plan['state'],
    });
    return redirect(`/wijkplannen/${params.id}/bewerken?saved=plan`);
  } catch (error) {
    const t = translator(rc.locale);
    return planFormFailure(error, rc.locale, values, (e) => {
      if (!(e instanceof PlanConflictError)) return null;
      const theirs = valuesOf(e.current);
      const names = labels(t);
      const shown = (name: (typeof fields)[number], v: string | undefined) =>
        name === 'state' && v ? t(`plan.state.${v}`) : (v ?? '');
      return {
        version: e.current.version,
        rows: fields.map((name) => ({
          label: names[name],
          mine: shown(name, values[name]),
          theirs: shown(name, theirs[name]),
        })),
      };
    });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditPlan({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as PlanFormFailure | undefined;
  const v = failure?.values ?? d.values;
  const e = failure?.fieldErrors ?? {};
  const names = labels(t);
  const planHref = `/wijkplannen/${d.plan.id}`;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: planHref, label: d.plan.title },
        ]}
        current={t('plan.edit.submit')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved && !failure ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      {failure?.conflict ? (
        <PlanConflict rows={failure.conflict} discardHref={`/wijkplannen/${d.plan.id}/bewerken`} />
      ) : (
        <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={names} />
      )}
      <form method="post" className="wijkwerk-form" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={v.version} />
        <TextField name="title" label={names.title} defaultValue={v.title} error={e.title} required />
        <TextAreaField
          name="summary"
          label={names.summary}
          description={t('plan.field.summaryHint')}
          defaultValue={v.summary}
          error={e.summary}
          rows={3}
        />
        <TextAreaField name="vision" label={names.vision} defaultValue={v.vision} error={e.vision} rows={8} />
        <TextField
          name="periodStart"
          label={names.periodStart}
          description={t('plan.field.dateHint')}
          defaultValue={v.periodStart}
          error={e.periodStart}
          required
        />
        <TextField
          name="periodEnd"
          label={names.periodEnd}
          description={t('plan.field.dateHint')}
          defaultValue={v.periodEnd}
          error={e.periodEnd}
          required
        />
        <SelectField
          name="state"
          label={names.state}
          description={t('plan.field.stateHint')}
          options={planStates.map((s) => ({ value: s, label: t(`plan.state.${s}`) }))}
          defaultValue={v.state}
          error={e.state}
        />
        <p className="utrecht-button-group">
          <SubmitButton>
            {failure?.conflict ? t('plan.conflict.keepMine') : t('plan.edit.submit')}
          </SubmitButton>
        </p>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={planHref}>
          {t('plan.back')}
        </Link>
      </p>
    </>
  );
}
