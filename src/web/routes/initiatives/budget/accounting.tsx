import { Link, redirect } from 'react-router';
import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { budgetText } from '../../../../modules/initiatives/budget/budget-i18n.ts';
// The part's and the module's texts must be registered in the page bundle too (hydration).
import '../../../../modules/initiatives/budget/budget-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getAccountingView } from '../../../../modules/initiatives/budget/get-accounting.ts';
import { formatEuro } from '../../../../modules/initiatives/budget/money.ts';
import {
  maxAccountingBytes,
  submitAccounting,
} from '../../../../modules/initiatives/budget/submit-accounting.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import type { Upload } from '../../../../modules/initiatives/intake/intake-input.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { fieldId, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/accounting.ts';
import { asFormError, centsOf } from './budget.server.ts';
import { Facts, formatDate, Paragraphs } from './budget-parts.tsx';

// The initiator's accounting, behind their private link and without an account: what they got
// and what was paid, what they sent before with the municipality's review, and a form (plain
// multipart post, works without JavaScript) for the short report, the amount spent, receipts and
// photos. Photos are stored again without metadata (intake's sanitiseUpload).

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const view = await getAccountingView(serviceContext(rc), params.token);
    return {
      view,
      sent: new URL(request.url).searchParams.get('verzonden') === '1',
      title: budgetText(rc.locale, 'initiatives.budget.accounting.title'),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

async function uploads(form: FormData, name: string): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const v of form.getAll(name)) {
    if (typeof v === 'string' || (v.size === 0 && v.name === '')) continue;
    out.push({ name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) });
  }
  return out;
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  // Bounded before reading: at most the receipts and photos at their maximum size, plus text.
  const tooLarge = new ValidationError([
    { field: 'receipts', key: 'initiatives.intake.error.requestTooLarge' },
  ]);
  if (Number(request.headers.get('content-length') ?? 0) > maxAccountingBytes)
    return formFailure(tooLarge, rc.locale, { report: '', spent: '' });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // An upload cut off halfway, or not a form at all.
    return formFailure(new ValidationError([]), rc.locale, { report: '', spent: '' });
  }
  const values = { report: formString(form, 'report').trim(), spent: formString(form, 'spent').trim() };
  const errors: FieldError[] = [];
  const spentCents = centsOf(values, 'spent', errors);
  try {
    if (errors.length > 0) throw new ValidationError(errors);
    await submitAccounting(
      rc.app,
      serviceContext(rc),
      params.token,
      { report: values.report, spentCents },
      { receipts: await uploads(form, 'receipts'), photos: await uploads(form, 'photos') },
    );
    return redirect(`${initiativesPaths.accounting(params.token)}?verzonden=1`);
  } catch (error) {
    return formFailure(asFormError(error, { spentCents: 'spent' }), rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }, { name: 'robots', content: 'noindex' }];
}

function FileField(p: {
  name: string;
  label: string;
  description: string;
  accept: string;
  error?: string | undefined;
}) {
  const id = fieldId(p.name);
  const describedBy = [`${id}-description`, p.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${p.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {p.label}
        </label>
      </p>
      <div
        className="utrecht-form-field__description utrecht-form-field-description"
        id={`${id}-description`}
      >
        {p.description}
      </div>
      {p.error ? (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={`${id}-error`}
        >
          {p.error}
        </div>
      ) : null}
      <p className="utrecht-form-field__input">
        <input
          id={id}
          name={p.name}
          type="file"
          multiple
          accept={p.accept}
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy}
        />
      </p>
    </div>
  );
}

export default function Accounting({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { view, sent, title } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const errors = failure?.fieldErrors ?? {};
  const euro = (cents: number) => formatEuro(cents, locale);
  const token = params.token;
  const latest = view.accountings.at(-1);
  const labels = {
    report: t('initiatives.budget.field.report'),
    spent: t('initiatives.budget.field.spent'),
    receipts: t('initiatives.budget.field.receipts'),
    photos: t('initiatives.budget.field.photos'),
  };
  let receipts = 0;
  let photos = 0;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.follow(token), label: view.item.reference },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">
        {title}: {view.item.title}
      </h1>
      {sent ? (
        <Alert type="ok" live>
          {t('initiatives.budget.accounting.sent')}
        </Alert>
      ) : null}
      {!view.grant ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.error.noGrant')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {t('initiatives.budget.accounting.grant', {
              amount: euro(view.grant.amountCents),
              paid: euro(view.grant.paidCents),
            })}
          </p>
          {!view.mayAccount && latest?.status === 'submitted' && !sent ? (
            <Alert type="info">{t('initiatives.budget.accounting.waiting')}</Alert>
          ) : null}
          {latest?.status === 'approved' ? (
            <Alert type="ok">{t('initiatives.budget.accounting.done')}</Alert>
          ) : null}
          {view.accountings.length > 0 ? (
            <section aria-labelledby="eerder">
              <h2 className="utrecht-heading-2" id="eerder">
                {t('initiatives.budget.accounting.history')}
              </h2>
              {view.accountings.map((a) => (
                <article className="wijkwerk-card" key={a.id}>
                  <h3 className="utrecht-heading-3">
                    {t('initiatives.budget.item.submittedOn', { date: formatDate(a.submittedAt, locale) })}
                  </h3>
                  <Paragraphs text={a.report} />
                  <Facts
                    items={[
                      [t('initiatives.budget.item.spent'), euro(a.spentCents)],
                      [
                        t('initiatives.budget.col.grantStatus'),
                        t(`initiatives.budget.accountingStatus.${a.status}`),
                      ],
                      ...(a.reviewNote
                        ? [[t('initiatives.budget.item.reviewNote'), a.reviewNote] as [string, string]]
                        : []),
                    ]}
                  />
                </article>
              ))}
              {view.files.length > 0 ? (
                <>
                  <h3 className="utrecht-heading-3">{t('initiatives.budget.item.files')}</h3>
                  <ul className="utrecht-unordered-list">
                    {view.files.map((f) => (
                      <li className="utrecht-unordered-list__item" key={f.id}>
                        <a
                          className="utrecht-link"
                          href={`${initiativesPaths.file(f.id)}?t=${encodeURIComponent(token)}`}
                        >
                          {t(`initiatives.budget.item.file.${f.purpose}`, {
                            n: f.purpose === 'receipt' ? ++receipts : ++photos,
                          })}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
          {view.mayAccount ? (
            <section aria-labelledby="insturen">
              <h2 className="utrecht-heading-2" id="insturen">
                {latest
                  ? t('initiatives.budget.accounting.formAgain')
                  : t('initiatives.budget.accounting.form')}
              </h2>
              <p className="utrecht-paragraph">{t('initiatives.budget.accounting.intro')}</p>
              <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
              <form method="post" encType="multipart/form-data" noValidate>
                <CsrfField />
                <TextAreaField
                  name="report"
                  label={labels.report}
                  rows={6}
                  defaultValue={failure?.values?.report}
                  error={errors.report}
                />
                <TextField
                  name="spent"
                  label={labels.spent}
                  inputMode="decimal"
                  required
                  description={t('initiatives.budget.field.amount.description')}
                  defaultValue={failure?.values?.spent}
                  error={errors.spent}
                />
                <FileField
                  name="receipts"
                  label={labels.receipts}
                  description={t('initiatives.budget.field.receipts.description')}
                  accept="application/pdf,image/jpeg,image/png,image/webp"
                  error={errors.receipts}
                />
                <FileField
                  name="photos"
                  label={labels.photos}
                  description={t('initiatives.budget.field.photos.description')}
                  accept="image/jpeg,image/png,image/webp"
                  error={errors.photos}
                />
                <div className="wijkwerk-form__actions">
                  <SubmitButton>{t('initiatives.budget.accounting.submit')}</SubmitButton>
                </div>
              </form>
            </section>
          ) : null}
        </>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={initiativesPaths.follow(token)}>
          {t('initiatives.budget.accounting.backToFollow')}
        </Link>
      </p>
    </>
  );
}
