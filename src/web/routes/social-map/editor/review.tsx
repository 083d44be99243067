import { Form, Link, redirect } from 'react-router';
import { NotFoundError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { listQueue } from '../../../../modules/social-map/list-queue.ts';
import { reviewRevision } from '../../../../modules/social-map/review-revision.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextAreaField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ReportResolutionForm } from '../../../components/social-map/report-resolution-form.tsx';
import { RevisionDiffView } from '../../../components/social-map/revision-diff-view.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/review.ts';
import './editor-i18n.ts';
import { loadChoices, readableDiff } from './editor.server.ts';

// One revision from the queue: who proposed what, when and from where, the change field by
// field, and the decision (approve, or reject with a reason the submitter receives by e-mail).
// Open reports about the same item can be resolved here too.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    // The queue is what the editor may decide on: a revision outside it (another area, already
    // decided) is not found here.
    const [queue, choices] = await Promise.all([listQueue(rc.app.db, rc.actor), loadChoices(rc, true)]);
    const r = queue.revisions.find((x) => x.revisionId === params.revisionId);
    if (!r) throw new NotFoundError('asset_revision');
    const reports = queue.reports.find((x) => x.assetId === r.assetId);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    return {
      title: t('sm.editor.review.title', { title: r.assetTitle }),
      hubTitle: t('sm.editor.hub.title'),
      revisionId: r.revisionId,
      assetId: r.assetId,
      assetTitle: r.assetTitle,
      isNew: r.isNew,
      facts: [
        [t('sm.editor.col.kind'), t(`socialMap.kind.${r.kind}`)],
        [t('sm.editor.col.area'), r.area.name],
        [t('sm.editor.col.who'), r.authorLabel],
        [t('sm.editor.col.when'), formatDateTime(rc.locale, r.submittedAt)],
        [t('sm.editor.col.source'), t(`sm.editor.source.${r.source}`)],
        [t('sm.editor.col.state'), t(`socialMap.revisionState.${r.state}`)],
      ] as Array<[string, string]>,
      changeNote: r.changeNote,
      baseOutdated: r.baseOutdated,
      duplicates: r.possibleDuplicates,
      rows: readableDiff(r.changes, choices, rc.locale),
      reports: reports
        ? reports.reports.map((x) => ({
            id: x.id,
            reason: t(`socialMap.reportReason.${x.reason}`),
            message: x.message,
            when: formatDateTime(rc.locale, x.createdAt),
          }))
        : [],
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const decision = formString(form, 'decision');
  const reason = formString(form, 'reason');
  try {
    await reviewRevision(rc.app, serviceContext(rc), params.revisionId, {
      decision: decision as 'approve' | 'reject',
      reason: reason.trim() || undefined,
    });
    return redirect(`/sociale-kaart/redactie?saved=${decision === 'reject' ? 'reject' : 'approve'}`);
  } catch (error) {
    return formFailure(error, rc.locale, { reason });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Review({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <Breadcrumb items={[{ href: '/sociale-kaart/redactie', label: d.hubTitle }]} current={d.assetTitle} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{ reason: t('sm.editor.review.reason') }}
      />
      <section aria-labelledby="review-about" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="review-about">
          {t('sm.editor.review.about')}
        </h2>
        {d.isNew ? <p className="utrecht-paragraph">{t('sm.editor.review.isNew')}</p> : null}
        <dl className="wijkwerk-data-list">
          {d.facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          <div>
            <dt>{t('sm.editor.review.note')}</dt>
            <dd>{d.changeNote || t('sm.editor.review.noNote')}</dd>
          </div>
        </dl>
        {d.baseOutdated ? <Alert type="warning">{t('sm.editor.review.outdated')}</Alert> : null}
        {d.duplicates.length > 0 ? (
          <>
            <h3 className="utrecht-heading-3">{t('sm.editor.review.duplicates')}</h3>
            <ul className="utrecht-unordered-list">
              {d.duplicates.map((x) => (
                <li key={x.assetId} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${x.assetId}`}>
                    {x.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${d.assetId}/geschiedenis`}>
            {t('sm.editor.review.history')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="review-changes" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="review-changes">
          {t('sm.editor.review.changes')}
        </h2>
        <RevisionDiffView rows={d.rows} />
      </section>
      <section aria-labelledby="review-decision" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="review-decision">
          {t('sm.editor.review.decision')}
        </h2>
        <Form method="post" noValidate className="wijkwerk-form">
          <CsrfField />
          <TextAreaField
            name="reason"
            label={t('sm.editor.review.reason')}
            description={t('sm.editor.review.reasonHint')}
            rows={4}
            defaultValue={failure?.values?.reason}
            error={failure?.fieldErrors?.reason}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton name="decision" value="approve">
              {t('sm.editor.review.approve')}
            </SubmitButton>
            <SubmitButton name="decision" value="reject" variant="secondary">
              {t('sm.editor.review.reject')}
            </SubmitButton>
          </div>
        </Form>
      </section>
      {d.reports.length > 0 ? (
        <section aria-labelledby="review-reports" className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id="review-reports">
            {t('sm.editor.reports.of', { title: d.assetTitle })}
          </h2>
          <ul className="utrecht-unordered-list">
            {d.reports.map((x) => (
              <li key={x.id} className="utrecht-unordered-list__item">
                <strong>{x.reason}</strong> ({x.when}): {x.message}
              </li>
            ))}
          </ul>
          <ReportResolutionForm assetId={d.assetId} title={d.assetTitle} />
        </section>
      ) : null}
    </>
  );
}
