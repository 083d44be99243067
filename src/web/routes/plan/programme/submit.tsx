import { randomUUID } from 'node:crypto';
import { data, Form, Link, redirect } from 'react-router';
import { DomainError, NotFoundError, RateLimitedError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getFramework } from '../../../../modules/plan/programme/framework.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { toFieldErrors } from '../../../../core/validation.ts';
import { submitIdea, submitIdeaInput } from '../../../../modules/plan/programme/submit-idea.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { CheckboxGroup, SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import {
  IdeaFields,
  type IdeaFormValues,
  IdeaHoneypot,
  ideaFieldLabels,
  ideaFieldOf,
  ideaInputFromForm,
} from '../../../components/plan/programme-idea-fields.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/submit.ts';
import { areaOptions, translateErrors } from './programme.server.ts';

// Anyone submits a project idea for their wijk: residents without an account (the idea waits for
// the confirmation link in the e-mail), partners and staff signed in (in at once). Plain HTML
// form; the service's schema checks it; spam defences: honeypot, rate limit, idempotency key.

interface Failure {
  message: string;
  fieldErrors: FieldErrors;
  values: IdeaFormValues;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const sent = url.searchParams.get('verzonden') === '1';
  const received = url.searchParams.get('ontvangen') === '1';
  const framework = await getFramework(rc.app.db, rc.municipality.id);
  return {
    title: translate(
      rc.locale,
      sent
        ? 'plan.programme.submit.sentTitle'
        : received
          ? 'plan.programme.submit.receivedTitle'
          : 'plan.programme.submit.title',
    ),
    sent,
    received,
    signedIn: rc.actor.personId !== null,
    viewerEmail: rc.viewer?.email ?? '',
    viewerName: rc.viewer?.name ?? '',
    areas: sent || received ? [] : await areaOptions(rc),
    areaCode: url.searchParams.get('gebied') ?? '',
    effects: framework.effects
      .filter((e) => e.active)
      .map((e) => ({ id: e.id, name: e.name, description: e.description })),
    criteria: framework.criteria
      .filter((c) => c.active)
      .map((c) => ({ id: c.id, name: c.name, description: c.description })),
    minSubstantial: framework.minSubstantial,
    idempotencyKey: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const values: IdeaFormValues = {};
  for (const [k, v] of form.entries()) {
    if (typeof v !== 'string' || k === '_csrf' || k === 'homepage') continue;
    const prev = values[k];
    values[k] = prev === undefined ? v : [...[prev].flat(), v];
  }
  const honeypot = formString(form, 'homepage');
  const signedIn = rc.actor.personId !== null;
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
  ) => data<Failure>({ message, fieldErrors, values }, { status });

  const input = {
    ...ideaInputFromForm(form),
    areaCode: formString(form, 'areaCode'),
    submitterName: formString(form, 'submitterName'),
    submitterEmail: formString(form, 'submitterEmail'),
    locale: rc.locale,
    idempotencyKey: formString(form, 'idempotencyKey') || undefined,
    ...(honeypot ? { honeypot } : {}),
  };
  if (!honeypot && !signedIn && formString(form, 'consent') !== 'yes') {
    // Say everything at once: the consent and whatever the schema finds.
    const parsed = submitIdeaInput.safeParse(input);
    const errors = parsed.success ? {} : translateErrors(toFieldErrors(parsed.error), rc.locale, ideaFieldOf);
    return fail({ consent: translate(rc.locale, 'plan.programme.error.consent'), ...errors });
  }
  try {
    const result = await submitIdea(rc.app, serviceContext(rc), input);
    return redirect(result.confirmed ? '/projecten/indienen?ontvangen=1' : '/projecten/indienen?verzonden=1');
  } catch (error) {
    if (error instanceof ValidationError)
      return fail(translateErrors(error.fieldErrors, rc.locale, ideaFieldOf));
    if (error instanceof NotFoundError) return fail({ areaCode: translate(rc.locale, 'validation.choice') });
    if (error instanceof RateLimitedError)
      return data<Failure>(
        { message: translate(rc.locale, error.key, error.params), fieldErrors: {}, values },
        { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
      );
    if (error instanceof DomainError) return fail({}, translate(rc.locale, error.key, error.params));
    throw error;
  }
}

export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  return actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SubmitIdea({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const crumbs = [{ href: '/', label: t('nav.home') }];
  if (loaderData.sent || loaderData.received) {
    return (
      <>
        <Breadcrumb items={crumbs} current={loaderData.title} />
        <h1 className="utrecht-heading-1">{loaderData.title}</h1>
        <Alert type="ok">
          <p className="utrecht-paragraph">
            {t(loaderData.sent ? 'plan.programme.submit.sentBody' : 'plan.programme.submit.receivedBody')}
          </p>
        </Alert>
        {loaderData.sent ? <p className="utrecht-paragraph">{t('plan.programme.submit.sentSpam')}</p> : null}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/">
            {t('nav.home')}
          </Link>
        </p>
      </>
    );
  }
  const failure = actionData as Failure | undefined;
  const values: IdeaFormValues = failure?.values ?? {
    areaCode: loaderData.areaCode,
    submitterEmail: loaderData.viewerEmail,
    submitterName: loaderData.viewerName,
    idempotencyKey: loaderData.idempotencyKey,
  };
  const errors = failure?.fieldErrors ?? {};
  const labels = ideaFieldLabels(t);
  const v = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  };
  return (
    <>
      <Breadcrumb items={crumbs} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('plan.programme.submit.intro')}</p>
      <section aria-labelledby="framework-heading" className="wijkwerk-section">
        <h2 id="framework-heading" className="utrecht-heading-2">
          {t('plan.programme.framework.title')}
        </h2>
        <p className="utrecht-paragraph">
          {t('plan.programme.submit.frameworkIntro', { min: loaderData.minSubstantial })}
        </p>
        <dl className="utrecht-data-list utrecht-data-list--rows">
          {[...loaderData.effects, ...loaderData.criteria].map((e) => (
            <div key={e.id} className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{e.name}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {e.description}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <input type="hidden" name="idempotencyKey" value={v('idempotencyKey')} />
        <IdeaHoneypot />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <span className="utrecht-heading-2">{t('plan.programme.submit.sectionIdea')}</span>
          </legend>
          <SelectField
            name="areaCode"
            label={labels.areaCode}
            options={loaderData.areas}
            emptyLabel=""
            required
            defaultValue={v('areaCode')}
            error={errors.areaCode}
          />
          <IdeaFields values={values} errors={errors} effects={loaderData.effects} />
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <span className="utrecht-heading-2">{t('plan.programme.submit.sectionYou')}</span>
          </legend>
          <p className="utrecht-paragraph">{t('plan.programme.submit.whyEmail')}</p>
          <TextField
            name="submitterName"
            label={`${labels.submitterName} ${t('plan.programme.field.optional')}`}
            autoComplete="name"
            defaultValue={v('submitterName')}
            error={errors.submitterName}
          />
          <TextField
            name="submitterEmail"
            type="email"
            label={labels.submitterEmail}
            autoComplete="email"
            spellCheck={false}
            required
            defaultValue={v('submitterEmail')}
            error={errors.submitterEmail}
          />
          {loaderData.signedIn ? null : (
            <CheckboxGroup
              name="consent"
              legend={labels.consent}
              description={t('plan.programme.submit.consentText')}
              options={[{ value: 'yes', label: t('plan.programme.submit.consentAgree') }]}
              defaultChecked={v('consent') ? [v('consent')] : []}
              error={errors.consent}
            />
          )}
        </fieldset>
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('plan.programme.submit.button')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
