import { Link, redirect } from 'react-router';
import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { hasRole } from '../../../../core/permissions/actor.ts';
import { budgetText } from '../../../../modules/initiatives/budget/budget-i18n.ts';
// The part's and the module's texts must be registered in the page bundle too (hydration).
import '../../../../modules/initiatives/budget/budget-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { createBudget } from '../../../../modules/initiatives/budget/create-budget.ts';
import { listBudgets } from '../../../../modules/initiatives/budget/list-budgets.ts';
import { currentYear, formatEuro } from '../../../../modules/initiatives/budget/money.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { isInitiativesOffice } from '../../../../modules/initiatives/policy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { type FormFailure, formFailure, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/budgets.ts';
import { areaOptions, asFormError, centsOf, formValues, savedFlag } from './budget.server.ts';

// The quick budgets for staff: every area's budget per year with what is granted and left, links
// to the ledgers, and for the programme office a form to open a budget for an area and a year.

const fields = ['areaCode', 'year', 'amount', 'max', 'rules', 'rulesEn'] as const;
const rename = { amountCents: 'amount', maxPerInitiativeCents: 'max' };

function mayUse(actor: Parameters<typeof isInitiativesOffice>[0]) {
  return isInitiativesOffice(actor) || hasRole(actor, 'area_officer');
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayUse(rc.actor)) forbidden();
  try {
    const list = await listBudgets(serviceContext(rc));
    return {
      list,
      areas: list.mayCreate ? await areaOptions(rc) : [],
      year: currentYear(),
      saved: savedFlag(new URL(request.url), ['created'] as const),
      title: budgetText(rc.locale, 'initiatives.budget.list.title'),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const values = formValues(form, fields);
  const errors: FieldError[] = [];
  const amountCents = centsOf(values, 'amount', errors);
  const maxPerInitiativeCents = centsOf(values, 'max', errors);
  if (!/^\d{4}$/.test(values.year ?? ''))
    errors.push({ field: 'year', key: 'initiatives.budget.error.year' });
  try {
    if (errors.length > 0) throw new ValidationError(errors);
    const budget = await createBudget(serviceContext(rc), {
      areaCode: values.areaCode ?? '',
      year: Number(values.year),
      amountCents,
      maxPerInitiativeCents,
      rules: values.rules ?? '',
      ...(values.rulesEn ? { rulesEn: values.rulesEn } : {}),
    });
    return redirect(`${initiativesPaths.budget(budget.id)}?saved=created`);
  } catch (error) {
    return formFailure(asFormError(error, rename), rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Budgets({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { list, areas, year, saved, title } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const typed = failure?.values;
  const errors = failure?.fieldErrors ?? {};
  const euro = (cents: number) => formatEuro(cents, locale);
  const labels: Record<string, string> = {
    areaCode: t('initiatives.budget.field.areaCode'),
    year: t('initiatives.budget.field.year'),
    amount: t('initiatives.budget.field.amount'),
    max: t('initiatives.budget.field.max'),
    rules: t('initiatives.budget.field.rules'),
    rulesEn: t('initiatives.budget.field.rulesEn'),
  };
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.inbox(), label: t('initiatives.nav.inbox') },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      {saved ? (
        <Alert type="ok" live>
          {t(`initiatives.budget.saved.${saved}`)}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.budget.list.intro')}</p>
      {list.entries.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.list.empty')}</p>
      ) : (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{title}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('initiatives.budget.col.area')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.year')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.budget')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.granted')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.available')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.max')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('initiatives.budget.list.publicPage')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {list.entries.map(({ budget: b, may }) => (
              <tr className="utrecht-table__row" key={b.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  {may.readLedger ? (
                    <Link className="utrecht-link" to={initiativesPaths.budget(b.id)}>
                      {t('initiatives.budget.list.ledgerOf', { area: b.area.name, year: b.year })}
                    </Link>
                  ) : (
                    b.area.name
                  )}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{b.year}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{euro(b.amountCents)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{euro(b.reservedCents)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{euro(b.availableCents)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {euro(b.maxPerInitiativeCents)}
                </td>
                <td className="utrecht-table__cell">
                  <Link
                    className="utrecht-link"
                    to={`${initiativesPaths.publicBudget(b.area.code)}?jaar=${b.year}`}
                  >
                    {t('initiatives.budget.list.publicOf', { area: b.area.name, year: b.year })}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.mayCreate ? (
        <section aria-labelledby="nieuw-budget">
          <h2 className="utrecht-heading-2" id="nieuw-budget">
            {t('initiatives.budget.create.title')}
          </h2>
          <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
          <form method="post" noValidate>
            <CsrfField />
            <SelectField
              name="areaCode"
              label={labels.areaCode}
              options={areas}
              required
              defaultValue={typed?.areaCode}
              error={errors.areaCode}
            />
            <TextField
              name="year"
              label={labels.year}
              inputMode="numeric"
              required
              defaultValue={typed?.year ?? String(year)}
              error={errors.year}
            />
            <TextField
              name="amount"
              label={labels.amount}
              inputMode="decimal"
              required
              description={t('initiatives.budget.field.amount.description')}
              defaultValue={typed?.amount}
              error={errors.amount}
            />
            <TextField
              name="max"
              label={labels.max}
              inputMode="decimal"
              required
              description={t('initiatives.budget.field.amount.description')}
              defaultValue={typed?.max}
              error={errors.max}
            />
            <TextAreaField
              name="rules"
              label={labels.rules}
              description={t('initiatives.budget.field.rules.description')}
              defaultValue={typed?.rules}
              error={errors.rules}
            />
            <TextAreaField
              name="rulesEn"
              label={labels.rulesEn}
              defaultValue={typed?.rulesEn}
              error={errors.rulesEn}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.budget.create.submit')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}
