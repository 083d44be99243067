import { redirect } from 'react-router';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import {
  createOrganisation,
  mayCreateAnyOrganisation,
} from '../../../core/organisations/create-organisation.ts';
import type { OrganisationKind } from '../../../core/organisations/organisation.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { type FormFailure, formFailure } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/organisation-new.ts';
import { forbidden, roleScopeOptions, signedInContext } from './admin.server.ts';
import { OrganisationForm, organisationFieldLabels, organisationFormValues } from './organisation-form.tsx';

// Register an organisation (administrators; area officers for groups in their own areas).

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayCreateAnyOrganisation(rc.actor)) forbidden();
  const { areas } = await roleScopeOptions(rc);
  return { title: translate(rc.locale, 'admin.organisations.new'), areas };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = organisationFormValues(await request.formData());
  try {
    const o = await createOrganisation(serviceContext(rc), {
      ...values,
      kind: values.kind as OrganisationKind,
    });
    return redirect(`/beheer/organisaties/${o.id}?saved=created`);
  } catch (error) {
    return formFailure(error, rc.locale, { ...values, areaCodes: values.areaCodes.join(',') });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewOrganisation({ loaderData, actionData }: Route.ComponentProps) {
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
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={organisationFieldLabels(t)}
      />
      <OrganisationForm
        values={null}
        failure={failure}
        areas={loaderData.areas}
        submitLabel={t('admin.organisations.new')}
      />
    </>
  );
}
