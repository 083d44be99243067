import { Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { can } from '../../../../core/permissions/can.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import { listRevisions } from '../../../../modules/social-map/list-revisions.ts';
import { isEditorFor } from '../../../../modules/social-map/policy.ts';
import { restoreRevision } from '../../../../modules/social-map/restore-revision.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AssetEditorNav } from '../../../components/social-map/asset-editor-nav.tsx';
import { RevisionDiffView } from '../../../components/social-map/revision-diff-view.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/history.ts';
import './editor-i18n.ts';
import { loadChoices, readableDiff, savedMessage } from './editor.server.ts';

// Every version of an item, newest first: who, when, from which source, its state and what it
// changed compared with the version before. Editors can bring back a published version; the
// restore is a new version, history is never rewritten.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const asset = await getAsset(rc.app.db, rc.actor, params.id);
    const revisions = await listRevisions(rc.app.db, rc.actor, asset.id);
    const editor = isEditorFor(rc.actor, asset.area.path);
    const choices = await loadChoices(rc, editor);
    const mayRestore = can(rc.actor, 'update', {
      type: 'asset_queue',
      municipalityId: rc.actor.municipalityId,
      areaPath: asset.area.path,
    });
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const numberOf = new Map(revisions.map((r) => [r.id, r.number]));
    return {
      title: t('sm.editor.history.title', { title: asset.title }),
      assetTitle: asset.title,
      assetId: asset.id,
      keyPerson: asset.kind === 'key_person',
      hubTitle: editor ? t('sm.editor.hub.title') : null,
      saved: savedMessage(new URL(request.url), rc.locale, ['restored']),
      revisions: revisions.map((r) => ({
        id: r.id,
        heading: t('sm.editor.history.revision', { number: r.number }),
        current: r.id === asset.currentRevisionId,
        meta: t('sm.editor.history.meta', {
          who: r.authorLabel,
          when: formatDateTime(rc.locale, r.createdAt),
          source: t(`sm.editor.source.${r.source}`),
          state: t(`socialMap.revisionState.${r.state}`),
        }),
        changeNote: r.changeNote,
        restoredFrom: r.restoredFromId
          ? t('sm.editor.history.restoredFrom', { number: numberOf.get(r.restoredFromId) ?? '?' })
          : null,
        reviewed:
          r.reviewedByLabel && r.reviewedAt && r.source !== 'editor' && r.source !== 'restore'
            ? t('sm.editor.history.reviewed', {
                who: r.reviewedByLabel,
                when: formatDateTime(rc.locale, r.reviewedAt),
              })
            : null,
        reason: r.decisionReason ? t('sm.editor.history.reason', { reason: r.decisionReason }) : null,
        restorable:
          mayRestore &&
          r.id !== asset.currentRevisionId &&
          (r.state === 'approved' || r.state === 'to_check'),
        rows: readableDiff(r.changes, choices, rc.locale),
      })),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  try {
    await restoreRevision(serviceContext(rc), formString(form, 'revisionId'));
    return redirect(`/sociale-kaart/${params.id}/geschiedenis?saved=restored`);
  } catch (error) {
    return formFailure(error, rc.locale);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function History({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      {d.hubTitle ? (
        <Breadcrumb items={[{ href: '/sociale-kaart/redactie', label: d.hubTitle }]} current={d.assetTitle} />
      ) : null}
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <AssetEditorNav assetId={d.assetId} keyPerson={d.keyPerson} />
      {d.saved ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      {failure?.message ? (
        <Alert type="error" live>
          {failure.message}
        </Alert>
      ) : null}
      {d.revisions.length === 0 ? <p className="utrecht-paragraph">{t('sm.editor.history.none')}</p> : null}
      {d.revisions.map((r) => (
        <section key={r.id} aria-labelledby={`rev-${r.id}`} className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id={`rev-${r.id}`}>
            {r.heading}
            {r.current ? ` (${t('sm.editor.history.current')})` : ''}
          </h2>
          <p className="utrecht-paragraph">{r.meta}</p>
          {r.restoredFrom ? <p className="utrecht-paragraph">{r.restoredFrom}</p> : null}
          {r.changeNote ? <p className="utrecht-paragraph">{r.changeNote}</p> : null}
          {r.reviewed ? <p className="utrecht-paragraph">{r.reviewed}</p> : null}
          {r.reason ? <p className="utrecht-paragraph">{r.reason}</p> : null}
          <RevisionDiffView rows={r.rows} caption={`${t('sm.editor.diff.caption')}: ${r.heading}`} />
          {r.restorable ? (
            <Form method="post" className="wijkwerk-inline-form">
              <CsrfField />
              <input type="hidden" name="revisionId" value={r.id} />
              <SubmitButton variant="secondary">
                {t('sm.editor.history.restore')}
                <span className="wijkwerk-visually-hidden"> ({r.heading})</span>
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  );
}
