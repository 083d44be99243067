import { data, Link, redirect } from 'react-router';
import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { budgetText } from '../../../../modules/initiatives/budget/budget-i18n.ts';
// The part's and the module's texts must be registered in the page bundle too (hydration).
import '../../../../modules/initiatives/budget/budget-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getLedger } from '../../../../modules/initiatives/budget/get-ledger.ts';
import { centsToInput, formatEuro } from '../../../../modules/initiatives/budget/money.ts';
import { updateBudget } from '../../../../modules/initiatives/budget/update-budget.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/budget-ledger.ts';
import { asFormError, centsOf, formValues, savedFlag, uuidPattern } from './budget.server.ts';
import { Facts } from './budget-parts.tsx';

// A budget's ledger for finance and the area's officers: per grant what was granted, paid,
// accounted for and is still to pay, the totals, the downloads (CSV, XLSX), and for the programme
// office the form to change the amount, the maximum and the rules (from the version shown).

const fields = ['amount', 'max', 'rules', 'rulesEn'] as const;
const rename = { amountCents: 'amount', maxPerInitiativeCents: 'max' };

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!uuidPattern.test(params.id)) throw data(null, { status: 404 });
  try {
    const ledger = await getLedger(serviceContext(rc), params.id);
    return {
      ledger,
      saved: savedFlag(new URL(request.url), ['created', 'updated'] as const),
      title: budgetText(rc.locale, 'initiatives.budget.ledger.title', {
        area: ledger.budget.area.name,
        year: ledger.budget.year,
      }),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  if (!uuidPattern.test(params.id)) throw data(null, { status: 404 });
  const form = await request.formData();
  const values = formValues(form, fields);
  const version = Number.parseInt(formString(form, 'version'), 10);
  const errors: FieldError[] = [];
  const amountCents = centsOf(values, 'amount', errors);
  const maxPerInitiativeCents = centsOf(values, 'max', errors);
  try {
    if (errors.length > 0) throw new ValidationError(errors);
    await updateBudget(serviceContext(rc), params.id, {
      amountCents,
      maxPerInitiativeCents,
      rules: values.rules ?? '',
      rulesEn: values.rulesEn ?? '',
      version: Number.isInteger(version) ? version : 0,
    });
    return redirect(`${initiativesPaths.budget(params.id)}?saved=updated`);
  } catch (error) {
    return formFailure(asFormError(error, rename), rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function BudgetLedger({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { ledger, saved, title } = loaderData;
  const { budget: b, entries, totals } = ledger;
  const failure = actionData as FormFailure | undefined;
  const typed = failure?.values;
  const errors = failure?.fieldErrors ?? {};
  const euro = (cents: number) => formatEuro(cents, locale);
  const labels: Record<string, string> = {
    amount: t('initiatives.budget.field.amount'),
    max: t('initiatives.budget.field.max'),
    rules: t('initiatives.budget.field.rules'),
    rulesEn: t('initiatives.budget.field.rulesEn'),
  };
  const num = 'utrecht-table__cell utrecht-table__cell--numeric';
  const numHead = 'utrecht-table__header-cell utrecht-table__header-cell--numeric';
  const base = initiativesPaths.budget(b.id);
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.budgets(), label: t('initiatives.budget.list.title') },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      {saved ? (
        <Alert type="ok" live>
          {t(`initiatives.budget.saved.${saved}`)}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.budget.ledger.intro')}</p>
      <section aria-labelledby="totalen">
        <h2 className="utrecht-heading-2" id="totalen">
          {t('initiatives.budget.ledger.totals')}
        </h2>
        <Facts
          items={[
            [t('initiatives.budget.amount'), euro(totals.amountCents)],
            [t('initiatives.budget.col.granted'), euro(totals.grantedCents)],
            [t('initiatives.budget.col.paid'), euro(totals.paidCents)],
            [t('initiatives.budget.col.accounted'), euro(totals.accountedCents)],
            [t('initiatives.budget.col.toPay'), euro(totals.toPayCents)],
            [t('initiatives.budget.available'), euro(totals.availableCents)],
            [t('initiatives.budget.max'), euro(b.maxPerInitiativeCents)],
          ]}
        />
        <h3 className="utrecht-heading-3">{t('initiatives.budget.ledger.download')}</h3>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`${base}/grootboek.csv`} download>
              {t('initiatives.budget.ledger.csv')}
            </a>
          </li>
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`${base}/grootboek.xlsx`} download>
              {t('initiatives.budget.ledger.xlsx')}
            </a>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link
              className="utrecht-link"
              to={`${initiativesPaths.publicBudget(b.area.code)}?jaar=${b.year}`}
            >
              {t('initiatives.budget.list.publicOf', { area: b.area.name, year: b.year })}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="toekenningen">
        <h2 className="utrecht-heading-2" id="toekenningen">
          {t('initiatives.budget.ledger.grants')}
        </h2>
        {entries.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.budget.ledger.empty')}</p>
        ) : (
          <div className="wijkwerk-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">{t('initiatives.budget.ledger.grants')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('initiatives.budget.col.initiative')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('initiatives.budget.col.neighbourhood')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('initiatives.budget.col.grantStatus')}
                  </th>
                  <th className={numHead} scope="col">
                    {t('initiatives.budget.col.granted')}
                  </th>
                  <th className={numHead} scope="col">
                    {t('initiatives.budget.col.paid')}
                  </th>
                  <th className={numHead} scope="col">
                    {t('initiatives.budget.col.accounted')}
                  </th>
                  <th className={numHead} scope="col">
                    {t('initiatives.budget.col.toPay')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('initiatives.budget.col.accounting')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {entries.map((e) => (
                  <tr className="utrecht-table__row" key={e.grantId}>
                    <th className="utrecht-table__header-cell" scope="row">
                      <Link className="utrecht-link" to={initiativesPaths.itemBudget(e.item.id)}>
                        {e.item.reference}
                      </Link>{' '}
                      {e.item.title}
                    </th>
                    <td className="utrecht-table__cell">{e.item.areaName}</td>
                    <td className="utrecht-table__cell">{t(`initiatives.budget.grantStatus.${e.status}`)}</td>
                    <td className={num}>{euro(e.grantedCents)}</td>
                    <td className={num}>{euro(e.paidCents)}</td>
                    <td className={num}>{euro(e.accountedCents)}</td>
                    <td className={num}>{euro(e.toPayCents)}</td>
                    <td className="utrecht-table__cell">
                      {e.accountingStatus
                        ? t(`initiatives.budget.accountingStatus.${e.accountingStatus}`)
                        : t('initiatives.budget.ledger.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="utrecht-table__footer">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row" colSpan={3}>
                    {t('initiatives.budget.total')}
                  </th>
                  <td className={num}>{euro(totals.grantedCents)}</td>
                  <td className={num}>{euro(totals.paidCents)}</td>
                  <td className={num}>{euro(totals.accountedCents)}</td>
                  <td className={num}>{euro(totals.toPayCents)}</td>
                  <td className="utrecht-table__cell" />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
      {ledger.may.edit ? (
        <section aria-labelledby="wijzigen">
          <h2 className="utrecht-heading-2" id="wijzigen">
            {t('initiatives.budget.ledger.edit')}
          </h2>
          <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="version" value={b.version} />
            <TextField
              name="amount"
              label={labels.amount}
              inputMode="decimal"
              required
              description={t('initiatives.budget.field.amount.description')}
              defaultValue={typed?.amount ?? centsToInput(b.amountCents, locale)}
              error={errors.amount}
            />
            <TextField
              name="max"
              label={labels.max}
              inputMode="decimal"
              required
              defaultValue={typed?.max ?? centsToInput(b.maxPerInitiativeCents, locale)}
              error={errors.max}
            />
            <TextAreaField
              name="rules"
              label={labels.rules}
              description={t('initiatives.budget.field.rules.description')}
              defaultValue={typed?.rules ?? b.rules}
              error={errors.rules}
            />
            <TextAreaField
              name="rulesEn"
              label={labels.rulesEn}
              defaultValue={typed?.rulesEn ?? b.rulesEn ?? ''}
              error={errors.rulesEn}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.budget.ledger.save')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}
