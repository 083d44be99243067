import { redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { createCycle } from '../../../../modules/plan/cycles/create-cycle.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { mayKeepCycle, mayKeepSomeCycle } from '../../../../modules/plan/cycles/cycles-policy.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import type { FormFailure } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/cycle-new.ts';
import { CycleForm, cycleFieldLabels } from './cycle-form.tsx';
import { cycleFormFailure, readCycleForm, rowCount, valuesFromFailure } from './cycle-form-values.ts';

// Register a planning cycle: an organisation's members for their own organisation; coordinators and
// administrators for any, and for the municipality itself.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayKeepSomeCycle(rc.actor)) forbidden();
  const organisations = await listOrganisations(rc.app.db, rc.actor, { limit: 5000 });
  const options = [
    ...(mayKeepCycle(rc.actor, null)
      ? [{ value: '', label: translate(rc.locale, 'plan.cycle.municipal') }]
      : []),
    ...organisations.items
      .filter((o) => mayKeepCycle(rc.actor, o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ];
  return { title: translate(rc.locale, 'plan.cycle.new'), organisations: options };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const { rows, values, deadlines, used } = readCycleForm(await request.formData());
  try {
    await createCycle(serviceContext(rc), {
      organisationId: values.organisationId,
      name: values.name,
      description: values.description,
      deadlines,
    });
    return redirect('/planningscycli?saved=created');
  } catch (error) {
    return cycleFormFailure(error, rc.locale, used, values, rows);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewCycle({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const again = failure?.values ? valuesFromFailure(failure.values) : null;
  const rows = again?.rows ?? rowCount(1);
  return (
    <>
      <Breadcrumb
        items={[{ href: '/planningscycli', label: t('plan.cycle.title') }]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={cycleFieldLabels(t, rows)}
      />
      <CycleForm
        t={t}
        values={
          again?.values ?? {
            organisationId: loaderData.organisations[0]?.value ?? '',
            name: '',
            description: '',
            deadlines: [],
          }
        }
        rows={rows}
        errors={failure?.fieldErrors}
        organisations={loaderData.organisations}
        version={null}
        submitLabel={t('plan.cycle.create')}
      />
    </>
  );
}
