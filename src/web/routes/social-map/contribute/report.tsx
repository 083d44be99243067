import { data, Form, Link, redirect } from 'react-router';
import { NotFoundError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import { reportAsset } from '../../../../modules/social-map/report-asset.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { HoneypotField, RadioGroup } from '../../../components/social-map/asset-fields.tsx';
import { BackToMap, ContributePage } from '../../../components/social-map/contribute-page.tsx';
import type { Route } from './+types/report.ts';
import { isFormError, retryHeaders, statusOf, translateFieldErrors } from './contribute.server.ts';

// Anyone can tell the editors that something about an item is wrong, or that it should not be
// there. The item goes back to the queue; enough reports hide it until an editor has looked.

const reasons = ['error', 'abuse', 'other'] as const;

interface ReportFailure {
  message: string;
  fieldErrors: FieldErrors;
  values: { reason: string; message: string; email: string };
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const sent = new URL(request.url).searchParams.get('verzonden') === '1';
  const title = translate(
    rc.locale,
    sent ? 'sm.contribute.report.thanksTitle' : 'sm.contribute.report.title',
  );
  try {
    const asset = await getAsset(rc.app.db, rc.actor, params.id);
    return {
      title,
      asset: { id: asset.id, title: asset.title } as { id: string; title: string } | null,
      sent,
    };
  } catch (error) {
    // Enough reports hide the item: the reporter still gets their thanks, without the link.
    if (sent && error instanceof NotFoundError) return { title, asset: null, sent };
    throwAsRouteError(error);
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const values = {
    reason: formString(form, 'reason'),
    message: formString(form, 'message'),
    email: formString(form, 'email').trim(),
  };
  const honeypot = formString(form, 'homepage');
  try {
    await reportAsset(rc.app, serviceContext(rc), params.id, {
      reason: values.reason as (typeof reasons)[number],
      message: values.message,
      email: values.email,
      ...(honeypot ? { honeypot } : {}),
    });
  } catch (error) {
    if (error instanceof NotFoundError) throwAsRouteError(error);
    if (error instanceof ValidationError)
      return data<ReportFailure>(
        {
          message: translate(rc.locale, 'common.formErrors'),
          fieldErrors: translateFieldErrors(error.fieldErrors, rc.locale),
          values,
        },
        { status: 400 },
      );
    if (isFormError(error))
      return data<ReportFailure>(
        { message: translate(rc.locale, error.key, error.params), fieldErrors: {}, values },
        { status: statusOf(error), headers: retryHeaders(error) },
      );
    throw error;
  }
  return redirect(`/sociale-kaart/${params.id}/melden?verzonden=1`);
}

/** The action's headers (Retry-After with a 429) reach the response. */
export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  return actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ReportAsset({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { asset } = loaderData;
  const backToItem = asset ? (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${asset.id}`}>
        {t('sm.contribute.report.backToItem', { title: asset.title })}
      </Link>
    </p>
  ) : (
    <BackToMap />
  );
  if (loaderData.sent || !asset) {
    return (
      <ContributePage title={loaderData.title}>
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('sm.contribute.report.thanks')}</p>
        </Alert>
        {backToItem}
      </ContributePage>
    );
  }
  const failure = actionData as ReportFailure | undefined;
  const errors = failure?.fieldErrors ?? {};
  const labels = {
    reason: t('sm.contribute.report.reason'),
    message: t('sm.contribute.report.message'),
    email: t('sm.contribute.report.email'),
  };
  return (
    <ContributePage title={loaderData.title}>
      <p className="utrecht-paragraph">{t('sm.contribute.report.intro', { title: asset.title })}</p>
      <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <HoneypotField />
        <RadioGroup
          name="reason"
          legend={labels.reason}
          value={failure?.values.reason}
          error={errors.reason}
          options={reasons.map((r) => ({ value: r, label: t(`socialMap.reportReason.${r}`) }))}
        />
        <TextAreaField
          name="message"
          label={labels.message}
          description={t('sm.contribute.report.messageHint')}
          defaultValue={failure?.values.message}
          error={errors.message}
        />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          description={t('sm.contribute.report.emailHint')}
          autoComplete="email"
          spellCheck={false}
          defaultValue={failure?.values.email}
          error={errors.email}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('sm.contribute.report.button')}</SubmitButton>
        </div>
      </Form>
      {backToItem}
    </ContributePage>
  );
}
