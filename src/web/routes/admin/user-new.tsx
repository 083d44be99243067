import { Form, redirect } from 'react-router';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { createPerson } from '../../../core/people/create-person.ts';
import { roles } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/user-new.ts';
import { forbidden, roleScopeOptions, signedInContext } from './admin.server.ts';
import { SelectField } from './admin-ui.tsx';

// Add a user: name, e-mail, an optional temporary password (otherwise an invitation e-mail) and
// optionally a first role.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!can(rc.actor, 'create', { type: 'person', municipalityId: rc.actor.municipalityId })) forbidden();
  return { title: translate(rc.locale, 'admin.users.new'), ...(await roleScopeOptions(rc)) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const values = {
    name: formString(form, 'name'),
    email: formString(form, 'email'),
    role: formString(form, 'role'),
    areaCode: formString(form, 'areaCode'),
    organisationId: formString(form, 'organisationId'),
  };
  try {
    const person = await createPerson(serviceContext(rc), rc.app, {
      ...values,
      password: formString(form, 'password'),
    });
    return redirect(
      `/beheer/gebruikers/${person.id}?saved=${formString(form, 'password') ? 'created' : 'invited'}`,
    );
  } catch (error) {
    // The password is never sent back into the page.
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewUser({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const errors = failure?.fieldErrors;
  const v = failure?.values;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/beheer', label: t('admin.title') },
          { href: '/beheer/gebruikers', label: t('admin.users') },
        ]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ErrorSummary
        message={failure?.message}
        errors={errors}
        labels={{
          name: t('admin.users.name'),
          email: t('admin.users.email'),
          password: t('admin.users.password'),
          role: t('admin.users.role'),
          areaCode: t('admin.users.area'),
          organisationId: t('admin.users.organisation'),
        }}
      />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <TextField
          name="name"
          label={t('admin.users.name')}
          required
          autoComplete="off"
          defaultValue={v?.name}
          error={errors?.name}
        />
        <TextField
          name="email"
          type="email"
          label={t('admin.users.email')}
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={v?.email}
          error={errors?.email}
        />
        <TextField
          name="password"
          type="password"
          label={`${t('admin.users.password')} (${t('common.optional')})`}
          description={t('admin.users.passwordHint')}
          autoComplete="new-password"
          error={errors?.password}
        />
        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby="first-role-hint"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('admin.users.firstRole')}
          </legend>
          <div className="utrecht-form-field-description" id="first-role-hint">
            {t('admin.users.firstRoleHint')}
          </div>
          <SelectField
            name="role"
            label={t('admin.users.role')}
            emptyLabel={t('admin.users.noRole')}
            options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            defaultValue={v?.role}
            error={errors?.role}
          />
          <SelectField
            name="areaCode"
            label={t('admin.users.area')}
            emptyLabel={t('admin.users.noArea')}
            options={loaderData.areas}
            defaultValue={v?.areaCode}
            error={errors?.areaCode}
          />
          <SelectField
            name="organisationId"
            label={t('admin.users.organisation')}
            emptyLabel={t('admin.users.noOrganisation')}
            options={loaderData.organisations}
            defaultValue={v?.organisationId}
            error={errors?.organisationId}
          />
        </fieldset>
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('admin.users.new')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
