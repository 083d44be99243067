import { data, Form, Link, redirect } from 'react-router';
import { DomainError, NotFoundError, RateLimitedError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { answerQuestion } from '../../../../modules/initiatives/handling/answer-question.ts';
import { rateItem } from '../../../../modules/initiatives/handling/rate-item.ts';
import '../../../../modules/initiatives/i18n.ts';
import { absoluteUrl, initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { getFollowedItem } from '../../../../modules/initiatives/intake/get-followed-item.ts';
import { formatDay } from '../../../../modules/initiatives/intake/intake-format.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton, TextAreaField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/follow.ts';
import { translateErrors } from './intake.server.ts';
import { RadioGroup } from './item-form.tsx';

// The resident's page, reached only by the private link: the reference number (and, right after
// sending, the link to keep), where it stands, who has it in plain words, the deadline, what they
// were told, the answer and their photos. When asked a question: a form to answer it; after
// closing: whether they are satisfied; with a budget grant: the way to the accounting.

interface Failure {
  form: 'answer' | 'rate';
  message: string;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  try {
    const item = await getFollowedItem(serviceContext(rc), params.token);
    return {
      title: translate(rc.locale, 'initiatives.intake.follow.title', { reference: item.reference }),
      item,
      followUrl: absoluteUrl(rc.app.publicUrl, initiativesPaths.follow(params.token)),
      isNew: url.searchParams.get('nieuw') === '1',
      notice: url.searchParams.get('gedaan'),
      notFound: null,
    };
  } catch (error) {
    if (error instanceof NotFoundError)
      return data(
        {
          title: translate(rc.locale, 'initiatives.intake.follow.titlePlain'),
          item: null,
          followUrl: '',
          isNew: false,
          notice: null,
          notFound: translate(rc.locale, 'initiatives.intake.follow.notFound'),
        },
        { status: 404 },
      );
    throw error;
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const intent = formString(form, 'intent') === 'rate' ? 'rate' : 'answer';
  const values = {
    text: formString(form, 'text'),
    satisfied: formString(form, 'satisfied'),
    reason: formString(form, 'reason'),
  };
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
  ) => data<Failure>({ form: intent, message, fieldErrors, values }, { status });
  try {
    if (intent === 'answer') {
      await answerQuestion(rc.app, serviceContext(rc), params.token, { text: values.text });
      return redirect(`${initiativesPaths.follow(params.token)}?gedaan=beantwoord`);
    }
    if (values.satisfied !== 'yes' && values.satisfied !== 'no')
      return fail({ satisfied: translate(rc.locale, 'initiatives.intake.follow.pickRating') });
    const result = await rateItem(rc.app, serviceContext(rc), params.token, {
      satisfied: values.satisfied === 'yes',
      reason: values.reason,
    });
    return redirect(
      `${initiativesPaths.follow(params.token)}?gedaan=${result.reopened ? 'heropend' : 'beoordeeld'}`,
    );
  } catch (error) {
    if (error instanceof ValidationError) return fail(translateErrors(error.fieldErrors, rc.locale));
    if (error instanceof NotFoundError) throw data(null, { status: 404 });
    if (error instanceof RateLimitedError)
      return data<Failure>(
        { form: intent, message: translate(rc.locale, error.key, error.params), fieldErrors: {}, values },
        { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
      );
    if (error instanceof DomainError) return fail({}, translate(rc.locale, error.key, error.params), 409);
    throw error;
  }
}

export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  const h = actionHeaders.has('Retry-After') ? new Headers(actionHeaders) : new Headers(loaderHeaders);
  // The link is the key to the item: nothing of it in caches or in other sites' logs.
  h.set('Cache-Control', 'private, no-store');
  h.set('Referrer-Policy', 'no-referrer');
  return h;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }, { name: 'robots', content: 'noindex' }];
}

const euros = (cents: number, locale: 'nl' | 'en') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );

export default function FollowItem({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const crumbs = [
    { href: '/', label: t('nav.home') },
    { href: initiativesPaths.start(), label: t('initiatives.intake.start.title') },
  ];
  const item = d.item;
  if (!item) {
    return (
      <>
        <Breadcrumb items={crumbs} current={d.title} />
        <h1 className="utrecht-heading-1">{d.title}</h1>
        <Alert type="warning">
          <p className="utrecht-paragraph">{d.notFound}</p>
        </Alert>
      </>
    );
  }
  const failure = actionData as Failure | undefined;
  const answerErrors = failure?.form === 'answer' ? failure.fieldErrors : {};
  const rateErrors = failure?.form === 'rate' ? failure.fieldErrors : {};
  const rows = [
    { label: t('initiatives.intake.follow.kind'), value: item.kindName },
    { label: t('initiatives.intake.follow.category'), value: item.categoryName },
    {
      label: t('initiatives.intake.follow.place'),
      value: [item.address, item.areaName].filter(Boolean).join(', '),
    },
    { label: t('initiatives.intake.follow.received'), value: formatDateTime(locale, item.receivedAt) },
    ...(item.requestedCents !== null
      ? [{ label: t('initiatives.intake.follow.requested'), value: euros(item.requestedCents, locale) }]
      : []),
    { label: t('initiatives.intake.follow.description'), value: item.description },
  ];
  const notices: Record<string, string> = {
    beantwoord: t('initiatives.intake.follow.answered'),
    beoordeeld: t('initiatives.intake.follow.rated'),
    heropend: `${t('initiatives.intake.follow.rated')} ${t('initiatives.intake.follow.reopened')}`,
  };
  const notice = d.notice ? notices[d.notice] : undefined;
  return (
    <>
      <Breadcrumb items={crumbs} current={item.reference} />
      {d.isNew ? (
        <>
          <h1 className="utrecht-heading-1">{t('initiatives.intake.receipt.title')}</h1>
          <Alert type="ok">
            <p className="utrecht-paragraph">
              <strong>{t('initiatives.intake.receipt.reference', { reference: item.reference })}</strong>
            </p>
            <p className="utrecht-paragraph">{t('initiatives.intake.receipt.link')}</p>
            <p className="utrecht-paragraph" style={{ overflowWrap: 'anywhere' }}>
              <a className="utrecht-link utrecht-link--html-a" href={d.followUrl} data-testid="follow-link">
                {d.followUrl}
              </a>
            </p>
            {item.hasEmail ? (
              <p className="utrecht-paragraph">{t('initiatives.intake.receipt.mailed')}</p>
            ) : null}
            <p className="utrecht-paragraph">{t('initiatives.intake.receipt.keep')}</p>
          </Alert>
          <h2 className="utrecht-heading-2">{d.title}</h2>
        </>
      ) : (
        <>
          <h1 className="utrecht-heading-1">{d.title}</h1>
          <p className="utrecht-paragraph">{t('initiatives.intake.follow.privateLink')}</p>
        </>
      )}
      {notice ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        <strong>{item.title}</strong>
      </p>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.intake.follow.status')}</dt>
          <dd
            className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"
            data-testid="item-status"
          >
            {t(`initiatives.status.${item.status}`)}
            {item.decision ? ` — ${t(`initiatives.decision.${item.decision}`)}` : ''}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.intake.follow.owner')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {t('initiatives.intake.follow.ownerText', { owner: item.ownerName })}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('initiatives.intake.follow.deadline')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.overdue
              ? t('initiatives.intake.follow.overdue', { date: formatDay(item.deadlineOn, locale) })
              : formatDay(item.deadlineOn, locale)}
          </dd>
        </div>
        {rows.map((r) => (
          <div key={r.label} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{r.label}</dt>
            <dd
              className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"
              style={{ whiteSpace: 'pre-line' }}
            >
              {r.value}
            </dd>
          </div>
        ))}
      </dl>
      {item.answer ? (
        <section aria-labelledby="answer-heading">
          <h2 id="answer-heading" className="utrecht-heading-2">
            {t('initiatives.intake.follow.answer')}
          </h2>
          {item.decision ? (
            <p className="utrecht-paragraph">
              <strong>
                {t('initiatives.intake.follow.decision', {
                  decision: t(`initiatives.decision.${item.decision}`),
                })}
              </strong>
            </p>
          ) : null}
          <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-line' }} data-testid="item-answer">
            {item.answer}
          </p>
        </section>
      ) : null}
      {item.mayAnswer ? (
        <section aria-labelledby="question-heading">
          <h2 id="question-heading" className="utrecht-heading-2">
            {t('initiatives.intake.follow.questionHeading')}
          </h2>
          {item.question ? (
            <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-line' }}>
              {item.question}
            </p>
          ) : null}
          {failure?.form === 'answer' ? (
            <ErrorSummary
              message={failure.message}
              errors={answerErrors}
              labels={{ text: t('initiatives.intake.follow.answerField') }}
            />
          ) : null}
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="answer" />
            <TextAreaField
              name="text"
              label={t('initiatives.intake.follow.answerField')}
              defaultValue={failure?.form === 'answer' ? failure.values.text : ''}
              error={answerErrors.text}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.intake.follow.answerButton')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
      {item.mayRate ? (
        <section aria-labelledby="rate-heading">
          <h2 id="rate-heading" className="utrecht-heading-2">
            {t('initiatives.intake.follow.rateHeading')}
          </h2>
          {failure?.form === 'rate' ? (
            <ErrorSummary
              message={failure.message}
              errors={rateErrors}
              labels={{
                satisfied: t('initiatives.intake.follow.rateLegend'),
                reason: t('initiatives.intake.follow.rateReason'),
              }}
            />
          ) : null}
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="rate" />
            <RadioGroup
              name="satisfied"
              legend={t('initiatives.intake.follow.rateLegend')}
              defaultValue={failure?.form === 'rate' ? failure.values.satisfied : undefined}
              error={rateErrors.satisfied}
              options={[
                { value: 'yes', label: t('initiatives.intake.follow.rateSatisfied') },
                { value: 'no', label: t('initiatives.intake.follow.rateUnsatisfied') },
              ]}
            />
            <TextAreaField
              name="reason"
              label={t('initiatives.intake.follow.rateReason')}
              rows={3}
              defaultValue={failure?.form === 'rate' ? failure.values.reason : ''}
              error={rateErrors.reason}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.intake.follow.rateButton')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : item.rating ? (
        <p className="utrecht-paragraph">
          {t('initiatives.intake.follow.ratedBefore', {
            verdict: t(
              item.rating.satisfied
                ? 'initiatives.intake.follow.rateSatisfied'
                : 'initiatives.intake.follow.rateUnsatisfied',
            ),
          })}
        </p>
      ) : null}
      {item.accountingPath ? (
        <section aria-labelledby="accounting-heading">
          <h2 id="accounting-heading" className="utrecht-heading-2">
            {t('initiatives.intake.follow.accountingHeading')}
          </h2>
          <p className="utrecht-paragraph">{t('initiatives.intake.follow.accountingText')}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={item.accountingPath}>
              {t('initiatives.intake.follow.accountingLink')}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="utrecht-heading-2">
          {t('initiatives.intake.follow.history')}
        </h2>
        {item.events.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.intake.follow.noHistory')}</p>
        ) : (
          <ol className="utrecht-ordered-list" data-testid="item-history">
            {item.events.map((e) => (
              <li key={e.id} className="utrecht-ordered-list__item">
                <p className="utrecht-paragraph">
                  <strong>
                    <time dateTime={e.createdAt}>{formatDateTime(locale, e.createdAt)}</time>
                  </strong>
                  {e.toStatus ? ` — ${t(`initiatives.status.${e.toStatus}`)}` : ''}
                </p>
                <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-line' }}>
                  {e.publicText}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {item.photos.length > 0 ? (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading" className="utrecht-heading-2">
            {t('initiatives.intake.follow.photos')}
          </h2>
          <ul className="utrecht-unordered-list">
            {item.photos.map((p, i) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={p.url}>
                  <img
                    src={p.url}
                    alt={p.alt}
                    width={p.width ?? undefined}
                    height={p.height ?? undefined}
                    loading="lazy"
                    style={{ maxWidth: '16rem', height: 'auto' }}
                  />
                  <span className="wijkwerk-visually-hidden">
                    {t('initiatives.intake.follow.openPhoto', { n: i + 1 })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
