import { data, Form } from 'react-router';
import { isAreaCode } from '../../../core/areas/area.ts';
import { getArea } from '../../../core/areas/get-area.ts';
import { updateArea } from '../../../core/areas/update-area.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/area.ts';
import { forbidden, redirectSaved, signedInContext } from './admin.server.ts';
import { SavedNotice, TextAreaField } from './admin-ui.tsx';

// Edit the public description of an area (administrators, and area officers in their areas).

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const code = params.code.toUpperCase();
  if (!isAreaCode(code)) throw data(null, { status: 404 });
  try {
    const area = await getArea(rc.app.db, rc.actor, code);
    if (
      !can(rc.actor, 'update', { type: 'area', municipalityId: rc.actor.municipalityId, areaPath: area.path })
    )
      forbidden();
    const saved = new URL(request.url).searchParams.has('saved');
    return {
      title: translate(rc.locale, 'admin.areas.editTitle', { name: area.name }),
      area: { code: area.code, name: area.name, kind: area.kind, description: area.description },
      saved: saved ? translate(rc.locale, 'admin.areas.saved') : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const code = params.code.toUpperCase();
  const description = formString(await request.formData(), 'description');
  try {
    await updateArea(serviceContext(rc), code, { description });
    return redirectSaved(`/beheer/gebieden/${code}`, '1');
  } catch (error) {
    return formFailure(error, rc.locale, { description });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditArea({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const { area } = loaderData;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/beheer', label: t('admin.title') },
          { href: '/beheer/gebieden', label: t('admin.areas') },
        ]}
        current={area.name}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <SavedNotice message={loaderData.saved} />
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{ description: t('admin.areas.description') }}
      />
      <p className="utrecht-paragraph">
        {t(`area.kind.${area.kind}`)} · {t('area.code')} {area.code} ·{' '}
        <a className="utrecht-link utrecht-link--html-a" href={`/wijken/${area.code}`}>
          {t('admin.areas.view')}
        </a>
      </p>
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <TextAreaField
          name="description"
          label={t('admin.areas.description')}
          description={t('admin.areas.descriptionHint')}
          defaultValue={failure?.values?.description ?? area.description}
          error={failure?.fieldErrors?.description}
          rows={8}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('common.save')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
