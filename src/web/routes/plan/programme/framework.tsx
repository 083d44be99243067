import { data, Form, redirect } from 'react-router';
import { ConflictError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listPeople } from '../../../../core/people/list-people.ts';
import { can } from '../../../../core/permissions/can.ts';
import { getFramework, updateFramework } from '../../../../modules/plan/programme/framework.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import '../../../../modules/plan/programme/programme-policy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import {
  CheckboxGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { formStrings, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/framework.ts';
import { translateErrors } from './programme.server.ts';

// The effect framework: anyone reads it (the submission form points here); coordinators and
// administrators change it — names, descriptions, the minimum, new or retired effects and
// criteria, and who assesses. One plain form with a hidden version.

interface Failure {
  message: string;
  fieldErrors: FieldErrors;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const framework = await getFramework(rc.app.db, rc.municipality.id);
  const mayEdit = can(rc.actor, 'update', { type: 'effect_framework', municipalityId: rc.municipality.id });
  // Candidates for assessor: everyone with a role other than resident.
  const candidates = mayEdit
    ? (await listPeople(rc.app.db, rc.actor, { limit: 500 })).items
        .filter((p) => p.status === 'active' && p.roles.some((r) => r.role !== 'resident'))
        .map((p) => ({ id: p.id, name: p.name }))
    : [];
  return {
    title: translate(rc.locale, 'plan.programme.framework.title'),
    framework,
    mayEdit,
    candidates,
    saved: new URL(request.url).searchParams.get('opgeslagen') === '1',
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const rows = (prefix: 'effect' | 'criterion') => {
    const ids = formStrings(form, `${prefix}-id`);
    const list = ids.map((id, i) => ({
      id,
      name: formString(form, `${prefix}-name-${i}`),
      description: formString(form, `${prefix}-description-${i}`),
      active: formString(form, `${prefix}-active-${i}`) === 'yes',
      ...(prefix === 'criterion' ? { minScore: formString(form, `${prefix}-minScore-${i}`) as 'some' } : {}),
    }));
    const newName = formString(form, `${prefix}-name-new`).trim();
    if (newName)
      list.push({
        id: '',
        name: newName,
        description: formString(form, `${prefix}-description-new`),
        active: true,
        ...(prefix === 'criterion'
          ? { minScore: (formString(form, `${prefix}-minScore-new`) || 'some') as 'some' }
          : {}),
      });
    return list;
  };
  try {
    await updateFramework(serviceContext(rc), {
      version: formString(form, 'version'),
      minSubstantial: formString(form, 'minSubstantial'),
      effects: rows('effect'),
      criteria: rows('criterion') as Array<ReturnType<typeof rows>[number] & { minScore: 'some' }>,
      assessorIds: formStrings(form, 'assessorIds'),
    } as never);
  } catch (error) {
    if (error instanceof ValidationError) {
      const fieldOf = (p: string) => {
        const m = p.match(/^(effects|criteria)\.(\d+)\.(\w+)$/);
        if (m) return `${m[1] === 'effects' ? 'effect' : 'criterion'}-${m[3]}-${m[2]}`;
        return p.startsWith('assessorIds') ? 'assessorIds' : p;
      };
      return data<Failure>(
        {
          message: translate(rc.locale, 'common.formErrors'),
          fieldErrors: translateErrors(error.fieldErrors, rc.locale, fieldOf),
        },
        { status: 400 },
      );
    }
    if (error instanceof ConflictError)
      return data<Failure>({ message: translate(rc.locale, error.key), fieldErrors: {} }, { status: 409 });
    return throwAsRouteError(error);
  }
  return redirect('/programma/effecten?opgeslagen=1');
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function FrameworkPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { framework } = loaderData;
  const failure = actionData as Failure | undefined;
  const errors = failure?.fieldErrors ?? {};
  const activeEffects = framework.effects.filter((e) => e.active);
  const list = (items: typeof framework.effects, criteria: boolean) => (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((e) => (
        <div key={e.id} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">
            {e.name} {e.active ? '' : t('plan.programme.framework.retired')}
          </dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {e.description}
            {criteria && e.minScore
              ? ` (${t('plan.programme.framework.minScore')}: ${t(`plan.programme.framework.criterionMin.${e.minScore}`)})`
              : ''}
          </dd>
        </div>
      ))}
    </dl>
  );
  const labels: Record<string, string> = { minSubstantial: t('plan.programme.framework.minSubstantial') };
  const rowFields = (prefix: 'effect' | 'criterion', items: typeof framework.effects) =>
    items.map((e, i) => {
      const legend = t(
        prefix === 'effect' ? 'plan.programme.framework.effectN' : 'plan.programme.framework.criterionN',
        { n: i + 1 },
      );
      labels[`${prefix}-name-${i}`] = `${legend}: ${t('plan.programme.framework.name')}`;
      labels[`${prefix}-description-${i}`] = `${legend}: ${t('plan.programme.framework.description')}`;
      return (
        <fieldset
          key={e.id}
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {legend}
          </legend>
          <input type="hidden" name={`${prefix}-id`} value={e.id} />
          <TextField
            name={`${prefix}-name-${i}`}
            label={t('plan.programme.framework.name')}
            required
            defaultValue={e.name}
            error={errors[`${prefix}-name-${i}`]}
          />
          <TextAreaField
            name={`${prefix}-description-${i}`}
            label={t('plan.programme.framework.description')}
            rows={2}
            defaultValue={e.description}
            error={errors[`${prefix}-description-${i}`]}
          />
          {prefix === 'criterion' ? (
            <SelectField
              name={`${prefix}-minScore-${i}`}
              label={t('plan.programme.framework.minScore')}
              options={(['some', 'substantial'] as const).map((s) => ({
                value: s,
                label: t(`plan.programme.framework.criterionMin.${s}`),
              }))}
              defaultValue={e.minScore ?? 'some'}
            />
          ) : null}
          <CheckboxGroup
            name={`${prefix}-active-${i}`}
            legend={t('plan.programme.framework.active')}
            options={[{ value: 'yes', label: t('plan.programme.framework.active') }]}
            defaultChecked={e.active ? ['yes'] : []}
          />
        </fieldset>
      );
    });
  const newRow = (prefix: 'effect' | 'criterion') => (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t(
          prefix === 'effect'
            ? 'plan.programme.framework.newEffect'
            : 'plan.programme.framework.newCriterion',
        )}
      </legend>
      <TextField name={`${prefix}-name-new`} label={t('plan.programme.framework.name')} />
      <TextAreaField
        name={`${prefix}-description-new`}
        label={t('plan.programme.framework.description')}
        rows={2}
      />
      {prefix === 'criterion' ? (
        <SelectField
          name={`${prefix}-minScore-new`}
          label={t('plan.programme.framework.minScore')}
          options={(['some', 'substantial'] as const).map((s) => ({
            value: s,
            label: t(`plan.programme.framework.criterionMin.${s}`),
          }))}
          defaultValue="some"
        />
      ) : null}
    </fieldset>
  );
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('plan.programme.framework.saved')}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.programme.framework.intro')}</p>
      <p className="utrecht-paragraph">
        <strong>
          {t('plan.programme.framework.rule', { min: framework.minSubstantial, count: activeEffects.length })}
        </strong>
      </p>
      <h2 className="utrecht-heading-2">{t('plan.programme.framework.effects')}</h2>
      {list(framework.effects, false)}
      <h2 className="utrecht-heading-2">{t('plan.programme.framework.criteria')}</h2>
      {list(framework.criteria, true)}
      <h2 className="utrecht-heading-2">{t('plan.programme.framework.assessors')}</h2>
      <p className="utrecht-paragraph">{t('plan.programme.framework.assessorsIntro')}</p>
      <p className="utrecht-paragraph">
        {framework.assessors.map((a) => a.name).join(', ') || t('plan.programme.framework.noAssessors')}
      </p>
      {loaderData.mayEdit ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="utrecht-heading-2">
            {t('plan.programme.framework.edit')}
          </h2>
          <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="version" value={framework.version} />
            <TextField
              name="minSubstantial"
              type="number"
              inputMode="numeric"
              label={labels.minSubstantial}
              required
              defaultValue={framework.minSubstantial}
              error={errors.minSubstantial}
            />
            <h3 className="utrecht-heading-3">{t('plan.programme.framework.effects')}</h3>
            {rowFields('effect', framework.effects)}
            {newRow('effect')}
            <h3 className="utrecht-heading-3">{t('plan.programme.framework.criteria')}</h3>
            {rowFields('criterion', framework.criteria)}
            {newRow('criterion')}
            <CheckboxGroup
              name="assessorIds"
              legend={t('plan.programme.framework.assessors')}
              description={t('plan.programme.framework.assessorsIntro')}
              options={loaderData.candidates.map((p) => ({ value: p.id, label: p.name }))}
              defaultChecked={framework.assessors.map((a) => a.id)}
              error={errors.assessorIds}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.programme.framework.save')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
