import { Form, Link, redirect } from 'react-router';
import { isResetTokenValid, resetPassword } from '../../core/auth/reset-password.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { Alert } from '../components/alert.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitButton, TextField } from '../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../components/route-errors.ts';
import { useShell } from '../components/shell.ts';
import type { Route } from './+types/reset-password.ts';

// Set a new password through the e-mailed link (also used for invitations). The link works once.

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  return {
    title: translate(rc.locale, 'reset.newTitle'),
    valid: await isResetTokenValid(rc.app.db, rc.municipality.id, params.token),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  try {
    await resetPassword(rc.app.db, rc.municipality.id, params.token, formString(form, 'password'), rc.meta);
  } catch (error) {
    return formFailure(error, rc.locale);
  }
  return redirect('/inloggen?hersteld=1');
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {loaderData.valid ? (
        <>
          <ErrorSummary
            message={failure?.message}
            errors={failure?.fieldErrors}
            labels={{ password: t('reset.newPassword') }}
          />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <TextField
              name="password"
              type="password"
              label={t('reset.newPassword')}
              description={t('reset.newPasswordHint')}
              autoComplete="new-password"
              required
              error={failure?.fieldErrors?.password}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('reset.save')}</SubmitButton>
            </div>
          </Form>
        </>
      ) : (
        <>
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('reset.invalid')}</p>
          </Alert>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/wachtwoord-vergeten">
              {t('reset.title')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
