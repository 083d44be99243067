import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { requestPersonalDataLink } from '../../../../modules/social-map/personal-data.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { BackToMap, ContributePage } from '../../../components/social-map/contribute-page.tsx';
import type { Route } from './+types/my-data.ts';
import { isFormError, retryHeaders, statusOf } from './contribute.server.ts';

// Ask for a link to see, download or remove what the social map keeps about you. The answer is
// the same whether or not we know the address: the page cannot tell who is on the map.

interface MyDataFailure {
  message: string;
  fieldErrors: FieldErrors;
  email: string;
}

export function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  return {
    title: translate(rc.locale, 'sm.contribute.myData.title'),
    sent: new URL(request.url).searchParams.get('verzonden') === '1',
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const email = formString(form, 'email').trim();
  const fieldError = !email
    ? 'validation.required'
    : !z.email().safeParse(email).success
      ? 'validation.email'
      : null;
  if (fieldError)
    return data<MyDataFailure>(
      {
        message: translate(rc.locale, 'common.formErrors'),
        fieldErrors: { email: translate(rc.locale, fieldError) },
        email,
      },
      { status: 400 },
    );
  try {
    await requestPersonalDataLink(rc.app, serviceContext(rc), email, rc.locale);
  } catch (error) {
    if (!isFormError(error)) throw error;
    return data<MyDataFailure>(
      { message: translate(rc.locale, error.key, error.params), fieldErrors: {}, email },
      { status: statusOf(error), headers: retryHeaders(error) },
    );
  }
  return redirect('/sociale-kaart/mijn-gegevens?verzonden=1');
}

/** The action's headers (Retry-After with a 429) reach the response. */
export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  return actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function MyData({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  if (loaderData.sent) {
    return (
      <ContributePage title={loaderData.title}>
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('sm.contribute.myData.sent')}</p>
        </Alert>
        <BackToMap />
      </ContributePage>
    );
  }
  const failure = actionData as MyDataFailure | undefined;
  return (
    <ContributePage title={loaderData.title}>
      <p className="utrecht-paragraph">{t('sm.contribute.myData.intro')}</p>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{ email: t('sm.contribute.myData.email') }}
      />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('sm.contribute.myData.email')}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={failure?.email}
          error={failure?.fieldErrors.email}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('sm.contribute.myData.button')}</SubmitButton>
        </div>
      </Form>
    </ContributePage>
  );
}
