import { data, Link, redirect } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { type BudgetLine, sourceLabel } from '../../../../modules/plan/financing/budget-line.ts';
import {
  budgetSourceKinds,
  centsToInput,
  formatEuro,
  formatPercent,
} from '../../../../modules/plan/financing/co-financing.ts';
import '../../../../modules/plan/financing/finance-i18n.ts';
import { getItemFinances } from '../../../../modules/plan/financing/get-item-finances.ts';
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from '../../../../modules/plan/financing/write-budget-line.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { FinanceSummaryView } from '../../../components/plan/finance-summary.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/item-financing.ts';
import {
  asFormError,
  lineFormValues,
  lineInputFromForm,
  sourceOrganisationOptions,
} from './financing.server.ts';

// The money of one part of a plan: for an intervention or project its budget lines (source,
// year, committed, spent) with the share from other sources, and for those who may edit it a
// form to add, change (?bewerk=<line>) and remove lines; for a goal or action line the
// interventions below it with their totals. Works without JavaScript: links and posted forms.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const savedFlags = ['created', 'updated', 'deleted'] as const;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  if (!uuid.test(params.id) || !uuid.test(params.itemId)) throw data(null, { status: 404 });
  try {
    const view = await getItemFinances(serviceContext(rc), params.id, params.itemId);
    const url = new URL(request.url);
    const editId = url.searchParams.get('bewerk');
    const editing = view.canEdit && editId ? (view.lines.find((l) => l.id === editId) ?? null) : null;
    const saved = url.searchParams.get('saved');
    return {
      view,
      editing,
      organisations: view.canEdit ? await sourceOrganisationOptions(rc) : [],
      saved: (savedFlags as readonly string[]).includes(saved ?? '')
        ? (saved as (typeof savedFlags)[number])
        : null,
      title: translate(rc.locale, 'plan.finance.pageTitle', { title: view.item.title }),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  if (!uuid.test(params.id) || !uuid.test(params.itemId)) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const values = lineFormValues(form);
  const ctx = serviceContext(rc);
  const here = `/wijkplannen/${params.id}/onderdelen/${params.itemId}/financiering`;
  const lineId = formString(form, 'lineId');
  const version = Number.parseInt(formString(form, 'version'), 10);
  if ((intent === 'delete' || intent === 'update') && (!uuid.test(lineId) || !Number.isInteger(version))) {
    throw data(null, { status: 404 });
  }
  try {
    if (intent === 'delete') {
      await deleteBudgetLine(ctx, params.id, lineId, version);
      return redirect(`${here}?saved=deleted`);
    }
    const input = lineInputFromForm(values);
    if (intent === 'update') {
      await updateBudgetLine(ctx, params.id, lineId, { ...input, version });
      return redirect(`${here}?saved=updated`);
    }
    await createBudgetLine(ctx, params.id, params.itemId, input);
    return redirect(`${here}?saved=created`);
  } catch (error) {
    return formFailure(asFormError(error), rc.locale, { ...values, intent, lineId });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function LinesTable({ lines, canEdit, here }: { lines: BudgetLine[]; canEdit: boolean; here: string }) {
  const { t, locale } = useShell();
  if (lines.length === 0) return <p className="utrecht-paragraph">{t('plan.finance.noLines')}</p>;
  const committed = lines.reduce((s, l) => s + l.committedCents, 0);
  const spent = lines.reduce((s, l) => s + l.spentCents, 0);
  return (
    <table className="utrecht-table">
      <caption className="utrecht-table__caption">{t('plan.finance.lines')}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            {t('plan.finance.col.source')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('plan.finance.col.kind')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('plan.finance.col.description')}
          </th>
          <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
            {t('plan.finance.col.year')}
          </th>
          <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
            {t('plan.finance.col.committed')}
          </th>
          <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
            {t('plan.finance.col.spent')}
          </th>
          {canEdit ? (
            <th className="utrecht-table__header-cell" scope="col">
              {t('plan.finance.col.actions')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {lines.map((l) => {
          const source = sourceLabel(l) || t(`plan.finance.sourceKind.${l.sourceKind}`);
          return (
            <tr className="utrecht-table__row" key={l.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {source}
              </th>
              <td className="utrecht-table__cell">{t(`plan.finance.sourceKind.${l.sourceKind}`)}</td>
              <td className="utrecht-table__cell">{l.description}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{l.year}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {formatEuro(l.committedCents, locale)}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {formatEuro(l.spentCents, locale)}
              </td>
              {canEdit ? (
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" to={`${here}?bewerk=${l.id}#regel`}>
                    {t('plan.finance.edit')}
                    <span className="wijkwerk-visually-hidden">
                      {' '}
                      {source}, {l.year}
                    </span>
                  </Link>{' '}
                  <form method="post" className="wijkwerk-inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="lineId" value={l.id} />
                    <input type="hidden" name="version" value={l.version} />
                    <button
                      type="submit"
                      className="utrecht-button utrecht-button--subtle-action"
                      aria-label={t('plan.finance.deleteLine', { source, year: l.year })}
                    >
                      {t('plan.finance.delete')}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
      <tfoot className="utrecht-table__footer">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="row" colSpan={4}>
            {t('plan.finance.total')}
          </th>
          <td className="utrecht-table__cell utrecht-table__cell--numeric">
            {formatEuro(committed, locale)}
          </td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatEuro(spent, locale)}</td>
          {canEdit ? <td className="utrecht-table__cell" /> : null}
        </tr>
      </tfoot>
    </table>
  );
}

export default function ItemFinancing({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { view, editing, organisations, saved, title } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const { plan, item } = view;
  const itemPath = `/wijkplannen/${plan.id}/onderdelen/${item.id}`;
  const here = `${itemPath}/financiering`;
  // After a failed post, the form shows what was typed (and stays on the line being changed).
  const typed = failure?.values;
  const editingId = typed ? typed.lineId || null : (editing?.id ?? null);
  const line = editingId ? (view.lines.find((l) => l.id === editingId) ?? null) : null;
  const value = (field: string, fromLine: string | undefined) => (typed ? (typed[field] ?? '') : fromLine);
  const labels: Record<string, string> = {
    sourceKind: t('plan.finance.field.sourceKind'),
    sourceOrganisationId: t('plan.finance.field.sourceOrganisationId'),
    sourceName: t('plan.finance.field.sourceName'),
    description: t('plan.finance.field.description'),
    year: t('plan.finance.field.year'),
    committed: t('plan.finance.field.committed'),
    spent: t('plan.finance.field.spent'),
  };
  const errors = failure?.fieldErrors ?? {};
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/wijkplannen', label: t('plan.finance.nav.plans') },
          { href: `/wijkplannen/${plan.id}`, label: plan.title },
          { href: itemPath, label: item.title },
        ]}
        current={t('plan.finance.title')}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      {saved ? (
        <Alert type="ok" live>
          {t(`plan.finance.saved.${saved}`)}
        </Alert>
      ) : null}
      {failure && !typed?.intent?.match(/^(create|update)$/) ? (
        <ErrorSummary message={failure.message} errors={failure.fieldErrors} labels={labels} />
      ) : null}
      <p className="utrecht-paragraph">
        {item.level === 'intervention' ? t('plan.finance.intro') : t('plan.finance.introParent')}
      </p>
      <FinanceSummaryView summary={view.summary} id="financiering" />

      {item.level === 'intervention' ? (
        <section aria-labelledby="regels-heading">
          <h2 className="utrecht-heading-2" id="regels-heading">
            {t('plan.finance.lines')}
          </h2>
          <LinesTable lines={view.lines} canEdit={view.canEdit} here={here} />
        </section>
      ) : (
        <section aria-labelledby="interventies-heading">
          <h2 className="utrecht-heading-2" id="interventies-heading">
            {t('plan.programme.finances.projects')}
          </h2>
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.project')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.owner')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.committed')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.spent')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.otherShare')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {view.interventions.map((i) => (
                <tr className="utrecht-table__row" key={i.item.id}>
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link
                      className="utrecht-link"
                      to={`/wijkplannen/${plan.id}/onderdelen/${i.item.id}/financiering`}
                    >
                      {i.item.title}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{i.item.ownerOrganisation?.name ?? ''}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatEuro(i.summary.committedCents, locale)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatEuro(i.summary.spentCents, locale)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {i.summary.otherSharePercent === null
                      ? t('plan.finance.noShare')
                      : formatPercent(i.summary.otherSharePercent, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {view.canEdit ? (
        <section aria-labelledby="regel-heading" id="regel">
          <h2 className="utrecht-heading-2" id="regel-heading">
            {line ? t('plan.finance.editLine') : t('plan.finance.add')}
          </h2>
          {failure && typed?.intent?.match(/^(create|update)$/) ? (
            <ErrorSummary message={failure.message} errors={failure.fieldErrors} labels={labels} />
          ) : null}
          <form method="post" noValidate key={line?.id ?? 'new'}>
            <CsrfField />
            <input type="hidden" name="intent" value={line ? 'update' : 'create'} />
            {line ? (
              <>
                <input type="hidden" name="lineId" value={line.id} />
                <input type="hidden" name="version" value={line.version} />
              </>
            ) : null}
            <SelectField
              name="sourceKind"
              label={labels.sourceKind}
              required
              options={budgetSourceKinds.map((k) => ({ value: k, label: t(`plan.finance.sourceKind.${k}`) }))}
              defaultValue={value('sourceKind', line?.sourceKind)}
              error={errors.sourceKind}
            />
            <SelectField
              name="sourceOrganisationId"
              label={labels.sourceOrganisationId}
              emptyLabel={t('plan.finance.field.sourceOrganisationId.none')}
              options={organisations}
              defaultValue={value('sourceOrganisationId', line?.sourceOrganisation?.id)}
              error={errors.sourceOrganisationId}
            />
            <TextField
              name="sourceName"
              label={labels.sourceName}
              description={t('plan.finance.field.sourceName.description')}
              defaultValue={value('sourceName', line?.sourceName)}
              error={errors.sourceName}
            />
            <TextField
              name="description"
              label={labels.description}
              defaultValue={value('description', line?.description)}
              error={errors.description}
            />
            <TextField
              name="year"
              label={labels.year}
              inputMode="numeric"
              required
              defaultValue={value('year', String(line?.year ?? new Date().getFullYear()))}
              error={errors.year}
            />
            <TextField
              name="committed"
              label={labels.committed}
              inputMode="decimal"
              required
              description={t('plan.finance.field.amount.description')}
              defaultValue={value('committed', line ? centsToInput(line.committedCents, locale) : undefined)}
              error={errors.committed}
            />
            <TextField
              name="spent"
              label={labels.spent}
              inputMode="decimal"
              description={t('plan.finance.field.amount.description')}
              defaultValue={value('spent', line ? centsToInput(line.spentCents, locale) : undefined)}
              error={errors.spent}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{line ? t('plan.finance.save') : t('plan.finance.add')}</SubmitButton>{' '}
              {line ? (
                <Link className="utrecht-link" to={here}>
                  {t('plan.finance.cancel')}
                </Link>
              ) : null}
            </div>
          </form>
        </section>
      ) : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={itemPath}>
          {t('plan.finance.backToItem')}
        </Link>
      </p>
    </>
  );
}
