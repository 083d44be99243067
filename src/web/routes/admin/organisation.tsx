import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { getOrganisation } from '../../../core/organisations/get-organisation.ts';
import type { OrganisationKind } from '../../../core/organisations/organisation.ts';
import { updateOrganisation } from '../../../core/organisations/update-organisation.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { type FormFailure, formFailure, throwAsRouteError } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/organisation.ts';
import { forbidden, redirectSaved, roleScopeOptions, signedInContext } from './admin.server.ts';
import { SavedNotice } from './admin-ui.tsx';
import { OrganisationForm, organisationFieldLabels, organisationFormValues } from './organisation-form.tsx';

// Edit an organisation: for administrators, its own members, and area officers (groups in their areas).

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const o = await getOrganisation(rc.app.db, rc.actor, params.id);
    const mayEdit = can(rc.actor, 'update', {
      type: 'organisation',
      municipalityId: rc.actor.municipalityId,
      organisationId: o.id,
      kind: o.kind,
      areaPaths: o.areas.map((a) => a.path),
    });
    if (!mayEdit) forbidden();
    const saved = new URL(request.url).searchParams.get('saved');
    const { areas } = await roleScopeOptions(rc);
    return {
      title: o.name,
      heading: translate(rc.locale, 'admin.organisations.edit'),
      saved:
        saved === 'created'
          ? translate(rc.locale, 'admin.organisations.created', { name: o.name })
          : saved
            ? translate(rc.locale, 'admin.organisations.saved')
            : null,
      values: {
        name: o.name,
        kind: o.kind,
        sector: o.sector ?? '',
        description: o.description,
        email: o.email ?? '',
        phone: o.phone ?? '',
        website: o.website ?? '',
        areaCodes: o.areas.map((a) => a.code),
      },
      areas,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = organisationFormValues(await request.formData());
  try {
    await updateOrganisation(serviceContext(rc), params.id, {
      ...values,
      kind: values.kind as OrganisationKind,
    });
    return redirectSaved(`/beheer/organisaties/${params.id}`, '1');
  } catch (error) {
    return formFailure(error, rc.locale, { ...values, areaCodes: values.areaCodes.join(',') });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditOrganisation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/beheer', label: t('admin.title') },
          { href: '/beheer/organisaties', label: t('admin.organisations') },
        ]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <SavedNotice message={loaderData.saved} />
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={organisationFieldLabels(t)}
      />
      <h2 className="utrecht-heading-2">{loaderData.heading}</h2>
      <OrganisationForm
        values={loaderData.values}
        failure={failure}
        areas={loaderData.areas}
        submitLabel={t('common.save')}
      />
    </>
  );
}
