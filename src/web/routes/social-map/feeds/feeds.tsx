import { Form, Link } from 'react-router';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/social-map/feeds/i18n.ts';
import { feedStates } from '../../../../modules/social-map/feeds/feeds.tables.ts';
import { listFeeds } from '../../../../modules/social-map/feeds/list-feeds.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import {
  firstPageHref,
  nameCursor,
  nextPageHref,
  pageCursor,
  signedInContext,
} from '../../admin/admin.server.ts';
import type { Route } from './+types/feeds.ts';
import { FeedStateBadge } from './feed-ui.tsx';

// The calendar feeds the signed-in person may see: their own, their organisation's, and (for
// editors) all in their areas, each with its state in words.

const pageSize = 25;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const stateParam = url.searchParams.get('status') ?? '';
  const state = feedStates.find((s) => s === stateParam);
  try {
    const page = await listFeeds(rc.app.db, rc.actor, {
      state,
      after: pageCursor(url, nameCursor),
      limit: pageSize,
    });
    return {
      title: translate(rc.locale, 'sm.feeds.title'),
      state: state ?? '',
      deleted: url.searchParams.get('verwijderd'),
      feeds: page.items.map((f) => ({
        id: f.id,
        name: f.name,
        owner: f.ownerOrganisationName ?? f.ownerPersonName ?? '',
        area: f.area.name,
        state: f.state,
        lastFetched: f.lastFetchedAt ? formatDateTime(rc.locale, f.lastFetchedAt) : null,
        itemCount: f.itemCount,
      })),
      firstHref: firstPageHref(url),
      nextHref: nextPageHref(url, page.nextCursor),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Feeds({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb items={[{ href: '/sociale-kaart', label: t('socialMap.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.deleted !== null ? (
        <div className="utrecht-alert utrecht-alert--ok wijkwerk-alert" role="status">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">{t('sm.feeds.deleted', { count: Number(d.deleted) || 0 })}</p>
          </div>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t('sm.feeds.intro')}</p>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-button-link utrecht-button-link--primary-action"
          to="/sociale-kaart/agenda-koppelingen/nieuw"
        >
          {t('sm.feeds.new')}
        </Link>
      </p>
      <Form method="get" className="wijkwerk-form wijkwerk-filter">
        <SelectField
          name="status"
          label={t('sm.feeds.filter.state')}
          options={feedStates.map((s) => ({ value: s, label: t(`sm.feeds.state.${s}`) }))}
          emptyLabel={t('sm.feeds.filter.all')}
          defaultValue={d.state}
        />
        <SubmitButton variant="secondary">{t('sm.feeds.filter.submit')}</SubmitButton>
      </Form>
      <DataTable
        caption={t('sm.feeds.list.caption')}
        rows={d.feeds}
        rowKey={(f) => f.id}
        empty={t('sm.feeds.none')}
        columns={[
          {
            header: t('sm.feeds.col.name'),
            cell: (f) => (
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`/sociale-kaart/agenda-koppelingen/${f.id}`}
              >
                {f.name}
              </Link>
            ),
          },
          { header: t('sm.feeds.col.owner'), cell: (f) => f.owner },
          { header: t('sm.feeds.col.area'), cell: (f) => f.area },
          { header: t('sm.feeds.col.state'), cell: (f) => <FeedStateBadge state={f.state} /> },
          { header: t('sm.feeds.col.lastFetched'), cell: (f) => f.lastFetched ?? t('sm.feeds.never') },
          { header: t('sm.feeds.col.items'), cell: (f) => f.itemCount, numeric: true },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
