import { data, Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import type { PlanningCycle } from '../../../../modules/plan/cycles/cycle.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { mayKeepCycle } from '../../../../modules/plan/cycles/cycles-policy.ts';
import { deleteCycle } from '../../../../modules/plan/cycles/delete-cycle.ts';
import { getCycle } from '../../../../modules/plan/cycles/get-cycle.ts';
import { CycleConflictError, updateCycle } from '../../../../modules/plan/cycles/update-cycle.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { type FormFailure, formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/cycle-edit.ts';
import { CycleForm, cycleFieldLabels, valuesOfDeadlines } from './cycle-form.tsx';
import { cycleFormFailure, readCycleForm, rowCount, valuesFromFailure } from './cycle-form-values.ts';
import { ruleText } from './rule-text.ts';

// Change or delete a planning cycle (who keeps it). The form carries the version it was loaded
// at; when someone else saved in between, the page shows what is saved now next to the editor's
// own input, and saving again (with the new version) keeps the editor's version.

async function editableCycle(context: Route.LoaderArgs['context'], request: Request, id: string) {
  const rc = signedInContext(context, request);
  let cycle: PlanningCycle;
  try {
    cycle = await getCycle(rc.app.db, rc.actor, id);
  } catch (error) {
    throwAsRouteError(error);
  }
  if (!mayKeepCycle(rc.actor, cycle.organisation?.id ?? null)) forbidden();
  return { rc, cycle };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { rc, cycle } = await editableCycle(context, request, params.id);
  return { title: translate(rc.locale, 'plan.cycle.edit'), cycle };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { rc, cycle } = await editableCycle(context, request, params.id);
  const form = await request.formData();
  if (formString(form, 'intent') === 'delete') {
    await deleteCycle(serviceContext(rc), cycle.id);
    return redirect('/planningscycli?saved=deleted');
  }
  const { rows, values, deadlines, used } = readCycleForm(form);
  try {
    await updateCycle(serviceContext(rc), cycle.id, {
      version: formString(form, 'version'),
      name: values.name,
      description: values.description,
      deadlines,
    });
    return redirect('/planningscycli?saved=updated');
  } catch (error) {
    const failure = cycleFormFailure(error, rc.locale, used, values, rows);
    if (error instanceof CycleConflictError) {
      // The form now names the saved version: saving again is a deliberate choice for one's own.
      return data(
        {
          ...failure.data,
          values: { ...failure.data.values, version: String(error.current.version) },
          current: error.current,
        },
        { status: 409 },
      );
    }
    return failure;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditCycle({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { cycle } = loaderData;
  const failure = actionData as (FormFailure & { current?: PlanningCycle }) | undefined;
  const again = failure?.values ? valuesFromFailure(failure.values) : null;
  const rows = again?.rows ?? rowCount(cycle.deadlines.length);
  const current = failure?.current;
  return (
    <>
      <Breadcrumb items={[{ href: '/planningscycli', label: t('plan.cycle.title') }]} current={cycle.name} />
      <h1 className="utrecht-heading-1">
        {loaderData.title}: {cycle.name}
      </h1>
      <p className="utrecht-paragraph">{cycle.organisation?.name ?? t('plan.cycle.municipal')}</p>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={cycleFieldLabels(t, rows)}
      />
      {current ? (
        <section aria-labelledby="conflict-current">
          <h2 className="utrecht-heading-2" id="conflict-current">
            {t('plan.cycle.conflict.current')}
          </h2>
          <p className="utrecht-paragraph">{current.name}</p>
          <DataTable
            caption={t('plan.cycle.cyclesCaption', { name: current.name })}
            rows={current.deadlines}
            rowKey={(d) => d.id}
            columns={[
              { header: t('plan.cycle.col.deadline'), cell: (d) => d.title },
              { header: t('plan.cycle.col.purpose'), cell: (d) => t(`plan.cycle.purpose.${d.purpose}`) },
              { header: t('plan.cycle.col.rule'), cell: (d) => ruleText(t, locale, d) },
            ]}
          />
        </section>
      ) : null}
      <CycleForm
        t={t}
        values={
          again?.values ?? {
            organisationId: cycle.organisation?.id ?? '',
            name: cycle.name,
            description: cycle.description,
            deadlines: valuesOfDeadlines(cycle.deadlines),
          }
        }
        rows={rows}
        errors={failure?.fieldErrors}
        organisations={null}
        version={
          current?.version ?? (failure?.values?.version ? Number(failure.values.version) : cycle.version)
        }
        submitLabel={t('plan.cycle.save')}
      />
      <h2 className="utrecht-heading-2">{t('plan.cycle.delete')}</h2>
      <Form method="post">
        <CsrfField />
        <SubmitButton name="intent" value="delete" variant="secondary">
          {t('plan.cycle.deleteConfirm')}
        </SubmitButton>
      </Form>
    </>
  );
}
