import { data, Form, Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { isUuid } from '../../../../modules/social-map/assets.repository.ts';
import { deleteFeed } from '../../../../modules/social-map/feeds/delete-feed.ts';
import { fetchFeedNow } from '../../../../modules/social-map/feeds/fetch-feed-now.ts';
import { getFeed } from '../../../../modules/social-map/feeds/get-feed.ts';
import '../../../../modules/social-map/feeds/i18n.ts';
import { updateFeed } from '../../../../modules/social-map/feeds/update-feed.ts';
import { listTaxonomy, termLabel } from '../../../../modules/social-map/taxonomy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import { DetailList } from '../../admin/admin-ui.tsx';
import type { Route } from './+types/feed.ts';
import { FeedForm, FeedStateBadge, feedFieldLabels, intervalLabel } from './feed-ui.tsx';
import { feedFormChoices, feedFormValues, feedInputOf, flatValues } from './feeds.server.ts';

// One calendar feed: its state in words (and what is wrong, in plain language and technically),
// the recent fetches, "fetch now", changing it, and removing it after a confirmation.

const notFound = () => {
  throw data(null, { status: 404 });
};

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!isUuid(params.id)) notFound();
  const url = new URL(request.url);
  try {
    const feed = await getFeed(rc.app.db, rc.actor, params.id);
    const terms = await listTaxonomy(rc.app.db, rc.actor.municipalityId);
    const label = (vocabulary: string, code: string) => {
      const term = terms.find((x) => x.vocabulary === vocabulary && x.code === code);
      return term ? termLabel(term, rc.locale) : code;
    };
    const when = (d: Date | null) => (d ? formatDateTime(rc.locale, d) : null);
    return {
      title: feed.name,
      confirmDelete: url.searchParams.get('verwijderen') === '1' && feed.canManage,
      saved: url.searchParams.get('opgeslagen'),
      feed: {
        id: feed.id,
        name: feed.name,
        url: feed.url,
        owner: feed.ownerOrganisationName ?? feed.ownerPersonName ?? '',
        area: feed.area.name,
        areaCode: feed.area.code,
        organisationId: feed.ownerOrganisationId ?? '',
        themes: feed.themes,
        targetGroups: feed.targetGroups,
        themeLabels: feed.themes.map((c) => label('theme', c)),
        targetGroupLabels: feed.targetGroups.map((c) => label('target_group', c)),
        intervalMinutes: feed.intervalMinutes,
        state: feed.state,
        problem: feed.problemKey ? translate(rc.locale, feed.problemKey) : null,
        problemDetail: feed.problemDetail,
        lastFetched: when(feed.lastFetchedAt),
        lastSucceeded: when(feed.lastSucceededAt),
        nextFetch: when(feed.nextFetchAt),
        itemCount: feed.itemCount,
        canManage: feed.canManage,
        runs: feed.runs.map((r) => ({
          id: r.id,
          when: formatDateTime(rc.locale, r.startedAt),
          state: r.state,
          problem: r.problemKey ? translate(rc.locale, r.problemKey) : null,
          created: r.created,
          updated: r.updated,
          removed: r.removed,
          unchanged: r.unchanged,
          warnings: r.warnings,
        })),
      },
      choices: feed.canManage ? await feedFormChoices(rc) : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  if (!isUuid(params.id)) notFound();
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  if (intent === 'fetch') {
    try {
      const report = await fetchFeedNow(ctx, params.id);
      return {
        fetched: {
          state: report.state,
          problem: report.problem ? translate(rc.locale, report.problem.key) : null,
          created: report.created,
          updated: report.updated,
          removed: report.removed,
          unchanged: report.unchanged,
        },
      };
    } catch (error) {
      return formFailure(error, rc.locale);
    }
  }
  if (intent === 'delete') {
    try {
      const { archived } = await deleteFeed(ctx, params.id);
      return redirect(`/sociale-kaart/agenda-koppelingen?verwijderd=${archived}`);
    } catch (error) {
      return formFailure(error, rc.locale);
    }
  }
  const values = feedFormValues(form);
  try {
    await updateFeed(ctx, params.id, feedInputOf(values));
    return redirect(`/sociale-kaart/agenda-koppelingen/${params.id}?opgeslagen=bewerkt`);
  } catch (error) {
    return formFailure(error, rc.locale, flatValues(values));
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

type Fetched = {
  state: string;
  problem: string | null;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
};

export default function FeedPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { feed, choices } = loaderData;
  const result = actionData as (FormFailure & { fetched?: Fetched }) | undefined;
  const fetched = result?.fetched;
  const failure = fetched ? undefined : (result as FormFailure | undefined);
  const none = t('sm.feeds.detail.none');
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/sociale-kaart', label: t('socialMap.title') },
          { href: '/sociale-kaart/agenda-koppelingen', label: t('sm.feeds.title') },
        ]}
        current={feed.name}
      />
      <h1 className="utrecht-heading-1">{feed.name}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {t(loaderData.saved === 'nieuw' ? 'sm.feeds.created' : 'sm.feeds.saved')}
          </p>
        </Alert>
      ) : null}
      {fetched ? (
        <Alert type={fetched.problem ? 'error' : 'ok'} live>
          <p className="utrecht-paragraph">
            {fetched.problem
              ? t('sm.feeds.fetchFailed', { problem: fetched.problem })
              : fetched.state === 'not_modified'
                ? t('sm.feeds.notModified')
                : t('sm.feeds.fetched', {
                    created: fetched.created,
                    updated: fetched.updated,
                    removed: fetched.removed,
                    unchanged: fetched.unchanged,
                  })}
          </p>
        </Alert>
      ) : null}

      {loaderData.confirmDelete ? (
        <section aria-labelledby="delete-heading" className="wijkwerk-section">
          <h2 id="delete-heading" className="utrecht-heading-2">
            {t('sm.feeds.deleteConfirmTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('sm.feeds.deleteConfirmText', { count: feed.itemCount })}</p>
          <Form method="post" className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="delete" />
            <SubmitButton>{t('sm.feeds.deleteConfirm')}</SubmitButton>{' '}
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`/sociale-kaart/agenda-koppelingen/${feed.id}`}
            >
              {t('sm.feeds.cancel')}
            </Link>
          </Form>
        </section>
      ) : null}

      <DetailList
        items={[
          { label: t('sm.feeds.detail.state'), value: <FeedStateBadge state={feed.state} /> },
          ...(feed.problem
            ? [
                { label: t('sm.feeds.detail.problem'), value: feed.problem },
                { label: t('sm.feeds.detail.technical'), value: <code>{feed.problemDetail}</code> },
              ]
            : []),
          { label: t('sm.feeds.detail.url'), value: <code className="wijkwerk-break">{feed.url}</code> },
          { label: t('sm.feeds.col.owner'), value: feed.owner },
          { label: t('sm.feeds.col.area'), value: feed.area },
          { label: t('sm.feeds.detail.themes'), value: feed.themeLabels.join(', ') || none },
          { label: t('sm.feeds.detail.targetGroups'), value: feed.targetGroupLabels.join(', ') || none },
          { label: t('sm.feeds.detail.interval'), value: intervalLabel(t, feed.intervalMinutes) },
          { label: t('sm.feeds.col.lastFetched'), value: feed.lastFetched ?? t('sm.feeds.never') },
          { label: t('sm.feeds.detail.lastSucceeded'), value: feed.lastSucceeded ?? t('sm.feeds.never') },
          {
            label: t('sm.feeds.detail.nextFetch'),
            value: feed.nextFetch ?? t('sm.feeds.detail.notScheduled'),
          },
          { label: t('sm.feeds.detail.items'), value: feed.itemCount },
        ]}
      />

      {feed.canManage ? (
        <Form method="post" className="wijkwerk-form">
          <CsrfField />
          <input type="hidden" name="intent" value="fetch" />
          <SubmitButton>{t('sm.feeds.fetchNow')}</SubmitButton>
        </Form>
      ) : null}

      <h2 id="runs-heading" className="utrecht-heading-2">
        {t('sm.feeds.runs.title')}
      </h2>
      <DataTable
        labelledBy="runs-heading"
        rows={feed.runs}
        rowKey={(r) => r.id}
        empty={t('sm.feeds.runs.none')}
        columns={[
          { header: t('sm.feeds.runs.when'), cell: (r) => r.when },
          {
            header: t('sm.feeds.runs.result'),
            cell: (r) => (
              <>
                <FeedStateBadge state={r.state} run />
                {r.problem ? <> {r.problem}</> : null}
                {r.warnings.length ? (
                  <> ({t('sm.feeds.runs.warnings', { count: r.warnings.length })})</>
                ) : null}
              </>
            ),
          },
          { header: t('sm.feeds.runs.created'), cell: (r) => r.created, numeric: true },
          { header: t('sm.feeds.runs.updated'), cell: (r) => r.updated, numeric: true },
          { header: t('sm.feeds.runs.removed'), cell: (r) => r.removed, numeric: true },
          { header: t('sm.feeds.runs.unchanged'), cell: (r) => r.unchanged, numeric: true },
        ]}
      />

      {feed.canManage && choices ? (
        <section aria-labelledby="edit-heading" className="wijkwerk-section">
          <h2 id="edit-heading" className="utrecht-heading-2">
            {t('sm.feeds.edit')}
          </h2>
          <ErrorSummary
            message={failure?.message}
            errors={failure?.fieldErrors}
            labels={feedFieldLabels(t)}
          />
          <FeedForm
            choices={choices}
            values={{
              name: feed.name,
              url: feed.url,
              organisationId: feed.organisationId,
              areaCode: feed.areaCode,
              themes: feed.themes,
              targetGroups: feed.targetGroups,
              intervalMinutes: feed.intervalMinutes,
            }}
            failure={failure}
            withOwner={false}
            intent="update"
            submitLabel={t('sm.feeds.save')}
          />
          {loaderData.confirmDelete ? null : (
            <p className="utrecht-paragraph">
              <Link
                className="utrecht-button-link utrecht-button-link--secondary-action"
                to={`/sociale-kaart/agenda-koppelingen/${feed.id}?verwijderen=1`}
              >
                {t('sm.feeds.delete')}
              </Link>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
