import { data, Form, Link, redirect } from 'react-router';
import { safeNext } from '../../core/auth/safe-next.ts';
import { sessionCookieName, sessionHours } from '../../core/auth/sessions.ts';
import { signIn } from '../../core/auth/sign-in.ts';
import { demoAccounts } from '../../core/demo/load-demo.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { Alert } from '../components/alert.tsx';
import { isSecureRequest, readCookie, serializeCookie } from '../components/cookies.server.ts';
import { CsrfField } from '../components/csrf-field.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitButton, TextField } from '../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../components/route-errors.ts';
import { useShell } from '../components/shell.ts';
import type { Route } from './+types/sign-in.ts';

// Sign in with e-mail and password (and, when configured, with the organisation's OpenID
// Connect account). In demo mode the demo accounts are listed.

/** The language cookie of src/core/http/app.ts. */
const langCookie = 'wijkwerk_lang';

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const next = safeNext(url.searchParams.get('next'), '');
  if (rc.viewer) throw redirect(next || '/');
  const oidc = rc.app.config.oidc;
  return {
    title: translate(rc.locale, 'signIn.title'),
    next,
    signedOut: url.searchParams.has('uitgelogd'),
    passwordChanged: url.searchParams.has('hersteld'),
    demoAccounts: rc.municipality.isDemo ? demoAccounts() : null,
    oidc: oidc
      ? { href: `/auth/oidc/start?next=${encodeURIComponent(next || '/')}`, label: oidc.label }
      : null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const email = formString(form, 'email').trim();
  const password = formString(form, 'password');
  const next = safeNext(formString(form, 'next'));
  const fieldErrors: Record<string, string> = {};
  if (!email) fieldErrors.email = translate(rc.locale, 'validation.required');
  if (!password) fieldErrors.password = translate(rc.locale, 'validation.required');
  if (Object.keys(fieldErrors).length > 0) {
    return data<FormFailure>(
      { message: translate(rc.locale, 'common.formErrors'), fieldErrors, values: { email } },
      { status: 400 },
    );
  }
  const secure = isSecureRequest(request, rc);
  const cookieName = sessionCookieName(secure);
  try {
    const result = await signIn(
      rc.app.db,
      rc.municipality.id,
      { email, password },
      rc.meta,
      readCookie(request, cookieName),
    );
    const headers = new Headers();
    headers.append(
      'Set-Cookie',
      serializeCookie(cookieName, result.token, { maxAgeSeconds: sessionHours * 3600, secure }),
    );
    // The person's own language, unless this browser already chose one.
    if (!readCookie(request, langCookie)) {
      headers.append(
        'Set-Cookie',
        serializeCookie(langCookie, result.locale, { maxAgeSeconds: 31536000, secure, httpOnly: false }),
      );
    }
    return redirect(next, { headers });
  } catch (error) {
    return formFailure(error, rc.locale, { email });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const { demoAccounts: accounts, oidc, next } = loaderData;
  const oidcLabel =
    oidc && oidc.label !== 'Inloggen met uw organisatieaccount' ? oidc.label : t('pages.signIn.oidcButton');
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {loaderData.signedOut ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('signIn.signedOut')}</p>
        </Alert>
      ) : null}
      {loaderData.passwordChanged ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('reset.done')}</p>
        </Alert>
      ) : null}
      {next && !failure ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('signIn.required')}</p>
        </Alert>
      ) : null}
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{ email: t('signIn.email'), password: t('signIn.password') }}
      />
      {/* A full page submit: the new session cookie and CSRF token then apply to everything at once. */}
      <Form method="post" reloadDocument noValidate className="wijkwerk-form">
        <CsrfField />
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          spellCheck={false}
          required
          defaultValue={failure?.values?.email}
          error={failure?.fieldErrors?.email}
        />
        <TextField
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={failure?.fieldErrors?.password}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('signIn.submit')}</SubmitButton>
        </div>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/wachtwoord-vergeten">
            {t('signIn.forgot')}
          </Link>
        </p>
      </Form>

      {oidc ? (
        <section aria-labelledby="oidc-heading" className="wijkwerk-section">
          <h2 id="oidc-heading" className="utrecht-heading-2">
            {t('signIn.oidc')}
          </h2>
          <p className="utrecht-paragraph">
            {/* A link, not a form: the identity provider's pages take over from here. */}
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={oidc.href}
            >
              {oidcLabel}
            </a>
          </p>
        </section>
      ) : null}

      {accounts ? (
        <section aria-labelledby="demo-heading" className="wijkwerk-section">
          <h2 id="demo-heading" className="utrecht-heading-2">
            {t('signIn.demoUsers')}
          </h2>
          <p className="utrecht-paragraph">{t('signIn.demoIntro')}</p>
          <DataTable
            labelledBy="demo-heading"
            rows={accounts}
            rowKey={(a) => a.email}
            columns={[
              { header: t('signIn.demo.user'), cell: (a) => a.name },
              { header: t('pages.signIn.demo.description'), cell: (a) => a.description },
              {
                header: t('signIn.demo.role'),
                cell: (a) => [...new Set(a.roles)].map((r) => t(`role.${r}`)).join(', '),
              },
              {
                header: t('signIn.demo.email'),
                cell: (a) => <span className="wijkwerk-code">{a.email}</span>,
              },
              {
                header: t('signIn.demo.password'),
                cell: (a) => <span className="wijkwerk-code wijkwerk-nowrap">{a.password}</span>,
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
