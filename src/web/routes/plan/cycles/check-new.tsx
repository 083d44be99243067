import { Form, redirect } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { requestingDepartments } from '../../../../modules/plan/checks/checks-policy.ts';
import { createCheck } from '../../../../modules/plan/checks/create-check.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { listPlans } from '../../../../modules/plan/list-plans.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  CheckboxGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { forbidden, formStrings, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/check-new.ts';

// A department asks the area officers for a wijktoets: the proposal, the question, the areas and
// the date an answer is wanted by; optionally the wijkplan it concerns (?plan=, ?gebied= preset).

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const departments = requestingDepartments(rc.actor);
  if (departments !== null && departments.length === 0) forbidden();
  const url = new URL(request.url);
  const [organisations, areas, plans] = await Promise.all([
    listOrganisations(rc.app.db, rc.actor, { kind: 'department', limit: 5000 }),
    listAreas(rc.app.db, rc.actor, { limit: 5000 }),
    listPlans(serviceContext(rc), { limit: 200 }),
  ]);
  return {
    title: translate(rc.locale, 'plan.check.new'),
    departments: organisations.items
      .filter((o) => departments === null || departments.includes(o.id))
      .map((o) => ({ value: o.id, label: o.name })),
    areas: treeOrder(areas.items)
      .filter((a) => a.kind === 'wijk' || a.kind === 'gebied')
      .map((a) => ({ value: a.code, label: a.name })),
    plans: plans.plans.map((p) => ({ value: p.id, label: `${p.title} (${p.area.name})` })),
    preset: { planId: url.searchParams.get('plan') ?? '', areaCode: url.searchParams.get('gebied') ?? '' },
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const values = {
    title: formString(form, 'title'),
    proposal: formString(form, 'proposal'),
    question: formString(form, 'question'),
    requestingOrganisationId: formString(form, 'requestingOrganisationId'),
    planId: formString(form, 'planId'),
    answerBy: formString(form, 'answerBy'),
  };
  const areaCodes = formStrings(form, 'areaCodes');
  try {
    const check = await createCheck(serviceContext(rc), { ...values, areaCodes });
    return redirect(`/wijktoetsen/${check.id}?saved=created`);
  } catch (error) {
    return formFailure(error, rc.locale, { ...values, areaCodes: areaCodes.join(',') });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewNeighbourhoodCheck({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const v = failure?.values;
  const e = failure?.fieldErrors;
  const d = loaderData;
  const labels = {
    title: t('plan.check.field.title'),
    proposal: t('plan.check.field.proposal'),
    question: t('plan.check.field.question'),
    requestingOrganisationId: t('plan.check.field.department'),
    planId: t('plan.check.field.plan'),
    areaCodes: t('plan.check.field.areas'),
    answerBy: t('plan.check.field.answerBy'),
  };
  return (
    <>
      <Breadcrumb items={[{ href: '/wijktoetsen', label: t('plan.check.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ErrorSummary message={failure?.message} errors={e} labels={labels} />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <TextField
          name="title"
          label={labels.title}
          description={t('plan.check.field.title.hint')}
          defaultValue={v?.title}
          error={e?.title}
          required
        />
        <TextAreaField
          name="proposal"
          label={labels.proposal}
          description={t('plan.check.field.proposal.hint')}
          defaultValue={v?.proposal}
          error={e?.proposal}
          rows={6}
        />
        <TextAreaField
          name="question"
          label={labels.question}
          defaultValue={v?.question}
          error={e?.question}
          rows={3}
        />
        <SelectField
          name="requestingOrganisationId"
          label={labels.requestingOrganisationId}
          options={d.departments}
          defaultValue={v?.requestingOrganisationId}
          error={e?.requestingOrganisationId}
        />
        <SelectField
          name="planId"
          label={labels.planId}
          options={d.plans}
          emptyLabel={t('plan.check.field.plan.none')}
          defaultValue={v?.planId ?? d.preset.planId}
          error={e?.planId}
        />
        <CheckboxGroup
          name="areaCodes"
          legend={labels.areaCodes}
          options={d.areas}
          defaultChecked={
            v?.areaCodes ? v.areaCodes.split(',') : d.preset.areaCode ? [d.preset.areaCode] : []
          }
          error={e?.areaCodes}
        />
        <TextField
          name="answerBy"
          label={labels.answerBy}
          description={t('plan.check.field.answerBy.hint')}
          defaultValue={v?.answerBy}
          error={e?.answerBy}
          required
        />
        <SubmitButton>{t('plan.check.submit')}</SubmitButton>
      </Form>
    </>
  );
}
