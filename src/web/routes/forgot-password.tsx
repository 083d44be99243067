import { data, Form, Link } from 'react-router';
import { requestPasswordReset } from '../../core/auth/request-password-reset.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { Alert } from '../components/alert.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitButton, TextField } from '../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../components/route-errors.ts';
import { useShell } from '../components/shell.ts';
import type { Route } from './+types/forgot-password.ts';

// Ask for a link to set a new password. The answer is the same whether or not the address has
// an account, so this page cannot be used to find out who has one.

export function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  return { title: translate(rc.locale, 'reset.title') };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const email = formString(form, 'email').trim();
  if (!email) {
    return data<FormFailure>(
      {
        message: translate(rc.locale, 'common.formErrors'),
        fieldErrors: { email: translate(rc.locale, 'validation.required') },
      },
      { status: 400 },
    );
  }
  try {
    await requestPasswordReset(rc.app, rc.municipality.id, email, rc.meta, rc.locale);
    return { sent: true as const };
  } catch (error) {
    return formFailure(error, rc.locale, { email });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const sent = actionData && 'sent' in actionData;
  const failure = actionData && !sent ? (actionData as FormFailure) : undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {sent ? (
        <>
          <Alert type="ok" live>
            <p className="utrecht-paragraph">{t('reset.sent')}</p>
          </Alert>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/inloggen">
              {t('pages.reset.backToSignIn')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('reset.intro')}</p>
          <ErrorSummary
            message={failure?.message}
            errors={failure?.fieldErrors}
            labels={{ email: t('signIn.email') }}
          />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <TextField
              name="email"
              type="email"
              label={t('signIn.email')}
              autoComplete="email"
              spellCheck={false}
              required
              defaultValue={failure?.values?.email}
              error={failure?.fieldErrors?.email}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('reset.submit')}</SubmitButton>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
