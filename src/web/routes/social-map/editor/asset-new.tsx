import { redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { assetKinds } from '../../../../modules/social-map/asset.ts';
import { createAsset } from '../../../../modules/social-map/create-asset.ts';
import { isEditorAnywhere } from '../../../../modules/social-map/policy.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AssetEditForm, assetFieldLabels } from '../../../components/social-map/asset-edit-form.tsx';
import {
  emptyFormState,
  inputFromState,
  stateFromForm,
} from '../../../components/social-map/asset-form-values.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/asset-new.ts';
import './editor-i18n.ts';
import { type AssetFormFailure, assetFormFailure, assetFormOptions, loadChoices } from './editor.server.ts';

// A signed-in person adds an item: editors anything in their areas (key persons too), partners
// for their organisation, registered residents their own. The area's editorial policy decides
// whether it shows at once or waits for review; the next page says which.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const editor = isEditorAnywhere(rc.actor);
    const choices = await loadChoices(rc, editor);
    return {
      title: translate(rc.locale, 'sm.editor.new.title'),
      hubTitle: editor ? translate(rc.locale, 'sm.editor.hub.title') : null,
      options: assetFormOptions(choices, rc.locale, {
        kinds: assetKinds.filter((k) => editor || k !== 'key_person'),
        organisations: editor,
      }),
      state: { ...emptyFormState(), organisationId: editor ? '' : null },
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const state = stateFromForm(await request.formData());
  try {
    const result = await createAsset(serviceContext(rc), {
      ...inputFromState(state),
      kind: state.kind,
    } as Parameters<typeof createAsset>[1]);
    return redirect(`/sociale-kaart/${result.assetId}/bewerken?saved=${result.outcome}`);
  } catch (error) {
    return assetFormFailure(error, rc.locale, state);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewAsset({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as AssetFormFailure | undefined;
  return (
    <>
      {d.hubTitle ? (
        <Breadcrumb items={[{ href: '/sociale-kaart/redactie', label: d.hubTitle }]} current={d.title} />
      ) : null}
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={assetFieldLabels(t, failure?.fieldErrors)}
      />
      <p className="utrecht-paragraph">{t('sm.editor.new.intro')}</p>
      <AssetEditForm
        mode="create"
        state={failure?.state ?? d.state}
        errors={failure?.fieldErrors}
        options={d.options}
        submitLabel={t('sm.editor.new.submit')}
      />
    </>
  );
}
