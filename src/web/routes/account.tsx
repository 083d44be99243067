import { data, Form, redirect } from 'react-router';
import {
  createApiToken,
  listOwnApiTokens,
  revokeApiToken,
  type tokenScopes,
} from '../../core/auth/api-tokens.ts';
import { getRequestContext, serviceContext } from '../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../core/i18n/i18n.ts';
import { roleAssignmentsOf } from '../../core/people/people.repository.ts';
import { Alert } from '../components/alert.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { CheckboxGroup, SubmitButton, TextField } from '../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../components/route-errors.ts';
import { useShell } from '../components/shell.ts';
import type { Route } from './+types/account.ts';

// The signed-in person's own page: who they are, their roles, and their API tokens.

// The same list as tokenScopes; repeated so the page bundle does not pull in the server module.
const scopeChoices = ['read', 'write'] as const;

export async function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const viewer = rc.viewer;
  if (!viewer) throw redirect('/inloggen?next=/account');
  const [roles, tokens] = await Promise.all([
    roleAssignmentsOf(rc.app.db, rc.municipality.id, [viewer.personId]),
    listOwnApiTokens(serviceContext(rc)),
  ]);
  const date = (d: string | null) => (d ? formatDateTime(rc.locale, d) : null);
  return {
    title: translate(rc.locale, 'account.title'),
    name: viewer.name,
    email: viewer.email,
    roles: (roles.get(viewer.personId) ?? []).map((r) => ({
      id: r.id,
      role: r.role,
      area: r.area ? { code: r.area.code, name: r.area.name } : null,
      organisation: r.organisation?.name ?? null,
    })),
    // Dates are formatted here, so server and browser show exactly the same text.
    tokens: tokens.map((tk) => ({
      id: tk.id,
      name: tk.name,
      prefix: tk.prefix,
      scopes: tk.scopes,
      createdAt: date(tk.createdAt),
      lastUsedAt: date(tk.lastUsedAt),
      revokedAt: date(tk.revokedAt),
    })),
  };
}

type ActionResult = FormFailure | { created: { name: string; token: string } } | { revoked: true };

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  if (!rc.viewer) throw redirect('/inloggen?next=/account');
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  try {
    if (intent === 'create-token') {
      const name = formString(form, 'name');
      const scopes = form.getAll('scopes').filter((s): s is string => typeof s === 'string');
      if (scopes.length === 0) {
        // An empty choice reads better as "choose one" than zod's minimum-length message.
        return data<FormFailure>(
          {
            message: translate(rc.locale, 'common.formErrors'),
            fieldErrors: {
              scopes: translate(rc.locale, 'validation.choice'),
              ...(name.trim() ? {} : { name: translate(rc.locale, 'validation.required') }),
            },
            values: { name },
          },
          { status: 400 },
        );
      }
      const { token, apiToken } = await createApiToken(ctx, {
        name,
        scopes: scopes as Array<(typeof tokenScopes)[number]>,
      });
      return { created: { name: apiToken.name, token } } satisfies ActionResult;
    }
    if (intent === 'revoke-token') {
      await revokeApiToken(ctx, formString(form, 'id'));
      return { revoked: true } satisfies ActionResult;
    }
    throw data(null, { status: 400 });
  } catch (error) {
    return formFailure(error, rc.locale, { name: formString(form, 'name') });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const result = actionData as ActionResult | undefined;
  const created = result && 'created' in result ? result.created : null;
  const revoked = result && 'revoked' in result;
  const failure = result && !created && !revoked ? (result as FormFailure) : undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('pages.account.name')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {loaderData.name}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('signIn.email')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {loaderData.email}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="roles-heading" className="wijkwerk-section">
        <h2 id="roles-heading" className="utrecht-heading-2">
          {t('account.roles')}
        </h2>
        {loaderData.roles.length === 0 ? (
          <p className="utrecht-paragraph">{t('pages.account.noRoles')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {loaderData.roles.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                {t(`role.${r.role}`)}
                {[r.organisation, r.area?.name].filter(Boolean).length > 0
                  ? ` — ${[r.organisation, r.area?.name].filter(Boolean).join(', ')}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tokens-heading" className="wijkwerk-section">
        <h2 id="tokens-heading" className="utrecht-heading-2">
          {t('account.tokens')}
        </h2>
        <p className="utrecht-paragraph">{t('account.tokens.intro')}</p>
        {created ? (
          <Alert type="ok" live>
            <p className="utrecht-paragraph">{t('account.tokens.created')}</p>
            <p className="utrecht-paragraph">
              <code className="utrecht-code wijkwerk-token">{created.token}</code>
            </p>
          </Alert>
        ) : null}
        {revoked ? (
          <Alert type="ok" live>
            <p className="utrecht-paragraph">{t('account.tokens.revoked')}</p>
          </Alert>
        ) : null}
        <DataTable
          caption={t('pages.account.tokens.list')}
          rows={loaderData.tokens}
          rowKey={(tk) => tk.id}
          empty={t('account.tokens.none')}
          columns={[
            { header: t('pages.account.tokens.name'), cell: (tk) => tk.name },
            {
              header: t('pages.account.tokens.prefix'),
              cell: (tk) => <span className="wijkwerk-code">{tk.prefix}…</span>,
            },
            {
              header: t('account.tokens.scopes'),
              cell: (tk) => tk.scopes.map((s) => t(`account.tokens.scope.${s}`)).join(', '),
            },
            { header: t('pages.account.tokens.createdAt'), cell: (tk) => tk.createdAt },
            {
              header: t('account.tokens.lastUsed'),
              cell: (tk) => tk.lastUsedAt ?? t('account.tokens.never'),
            },
            {
              header: t('common.actions'),
              cell: (tk) =>
                tk.revokedAt ? (
                  t('pages.account.tokens.revokedOn', { date: tk.revokedAt })
                ) : (
                  <Form method="post" className="wijkwerk-inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="revoke-token" />
                    <input type="hidden" name="id" value={tk.id} />
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                      {t('account.tokens.revoke')}
                      <span className="wijkwerk-visually-hidden">: {tk.name}</span>
                    </button>
                  </Form>
                ),
            },
          ]}
        />

        <h3 className="utrecht-heading-3">{t('account.tokens.create')}</h3>
        <ErrorSummary
          message={failure?.message}
          errors={failure?.fieldErrors}
          labels={{ name: t('account.tokens.name'), scopes: t('account.tokens.scopes') }}
          headingLevel={3}
        />
        <Form method="post" noValidate className="wijkwerk-form">
          <CsrfField />
          <input type="hidden" name="intent" value="create-token" />
          <TextField
            name="name"
            label={t('account.tokens.name')}
            required
            defaultValue={failure?.values?.name}
            error={failure?.fieldErrors?.name}
            autoComplete="off"
          />
          <CheckboxGroup
            name="scopes"
            legend={t('account.tokens.scopes')}
            options={scopeChoices.map((s) => ({ value: s, label: t(`account.tokens.scope.${s}`) }))}
            defaultChecked={['read']}
            error={failure?.fieldErrors?.scopes}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('account.tokens.create')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
