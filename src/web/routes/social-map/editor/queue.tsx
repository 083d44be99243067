import { Form, Link, redirect } from 'react-router';
import { DomainError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { listQueue } from '../../../../modules/social-map/list-queue.ts';
import { resolveReports } from '../../../../modules/social-map/resolve-reports.ts';
import { Alert } from '../../../components/alert.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ReportResolutionForm } from '../../../components/social-map/report-resolution-form.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/queue.ts';
import './editor-i18n.ts';
import { loadChoices, savedMessage } from './editor.server.ts';

// The editors' hub: what waits for review (with who, when, where and from which source), the
// reported items with their reports, and the items nobody confirmed for too long; by area, in
// pages. The same page handles the decision on an item's reports (also posted from the review page).

const pageSize = 25;
const savedFlags = ['approve', 'reject', 'reportsKept', 'reportsRemoved'] as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const areaCode = url.searchParams.get('gebied')?.trim().slice(0, 20) || undefined;
  const page = Math.max(0, Math.min(10_000, Number.parseInt(url.searchParams.get('pagina') ?? '0', 10) || 0));
  try {
    const [queue, choices] = await Promise.all([
      listQueue(rc.app.db, rc.actor, { areaCode }),
      loadChoices(rc, false),
    ]);
    const slice = <T,>(list: T[]) => list.slice(page * pageSize, (page + 1) * pageSize);
    const when = (d: Date) => formatDateTime(rc.locale, d);
    const t = (key: string, params?: Record<string, string | number>) => translate(rc.locale, key, params);
    const more =
      queue.revisions.length > (page + 1) * pageSize ||
      queue.reports.length > (page + 1) * pageSize ||
      queue.stale.length > (page + 1) * pageSize;
    const href = (p: number) => {
      const params = new URLSearchParams(url.search);
      params.delete('saved');
      if (p === 0) params.delete('pagina');
      else params.set('pagina', String(p));
      const q = params.toString();
      return q ? `${url.pathname}?${q}` : url.pathname;
    };
    return {
      title: t('sm.editor.hub.title'),
      saved: savedMessage(url, rc.locale, savedFlags),
      areaCode: areaCode ?? '',
      areas: choices.areas.map((a) => ({ value: a.code, label: a.label })),
      counts: { revisions: queue.revisions.length, reports: queue.reports.length, stale: queue.stale.length },
      revisions: slice(queue.revisions).map((r) => ({
        id: r.revisionId,
        assetId: r.assetId,
        title: r.assetTitle,
        kind: t(`socialMap.kind.${r.kind}`),
        area: r.area.name,
        change: r.isNew ? t('sm.editor.queue.new') : t('sm.editor.queue.changeOf'),
        state: t(`socialMap.revisionState.${r.state}`),
        source: t(`sm.editor.source.${r.source}`),
        who: r.authorLabel,
        when: when(r.submittedAt),
        baseOutdated: r.baseOutdated,
      })),
      reports: slice(queue.reports).map((r) => ({
        assetId: r.assetId,
        title: r.assetTitle,
        kind: t(`socialMap.kind.${r.kind}`),
        area: r.area.name,
        hidden: r.hidden,
        reports: r.reports.map((x) => ({
          id: x.id,
          reason: t(`socialMap.reportReason.${x.reason}`),
          message: x.message,
          when: when(x.createdAt),
        })),
      })),
      stale: slice(queue.stale).map((s) => ({
        assetId: s.assetId,
        title: s.title,
        kind: t(`socialMap.kind.${s.kind}`),
        area: s.area.name,
        lastVerified: when(s.lastVerifiedAt),
      })),
      firstHref: page > 0 ? href(0) : null,
      nextHref: more ? href(page + 1) : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const assetId = formString(form, 'assetId');
  const decision = formString(form, 'decision');
  try {
    if (formString(form, 'intent') !== 'resolve-reports') throw new DomainError('error.validation');
    await resolveReports(rc.app, serviceContext(rc), assetId, {
      decision: decision as 'keep' | 'remove',
      reason: formString(form, `reason-${assetId}`) || undefined,
    });
    return redirect(
      `/sociale-kaart/redactie?saved=${decision === 'remove' ? 'reportsRemoved' : 'reportsKept'}`,
    );
  } catch (error) {
    return formFailure(error, rc.locale);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Queue({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  const link = (to: string, label: string) => (
    <Link className="utrecht-link utrecht-link--html-a" to={to}>
      {label}
    </Link>
  );
  const empty = d.counts.revisions + d.counts.reports + d.counts.stale === 0;
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
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
      <p className="utrecht-paragraph">{t('sm.editor.hub.intro')}</p>
      <nav aria-label={t('sm.editor.hub.links')}>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            {link('/sociale-kaart/nieuw', t('sm.editor.hub.new'))}
          </li>
          <li className="utrecht-unordered-list__item">
            {link('/sociale-kaart/overzicht', t('sm.editor.hub.overview'))}
          </li>
          <li className="utrecht-unordered-list__item">
            {link('/sociale-kaart/agenda-koppelingen', t('sm.editor.hub.feeds'))}
          </li>
          <li className="utrecht-unordered-list__item">
            {link('/sociale-kaart/importeren', t('sm.editor.hub.imports'))}
          </li>
          <li className="utrecht-unordered-list__item">
            {link('/sociale-kaart/instellingen', t('sm.editor.hub.settings'))}
          </li>
        </ul>
      </nav>
      <Form
        method="get"
        className="wijkwerk-form wijkwerk-filter"
        role="search"
        aria-label={t('sm.editor.filter.label')}
      >
        <SelectField
          name="gebied"
          label={t('sm.editor.filter.area')}
          emptyLabel={t('sm.editor.filter.allAreas')}
          options={d.areas}
          defaultValue={d.areaCode}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('sm.editor.filter.apply')}</SubmitButton>
        </div>
      </Form>
      {empty ? <p className="utrecht-paragraph wijkwerk-empty">{t('sm.editor.queue.empty')}</p> : null}

      <section aria-labelledby="queue-revisions" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="queue-revisions">
          {t('sm.editor.queue.revisions', { count: d.counts.revisions })}
        </h2>
        <DataTable
          labelledBy="queue-revisions"
          rows={d.revisions}
          rowKey={(r) => r.id}
          empty={t('sm.editor.queue.revisionsNone')}
          columns={[
            {
              header: t('sm.editor.col.item'),
              cell: (r) => (
                <>
                  {link(`/sociale-kaart/redactie/${r.id}`, r.title)}
                  {r.baseOutdated ? (
                    <>
                      <br />
                      <strong>{t('sm.editor.queue.outdatedBase')}</strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t('sm.editor.col.change'), cell: (r) => r.change },
            { header: t('sm.editor.col.kind'), cell: (r) => r.kind },
            { header: t('sm.editor.col.area'), cell: (r) => r.area },
            { header: t('sm.editor.col.who'), cell: (r) => r.who },
            { header: t('sm.editor.col.when'), cell: (r) => r.when },
            { header: t('sm.editor.col.source'), cell: (r) => r.source },
            { header: t('sm.editor.col.state'), cell: (r) => r.state },
          ]}
        />
      </section>

      <section aria-labelledby="queue-reports" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="queue-reports">
          {t('sm.editor.queue.reports', { count: d.counts.reports })}
        </h2>
        {d.reports.length === 0 ? (
          <p className="utrecht-paragraph">{t('sm.editor.queue.reportsNone')}</p>
        ) : null}
        {d.reports.map((r) => (
          <article key={r.assetId} className="wijkwerk-card" aria-labelledby={`report-${r.assetId}`}>
            <h3 className="utrecht-heading-3" id={`report-${r.assetId}`}>
              {link(`/sociale-kaart/${r.assetId}`, r.title)}
            </h3>
            <p className="utrecht-paragraph">
              {r.kind} · {r.area} · {t('sm.editor.reports.count', { count: r.reports.length })} ·{' '}
              <strong>{r.hidden ? t('sm.editor.reports.hidden') : t('sm.editor.reports.visible')}</strong>
            </p>
            <ul className="utrecht-unordered-list">
              {r.reports.map((x) => (
                <li key={x.id} className="utrecht-unordered-list__item">
                  <strong>{x.reason}</strong> ({x.when}): {x.message}
                </li>
              ))}
            </ul>
            <ReportResolutionForm assetId={r.assetId} title={r.title} />
          </article>
        ))}
      </section>

      <section aria-labelledby="queue-stale" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="queue-stale">
          {t('sm.editor.queue.stale', { count: d.counts.stale })}
        </h2>
        <DataTable
          labelledBy="queue-stale"
          rows={d.stale}
          rowKey={(s) => s.assetId}
          empty={t('sm.editor.queue.staleNone')}
          columns={[
            {
              header: t('sm.editor.col.item'),
              cell: (s) => link(`/sociale-kaart/${s.assetId}/bewerken`, s.title),
            },
            { header: t('sm.editor.col.kind'), cell: (s) => s.kind },
            { header: t('sm.editor.col.area'), cell: (s) => s.area },
            { header: t('sm.editor.col.lastVerified'), cell: (s) => s.lastVerified },
          ]}
        />
      </section>
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
