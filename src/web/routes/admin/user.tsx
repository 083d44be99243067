import { data, Form } from 'react-router';
import { serviceContext } from '../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../core/i18n/i18n.ts';
import { assignRole } from '../../../core/people/assign-role.ts';
import { getPerson } from '../../../core/people/get-person.ts';
import { removeRole } from '../../../core/people/remove-role.ts';
import { updatePerson } from '../../../core/people/update-person.ts';
import { type Role, roles } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/user.ts';
import { adminContext, redirectSaved, roleScopeOptions } from './admin.server.ts';
import { DetailList, roleText, SavedNotice, SelectField } from './admin-ui.tsx';

// One user: details, roles (add and remove), and switching the account on or off.

const savedMessages: Record<string, string> = {
  created: 'admin.users.createdShort',
  invited: 'admin.users.invited',
  'role-added': 'admin.users.roleAdded',
  'role-removed': 'admin.users.roleRemoved',
  enabled: 'admin.users.enabled',
  disabled: 'admin.users.disabled',
};

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const municipalityId = rc.actor.municipalityId;
  try {
    const person = await getPerson(rc.app.db, rc.actor, params.id);
    const canManageRoles = can(rc.actor, 'create', {
      type: 'role_assignment',
      municipalityId,
      personId: person.id,
    });
    const saved = new URL(request.url).searchParams.get('saved') ?? '';
    const savedKey = savedMessages[saved];
    return {
      title: person.name,
      person: {
        id: person.id,
        name: person.name,
        email: person.email,
        status: person.status,
        locale: person.locale,
        lastSignInAt: person.lastSignInAt ? formatDateTime(rc.locale, person.lastSignInAt) : null,
        createdAt: formatDateTime(rc.locale, person.createdAt),
        roles: person.roles.map((r) => ({
          id: r.id,
          role: r.role,
          area: r.area,
          organisation: r.organisation,
        })),
      },
      saved: savedKey ? translate(rc.locale, savedKey, { name: person.name }) : null,
      canManageRoles,
      canChangeStatus: can(rc.actor, 'delete', { type: 'person', municipalityId, personId: person.id }),
      options: canManageRoles ? await roleScopeOptions(rc) : { areas: [], organisations: [] },
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = adminContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  const here = `/beheer/gebruikers/${params.id}`;
  const values = {
    intent,
    role: formString(form, 'role'),
    areaCode: formString(form, 'areaCode'),
    organisationId: formString(form, 'organisationId'),
  };
  try {
    if (intent === 'add-role') {
      await assignRole(ctx, params.id, { ...values, role: values.role as Role });
      return redirectSaved(here, 'role-added');
    }
    if (intent === 'remove-role') {
      await removeRole(ctx, params.id, formString(form, 'roleId'));
      return redirectSaved(here, 'role-removed');
    }
    if (intent === 'set-status') {
      const status = formString(form, 'status') === 'disabled' ? 'disabled' : 'active';
      await updatePerson(ctx, params.id, { status });
      return redirectSaved(here, status === 'disabled' ? 'disabled' : 'enabled');
    }
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
  throw data(null, { status: 400 });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function User({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { person, options } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const addFailure = failure?.values?.intent === 'add-role' ? failure : undefined;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/beheer', label: t('admin.title') },
          { href: '/beheer/gebruikers', label: t('admin.users') },
        ]}
        current={person.name}
      />
      <h1 className="utrecht-heading-1">{person.name}</h1>
      <SavedNotice message={loaderData.saved} />
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{
          role: t('admin.users.role'),
          areaCode: t('admin.users.area'),
          organisationId: t('admin.users.organisation'),
        }}
      />

      <section aria-labelledby="details-heading" className="wijkwerk-section">
        <h2 id="details-heading" className="utrecht-heading-2">
          {t('admin.users.details')}
        </h2>
        <DetailList
          items={[
            { label: t('admin.users.email'), value: person.email },
            { label: t('admin.users.status'), value: t(`admin.users.status.${person.status}`) },
            { label: t('admin.users.lastSignIn'), value: person.lastSignInAt ?? t('admin.users.never') },
            { label: t('admin.users.createdAt'), value: person.createdAt },
          ]}
        />
      </section>

      <section aria-labelledby="roles-heading" className="wijkwerk-section">
        <h2 id="roles-heading" className="utrecht-heading-2">
          {t('admin.users.roles')}
        </h2>
        <DataTable
          labelledBy="roles-heading"
          rows={person.roles}
          rowKey={(r) => r.id}
          empty={t('admin.users.noRoles')}
          columns={[
            { header: t('admin.users.role'), cell: (r) => t(`role.${r.role}`) },
            {
              header: t('admin.users.scope'),
              cell: (r) =>
                [r.organisation?.name, r.area?.name].filter(Boolean).join(', ') ||
                t('admin.users.wholeMunicipality'),
            },
            ...(loaderData.canManageRoles
              ? [
                  {
                    header: t('common.actions'),
                    cell: (r: (typeof person.roles)[number]) => (
                      <Form method="post" className="wijkwerk-inline-form">
                        <CsrfField />
                        <input type="hidden" name="intent" value="remove-role" />
                        <input type="hidden" name="roleId" value={r.id} />
                        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                          {t('admin.users.removeRole')}
                          <span className="wijkwerk-visually-hidden">: {roleText(t, r)}</span>
                        </button>
                      </Form>
                    ),
                  },
                ]
              : []),
          ]}
        />

        {loaderData.canManageRoles ? (
          <>
            <h3 id="add-role-heading" className="utrecht-heading-3">
              {t('admin.users.addRole')}
            </h3>
            <Form method="post" noValidate className="wijkwerk-form" aria-labelledby="add-role-heading">
              <CsrfField />
              <input type="hidden" name="intent" value="add-role" />
              <p className="utrecht-paragraph">{t('admin.users.firstRoleHint')}</p>
              <SelectField
                name="role"
                label={t('admin.users.role')}
                options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                defaultValue={addFailure?.values?.role}
                error={addFailure?.fieldErrors?.role}
                required
              />
              <SelectField
                name="areaCode"
                label={t('admin.users.area')}
                emptyLabel={t('admin.users.noArea')}
                options={options.areas}
                defaultValue={addFailure?.values?.areaCode}
                error={addFailure?.fieldErrors?.areaCode}
              />
              <SelectField
                name="organisationId"
                label={t('admin.users.organisation')}
                emptyLabel={t('admin.users.noOrganisation')}
                options={options.organisations}
                defaultValue={addFailure?.values?.organisationId}
                error={addFailure?.fieldErrors?.organisationId}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton>{t('admin.users.addRole')}</SubmitButton>
              </div>
            </Form>
          </>
        ) : null}
      </section>

      {loaderData.canChangeStatus ? (
        <section aria-labelledby="access-heading" className="wijkwerk-section">
          <h2 id="access-heading" className="utrecht-heading-2">
            {t('admin.users.access')}
          </h2>
          <p className="utrecht-paragraph">{t('admin.users.disableHint')}</p>
          <Form method="post" className="wijkwerk-inline-form">
            <CsrfField />
            <input type="hidden" name="intent" value="set-status" />
            <input type="hidden" name="status" value={person.status === 'active' ? 'disabled' : 'active'} />
            <SubmitButton variant="secondary">
              {person.status === 'active' ? t('admin.users.disable') : t('admin.users.enable')}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
