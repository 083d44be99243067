import { Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { can, ForbiddenError } from '../../../../core/permissions/can.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import { isEditorFor } from '../../../../modules/social-map/policy.ts';
import { updateAsset } from '../../../../modules/social-map/update-asset.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AssetEditForm, assetFieldLabels } from '../../../components/social-map/asset-edit-form.tsx';
import { AssetEditorNav } from '../../../components/social-map/asset-editor-nav.tsx';
import {
  inputFromState,
  stateFromContent,
  stateFromForm,
} from '../../../components/social-map/asset-form-values.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/asset-edit.ts';
import './editor-i18n.ts';
import {
  type AssetFormFailure,
  assetFormFailure,
  assetFormOptions,
  loadChoices,
  savedMessage,
} from './editor.server.ts';

// The owner of an item (a registered resident, a member of the owning organisation) or an editor
// changes it. The form carries the version it started from: if someone saved in between, nothing
// is overwritten and the page says so (409), keeping what was typed.

const savedFlags = ['published', 'to_check', 'pending'] as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const asset = await getAsset(rc.app.db, rc.actor, params.id);
    const resource = {
      type: 'asset',
      municipalityId: rc.actor.municipalityId,
      areaPath: asset.area.path,
      kind: asset.kind,
      ownerPersonId: asset.ownerPersonId,
      ownerOrganisationId: asset.ownerOrganisationId,
      publiclyVisible: asset.publiclyVisible,
    };
    if (!can(rc.actor, 'update', resource)) throw new ForbiddenError('update', 'asset');
    const editor = isEditorFor(rc.actor, asset.area.path);
    const choices = await loadChoices(rc, editor);
    return {
      title: translate(rc.locale, 'sm.editor.edit.title', { title: asset.title }),
      assetTitle: asset.title,
      assetId: asset.id,
      keyPerson: asset.kind === 'key_person',
      hubTitle: editor ? translate(rc.locale, 'sm.editor.hub.title') : null,
      status: translate(rc.locale, `socialMap.status.${asset.status}`),
      saved: savedMessage(new URL(request.url), rc.locale, savedFlags),
      options: assetFormOptions(choices, rc.locale, { kinds: [asset.kind], organisations: editor }),
      state: stateFromContent(asset, {
        areaCode: asset.area.code,
        expectedRevisionId: asset.currentRevisionId,
        withOrganisation: editor,
      }),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const state = stateFromForm(await request.formData());
  try {
    const result = await updateAsset(serviceContext(rc), params.id, {
      ...inputFromState(state),
      expectedRevisionId: state.expectedRevisionId || null,
    } as Parameters<typeof updateAsset>[2]);
    return redirect(`/sociale-kaart/${result.assetId}/bewerken?saved=${result.outcome}`);
  } catch (error) {
    return assetFormFailure(error, rc.locale, state);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditAsset({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as AssetFormFailure | undefined;
  return (
    <>
      {d.hubTitle ? (
        <Breadcrumb items={[{ href: '/sociale-kaart/redactie', label: d.hubTitle }]} current={d.assetTitle} />
      ) : null}
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <AssetEditorNav assetId={d.assetId} keyPerson={d.keyPerson} />
      {d.saved && !failure ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      {failure?.conflict ? (
        <Alert type="error" live>
          <h2 className="utrecht-heading-2">{t('sm.editor.conflict.title')}</h2>
          <p className="utrecht-paragraph">{t('sm.editor.conflict.body')}</p>
          <p className="utrecht-paragraph">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`/sociale-kaart/${d.assetId}/bewerken`}
              reloadDocument
            >
              {t('sm.editor.conflict.reload')}
            </Link>
          </p>
        </Alert>
      ) : (
        <ErrorSummary
          message={failure?.message}
          errors={failure?.fieldErrors}
          labels={assetFieldLabels(t, failure?.fieldErrors)}
        />
      )}
      <p className="utrecht-paragraph">
        {t('sm.editor.col.state')}: {d.status}
      </p>
      <AssetEditForm
        mode="edit"
        state={failure?.state ?? d.state}
        errors={failure?.fieldErrors}
        options={d.options}
        submitLabel={t('sm.editor.edit.submit')}
      />
    </>
  );
}
