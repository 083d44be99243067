import { data, Link, redirect } from 'react-router';
import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import type { GrantDetail } from '../../../../modules/initiatives/budget/budget.ts';
import { budgetText } from '../../../../modules/initiatives/budget/budget-i18n.ts';
// The part's and the module's texts must be registered in the page bundle too (hydration).
import '../../../../modules/initiatives/budget/budget-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getItemBudget } from '../../../../modules/initiatives/budget/get-item-budget.ts';
import { grantFromBudget } from '../../../../modules/initiatives/budget/grant-from-budget.ts';
import { centsToInput, formatEuro, todayInAmsterdam } from '../../../../modules/initiatives/budget/money.ts';
import { recordPayment } from '../../../../modules/initiatives/budget/record-payment.ts';
import { reviewAccounting } from '../../../../modules/initiatives/budget/review-accounting.ts';
import { withdrawGrant } from '../../../../modules/initiatives/budget/withdraw-grant.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/item-budget.ts';
import { asFormError, centsOf, formValues, savedFlag, uuidPattern } from './budget.server.ts';
import { Facts, formatDate, Paragraphs } from './budget-parts.tsx';

// The budget page of one initiative, for staff who may read it: what was asked, the grant with
// its payments and the initiator's accountings (receipts and photos), and — for whoever may — the
// forms to grant from a budget, withdraw the grant, record a payment and review the accounting.
// Every form is a plain post with an intent, so it all works without JavaScript.

const fields = [
  'budgetId',
  'amount',
  'paymentAmount',
  'answer',
  'note',
  'reason',
  'paidOn',
  'reference',
  'outcome',
  'reviewNote',
] as const;
const intents = ['grant', 'withdraw', 'pay', 'review'] as const;
type Intent = (typeof intents)[number];
const savedFlags = ['granted', 'withdrawn', 'paid', 'reviewed'] as const;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!uuidPattern.test(params.id)) throw data(null, { status: 404 });
  try {
    const view = await getItemBudget(serviceContext(rc), params.id);
    return {
      view,
      today: todayInAmsterdam(),
      saved: savedFlag(new URL(request.url), savedFlags),
      title: budgetText(rc.locale, 'initiatives.budget.item.title', { reference: view.item.reference }),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  if (!uuidPattern.test(params.id)) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = formString(form, 'intent') as Intent;
  const values = formValues(form, fields);
  const grantId = formString(form, 'grantId');
  if (!intents.includes(intent) || (intent !== 'grant' && !uuidPattern.test(grantId)))
    throw data(null, { status: 400 });
  const ctx = serviceContext(rc);
  const here = initiativesPaths.itemBudget(params.id);
  const errors: FieldError[] = [];
  try {
    if (intent === 'grant') {
      const amountCents = centsOf(values, 'amount', errors);
      if (errors.length > 0) throw new ValidationError(errors);
      await grantFromBudget(rc.app, ctx, params.id, {
        budgetId: values.budgetId ?? '',
        amountCents,
        note: values.note ?? '',
        ...(values.answer ? { answer: values.answer } : {}),
      });
      return redirect(`${here}?saved=granted`);
    }
    if (intent === 'withdraw') {
      await withdrawGrant(rc.app, ctx, grantId, { reason: values.reason ?? '' });
      return redirect(`${here}?saved=withdrawn`);
    }
    if (intent === 'pay') {
      const amountCents = centsOf(values, 'paymentAmount', errors);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.paidOn ?? ''))
        errors.push({ field: 'paidOn', key: 'initiatives.budget.error.date' });
      if (errors.length > 0) throw new ValidationError(errors);
      await recordPayment(rc.app, ctx, grantId, {
        amountCents,
        paidOn: values.paidOn ?? '',
        reference: values.reference ?? '',
      });
      return redirect(`${here}?saved=paid`);
    }
    await reviewAccounting(rc.app, ctx, grantId, {
      outcome:
        values.outcome === 'approved'
          ? 'approved'
          : values.outcome === 'needs_more'
            ? 'needs_more'
            : ('' as never),
      note: values.reviewNote ?? '',
    });
    return redirect(`${here}?saved=reviewed`);
  } catch (error) {
    return formFailure(
      asFormError(error, {
        amountCents: intent === 'pay' ? 'paymentAmount' : 'amount',
        note: intent === 'review' ? 'reviewNote' : 'note',
      }),
      rc.locale,
      { ...values, intent },
    );
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function GrantView({ grant }: { grant: GrantDetail }) {
  const { t, locale } = useShell();
  const euro = (cents: number) => formatEuro(cents, locale);
  let receipts = 0;
  let photos = 0;
  return (
    <>
      <h3 className="utrecht-heading-3">{t('initiatives.budget.item.payments')}</h3>
      {grant.payments.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.item.noPayments')}</p>
      ) : (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('initiatives.budget.col.paidOn')}
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t('initiatives.budget.col.amount')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('initiatives.budget.col.paymentReference')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {grant.payments.map((p) => (
              <tr className="utrecht-table__row" key={p.id}>
                <td className="utrecht-table__cell">{formatDate(p.paidOn, locale)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{euro(p.amountCents)}</td>
                <td className="utrecht-table__cell">{p.reference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="utrecht-heading-3">{t('initiatives.budget.item.accountings')}</h3>
      {grant.accountings.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.item.noAccountings')}</p>
      ) : (
        grant.accountings.map((a) => (
          <article
            className="wijkwerk-card"
            key={a.id}
            aria-label={t('initiatives.budget.item.submittedOn', { date: formatDate(a.submittedAt, locale) })}
          >
            <p className="utrecht-paragraph">
              <strong>
                {t('initiatives.budget.item.submittedOn', { date: formatDate(a.submittedAt, locale) })}
              </strong>{' '}
              – {t(`initiatives.budget.accountingStatus.${a.status}`)}
            </p>
            <Paragraphs text={a.report} />
            <Facts
              items={[
                [t('initiatives.budget.item.spent'), euro(a.spentCents)],
                ...(a.reviewNote
                  ? [[t('initiatives.budget.item.reviewNote'), a.reviewNote] as [string, string]]
                  : []),
              ]}
            />
          </article>
        ))
      )}
      <h3 className="utrecht-heading-3">{t('initiatives.budget.item.files')}</h3>
      {grant.files.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.item.noFiles')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {grant.files.map((f) => {
            const n = f.purpose === 'receipt' ? ++receipts : ++photos;
            return (
              <li className="utrecht-unordered-list__item" key={f.id}>
                <a className="utrecht-link" href={initiativesPaths.file(f.id)}>
                  {t(`initiatives.budget.item.file.${f.purpose}`, { n })}
                </a>{' '}
                (
                {f.contentType === 'application/pdf'
                  ? 'PDF'
                  : f.contentType.replace('image/', '').toUpperCase()}
                , {Math.max(1, Math.round(f.byteSize / 1024))} kB)
              </li>
            );
          })}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={initiativesPaths.budget(grant.budgetId)}>
          {t('initiatives.budget.item.toLedger')}
        </Link>
      </p>
    </>
  );
}

export default function ItemBudgetPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { view, saved, title, today } = loaderData;
  const { item, grant, grantBudget, may } = view;
  const failure = actionData as FormFailure | undefined;
  const typed = failure?.values;
  const failedIntent = typed?.intent;
  const errorsFor = (intent: Intent) => (failedIntent === intent ? (failure?.fieldErrors ?? {}) : {});
  const valueFor = (intent: Intent, field: string) => (failedIntent === intent ? typed?.[field] : undefined);
  const euro = (cents: number) => formatEuro(cents, locale);
  const labels: Record<string, string> = {
    budgetId: t('initiatives.budget.field.budgetId'),
    amount: t('initiatives.budget.field.grantAmount'),
    paymentAmount: t('initiatives.budget.field.paymentAmount'),
    answer: t('initiatives.budget.field.answer'),
    note: t('initiatives.budget.field.note'),
    reason: t('initiatives.budget.field.reason'),
    paidOn: t('initiatives.budget.field.paidOn'),
    reference: t('initiatives.budget.field.reference'),
    outcome: t('initiatives.budget.field.outcome'),
    reviewNote: t('initiatives.budget.field.reviewNote'),
  };
  const summary = (intent: Intent) =>
    failedIntent === intent ? (
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={labels} />
    ) : null;
  const live = grant !== null && grant.status !== 'withdrawn';
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.inbox(), label: t('initiatives.nav.inbox') },
          { href: initiativesPaths.item(item.id), label: item.reference },
        ]}
        current={t('initiatives.budget.field.budgetId')}
      />
      <h1 className="utrecht-heading-1">
        {title}: {item.title}
      </h1>
      {saved ? (
        <Alert type="ok" live>
          {t(`initiatives.budget.item.saved.${saved}`)}
        </Alert>
      ) : null}
      <Facts
        items={[
          [
            t('initiatives.budget.item.status'),
            `${t(`initiatives.status.${item.status}`)}${item.decision ? ` – ${t(`initiatives.decision.${item.decision}`)}` : ''}`,
          ],
          [
            t('initiatives.budget.item.requested'),
            item.requestedCents === null
              ? t('initiatives.budget.item.notRequested')
              : euro(item.requestedCents),
          ],
        ]}
      />
      {!view.budgetRequest ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.item.notBudgetKind')}</p>
      ) : null}

      <section aria-labelledby="toekenning">
        <h2 className="utrecht-heading-2" id="toekenning">
          {t('initiatives.budget.item.grant')}
        </h2>
        {grant === null ? (
          <p className="utrecht-paragraph">{t('initiatives.budget.item.noGrant')}</p>
        ) : (
          <>
            <Facts
              items={[
                [t('initiatives.budget.col.amount'), euro(grant.amountCents)],
                [
                  t('initiatives.budget.col.grantStatus'),
                  t(`initiatives.budget.grantStatus.${grant.status}`),
                ],
                [
                  t('initiatives.budget.item.fromBudget'),
                  grantBudget ? `${grantBudget.area.name} ${grantBudget.year}` : '',
                ],
                [t('initiatives.budget.item.grantedOn'), formatDate(grant.grantedAt, locale)],
                [t('initiatives.budget.item.paidTotal'), euro(grant.paidCents)],
              ]}
            />
            {live ? <GrantView grant={grant} /> : null}
          </>
        )}
      </section>

      {may.grant ? (
        <section aria-labelledby="toekennen">
          <h2 className="utrecht-heading-2" id="toekennen">
            {t('initiatives.budget.item.grantForm')}
          </h2>
          <p className="utrecht-paragraph">{t('initiatives.budget.item.grantIntro')}</p>
          {summary('grant')}
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="grant" />
            <SelectField
              name="budgetId"
              label={labels.budgetId}
              required
              options={view.budgets.map((b) => ({
                value: b.id,
                label: t('initiatives.budget.item.budgetOption', {
                  area: b.area.name,
                  year: b.year,
                  available: euro(b.availableCents),
                  max: euro(b.maxPerInitiativeCents),
                }),
              }))}
              defaultValue={valueFor('grant', 'budgetId')}
              error={errorsFor('grant').budgetId}
            />
            <TextField
              name="amount"
              label={t('initiatives.budget.field.grantAmount')}
              inputMode="decimal"
              required
              description={t('initiatives.budget.field.amount.description')}
              defaultValue={
                valueFor('grant', 'amount') ??
                (item.requestedCents ? centsToInput(item.requestedCents, locale) : undefined)
              }
              error={errorsFor('grant').amount}
            />
            <TextAreaField
              name="answer"
              label={labels.answer}
              description={t('initiatives.budget.field.answer.description')}
              defaultValue={valueFor('grant', 'answer')}
              error={errorsFor('grant').answer}
            />
            <TextAreaField
              name="note"
              label={labels.note}
              rows={2}
              defaultValue={valueFor('grant', 'note')}
              error={errorsFor('grant').note}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.budget.item.grantSubmit')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : view.budgetRequest && grant === null && view.budgets.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.item.noBudgets')}</p>
      ) : null}

      {grant && may.pay ? (
        <section aria-labelledby="betaling">
          <h2 className="utrecht-heading-2" id="betaling">
            {t('initiatives.budget.item.paymentForm')}
          </h2>
          {summary('pay')}
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="pay" />
            <input type="hidden" name="grantId" value={grant.id} />
            <TextField
              name="paymentAmount"
              label={labels.paymentAmount}
              inputMode="decimal"
              required
              defaultValue={valueFor('pay', 'paymentAmount')}
              error={errorsFor('pay').paymentAmount}
            />
            <TextField
              name="paidOn"
              label={labels.paidOn}
              required
              description={t('initiatives.budget.field.paidOn.description')}
              defaultValue={valueFor('pay', 'paidOn') ?? today}
              error={errorsFor('pay').paidOn}
            />
            <TextField
              name="reference"
              label={labels.reference}
              defaultValue={valueFor('pay', 'reference')}
              error={errorsFor('pay').reference}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.budget.item.paymentSubmit')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}

      {grant && may.review ? (
        <section aria-labelledby="beoordelen">
          <h2 className="utrecht-heading-2" id="beoordelen">
            {t('initiatives.budget.item.reviewForm')}
          </h2>
          {summary('review')}
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="review" />
            <input type="hidden" name="grantId" value={grant.id} />
            <SelectField
              name="outcome"
              label={labels.outcome}
              required
              options={[
                { value: 'approved', label: t('initiatives.budget.outcome.approved') },
                { value: 'needs_more', label: t('initiatives.budget.outcome.needs_more') },
              ]}
              defaultValue={valueFor('review', 'outcome')}
              error={errorsFor('review').outcome}
            />
            <TextAreaField
              name="reviewNote"
              label={labels.reviewNote}
              description={t('initiatives.budget.field.reviewNote.description')}
              defaultValue={valueFor('review', 'reviewNote')}
              error={errorsFor('review').reviewNote}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.budget.item.reviewSubmit')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}

      {grant && may.withdraw ? (
        <section aria-labelledby="intrekken">
          <h2 className="utrecht-heading-2" id="intrekken">
            {t('initiatives.budget.item.withdrawForm')}
          </h2>
          <p className="utrecht-paragraph">{t('initiatives.budget.item.withdrawIntro')}</p>
          {summary('withdraw')}
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="grantId" value={grant.id} />
            <TextAreaField
              name="reason"
              label={labels.reason}
              rows={2}
              defaultValue={valueFor('withdraw', 'reason')}
              error={errorsFor('withdraw').reason}
            />
            <div className="wijkwerk-form__actions">
              <SubmitButton variant="secondary">{t('initiatives.budget.item.withdrawSubmit')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={initiativesPaths.item(item.id)}>
          {t('initiatives.budget.item.backToItem')}
        </Link>
      </p>
    </>
  );
}
