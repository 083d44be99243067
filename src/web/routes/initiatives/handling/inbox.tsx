import { Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { hasRole } from '../../../../core/permissions/actor.ts';
import {
  listItems,
  listSorts,
  listStatusFilters,
} from '../../../../modules/initiatives/handling/list-items.ts';
import '../../../../modules/initiatives/i18n.ts';
import { itemStatuses } from '../../../../modules/initiatives/initiatives.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { mayRegisterOnBehalf } from '../../../../modules/initiatives/policy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { formatDate } from '../../../components/plan/programme-format.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { firstPageHref, nextPageHref, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/inbox.ts';
import handlingCss from './handling-pages.css?url';
import './handling-pages-i18n.ts';
import {
  areaChoices,
  categoryChoices,
  formatDay,
  type InboxScope,
  organisationChoices,
  scopesFor,
} from './handling.server.ts';

// The work inbox of departments, partners, area officers and the office: tabs for whose items
// (mine, my organisation, my areas, all), filters in a plain GET form (status, overdue, category,
// area, owner, search), cursor paging. Overdue is written out in the row, not only coloured.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: handlingCss }];

const pageSize = 50;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const p = url.searchParams;
  const scopes = scopesFor(rc.actor);
  const scope = pick(p.get('bereik'), scopes) ?? (scopes[0] as InboxScope);
  const status = p.has('status') ? pick(p.get('status'), listStatusFilters) : 'open';
  const sort = pick(p.get('volgorde'), listSorts) ?? 'deadline';
  const overdue = p.get('termijn') === 'over';
  const escalated = p.get('termijn') === 'geescaleerd';
  const uuid = (v: string | null) => (v && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);
  const categoryId = uuid(p.get('categorie'));
  const areaCode = p.get('gebied')?.trim().slice(0, 20) || undefined;
  const office = hasRole(rc.actor, 'administrator') || hasRole(rc.actor, 'coordinator');
  const organisationId = office ? uuid(p.get('eigenaar')) : undefined;
  const q = (p.get('q') ?? '').trim().slice(0, 200) || undefined;
  try {
    const page = await listItems(serviceContext(rc), {
      scope,
      status,
      sort,
      withTotal: true,
      overdue: overdue || undefined,
      escalated: escalated || undefined,
      categoryId,
      areaCode,
      organisationId,
      q,
      cursor: p.get('cursor') ?? undefined,
      limit: pageSize,
    });
    // How much of this tab is past its deadline, as a way in to just those.
    const late = overdue
      ? null
      : (await listItems(serviceContext(rc), { scope, overdue: true, withTotal: true, limit: 1 })).total;
    const filtered =
      status !== 'open' ||
      overdue ||
      escalated ||
      categoryId ||
      areaCode ||
      organisationId ||
      q !== undefined;
    const scopeQuery = (s: InboxScope) => {
      const params = new URLSearchParams(p);
      params.delete('cursor');
      params.set('bereik', s);
      return `${url.pathname}?${params.toString()}`;
    };
    return {
      title: translate(rc.locale, 'initiatives.handlingPages.inbox.title'),
      scope,
      tabs: scopes.map((s) => ({ scope: s, href: scopeQuery(s) })),
      filters: {
        status: status ?? '',
        sort,
        deadline: overdue ? 'over' : escalated ? 'geescaleerd' : '',
        categoryId: categoryId ?? '',
        areaCode: areaCode ?? '',
        organisationId: organisationId ?? '',
        q: q ?? '',
      },
      filtered,
      transferred: p.get('saved') === 'transfer',
      overdueCount: late,
      overdueHref: `${url.pathname}?${new URLSearchParams({ bereik: scope, termijn: 'over' }).toString()}`,
      categories: await categoryChoices(rc),
      areas: await areaChoices(rc),
      organisations: office ? await organisationChoices(rc) : null,
      mayRegister: mayRegisterOnBehalf(rc.actor),
      // The officer's figures, trends, wijksignalen and quick budgets (area officers and the office).
      mayOverview: office || hasRole(rc.actor, 'area_officer'),
      items: page.items.map((i) => ({
        id: i.id,
        reference: i.reference,
        title: i.title,
        category: rc.locale === 'en' && i.categoryNameEn ? i.categoryNameEn : i.categoryName,
        area: i.areaName,
        status: i.status,
        owner: i.ownerName,
        deadline: formatDay(rc.locale, i.deadlineOn),
        overdue: i.overdue,
        escalated: i.escalated,
        received: formatDate(i.receivedAt, rc.locale),
      })),
      total: page.total,
      nextHref: nextPageHref(url, page.nextCursor),
      firstHref: firstPageHref(url),
    };
  } catch (error) {
    // A cursor that is not ours (or stale filters): start again at the first page.
    if (error instanceof ValidationError && p.has('cursor'))
      throw redirect(firstPageHref(url) ?? url.pathname);
    if (error instanceof ValidationError) throw redirect(url.pathname);
    return throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Inbox({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const statusOptions = [
    { value: 'open', label: t('initiatives.handlingPages.inbox.openOnly') },
    { value: 'closed', label: t('initiatives.handlingPages.inbox.closedOnly') },
    ...itemStatuses.map((s) => ({ value: s, label: t(`initiatives.status.${s}`) })),
  ];
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.start(), label: t('initiatives.title') },
        ]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.transferred ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.saved.transferAway')}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.handlingPages.inbox.intro')}</p>
      <nav aria-label={t('initiatives.handlingPages.links')}>
        <ul className="utrecht-unordered-list">
          {d.mayRegister ? (
            <li className="utrecht-unordered-list__item">
              <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.register()}>
                {t('initiatives.handlingPages.links.register')}
              </Link>
            </li>
          ) : null}
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.figures()}>
              {t('initiatives.handlingPages.links.figures')}
            </Link>
          </li>
          {d.mayOverview
            ? (
                [
                  [initiativesPaths.dashboard(), 'initiatives.handlingPages.links.dashboard'],
                  [initiativesPaths.trends(), 'initiatives.handlingPages.links.trends'],
                  [initiativesPaths.signals(), 'initiatives.handlingPages.links.signals'],
                  [initiativesPaths.budgets(), 'initiatives.handlingPages.links.budgets'],
                ] as const
              ).map(([href, key]) => (
                <li key={href} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link utrecht-link--html-a" to={href}>
                    {t(key)}
                  </Link>
                </li>
              ))
            : null}
        </ul>
      </nav>

      <nav className="wijkwerk-handling-tabs" aria-label={t('initiatives.handlingPages.inbox.tabs')}>
        <ul className="wijkwerk-handling-tabs__list">
          {d.tabs.map((tab) => (
            <li key={tab.scope} className="wijkwerk-handling-tabs__item">
              <Link
                to={tab.href}
                className="utrecht-link utrecht-link--html-a wijkwerk-handling-tabs__link"
                aria-current={tab.scope === d.scope ? 'page' : undefined}
              >
                {t(`initiatives.handlingPages.inbox.scope.${tab.scope}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {d.overdueCount ? (
        <p className="utrecht-paragraph" data-testid="inbox-overdue">
          <strong className="wijkwerk-handling-mark">
            {t('initiatives.handlingPages.inbox.overdueCount', { count: d.overdueCount })}
          </strong>{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={d.overdueHref}>
            {t('initiatives.handlingPages.inbox.showOverdue')}
          </Link>
        </p>
      ) : null}

      <Form method="get" className="wijkwerk-form wijkwerk-filter" aria-labelledby="inbox-filters">
        <h2 className="utrecht-heading-2" id="inbox-filters">
          {t('initiatives.handlingPages.inbox.filters')}
        </h2>
        <input type="hidden" name="bereik" value={d.scope} />
        <TextField
          name="q"
          type="search"
          label={t('initiatives.handlingPages.inbox.search')}
          defaultValue={d.filters.q}
        />
        <SelectField
          name="status"
          label={t('initiatives.handlingPages.inbox.status')}
          options={statusOptions}
          emptyLabel={t('initiatives.handlingPages.inbox.allStatuses')}
          defaultValue={d.filters.status}
        />
        <SelectField
          name="termijn"
          label={t('initiatives.handlingPages.inbox.deadline')}
          options={[
            { value: 'over', label: t('initiatives.handlingPages.inbox.overdueOnly') },
            { value: 'geescaleerd', label: t('initiatives.handlingPages.inbox.escalatedOnly') },
          ]}
          emptyLabel={t('initiatives.handlingPages.inbox.anyDeadline')}
          defaultValue={d.filters.deadline}
        />
        <SelectField
          name="categorie"
          label={t('initiatives.handlingPages.inbox.category')}
          options={d.categories}
          emptyLabel={t('initiatives.handlingPages.inbox.allCategories')}
          defaultValue={d.filters.categoryId}
        />
        <SelectField
          name="gebied"
          label={t('initiatives.handlingPages.inbox.area')}
          options={d.areas}
          emptyLabel={t('initiatives.handlingPages.inbox.allAreas')}
          defaultValue={d.filters.areaCode}
        />
        {d.organisations ? (
          <SelectField
            name="eigenaar"
            label={t('initiatives.handlingPages.inbox.organisation')}
            options={d.organisations}
            emptyLabel={t('initiatives.handlingPages.inbox.allOrganisations')}
            defaultValue={d.filters.organisationId}
          />
        ) : null}
        <SelectField
          name="volgorde"
          label={t('initiatives.handlingPages.inbox.sort')}
          options={[
            { value: 'deadline', label: t('initiatives.handlingPages.inbox.sort.deadline') },
            { value: 'newest', label: t('initiatives.handlingPages.inbox.sort.newest') },
          ]}
          defaultValue={d.filters.sort}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('initiatives.handlingPages.inbox.filter')}</SubmitButton>
          {d.filtered ? (
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`${initiativesPaths.inbox()}?bereik=${d.scope}`}
            >
              {t('initiatives.handlingPages.inbox.reset')}
            </Link>
          ) : null}
        </div>
      </Form>

      {d.items.length === 0 ? (
        <p className="utrecht-paragraph" data-testid="inbox-empty">
          {t(
            d.filtered
              ? 'initiatives.handlingPages.inbox.empty'
              : 'initiatives.handlingPages.inbox.emptyScope',
          )}
        </p>
      ) : (
        <div className="utrecht-table-container wijkwerk-table-scroll">
          <table className="utrecht-table utrecht-table--html-table" data-testid="inbox-table">
            <caption className="utrecht-table__caption">
              {`${t(`initiatives.handlingPages.inbox.scope.${d.scope}`)}${
                d.total !== null ? ` (${t('initiatives.handlingPages.inbox.count', { count: d.total })})` : ''
              }`}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(
                  [
                    'reference',
                    'title',
                    'category',
                    'area',
                    'status',
                    'owner',
                    'deadline',
                    'received',
                  ] as const
                ).map((c) => (
                  <th key={c} scope="col" className="utrecht-table__header-cell">
                    {t(`initiatives.handlingPages.inbox.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.items.map((i) => (
                <tr
                  key={i.id}
                  className={`utrecht-table__row${i.overdue ? ' wijkwerk-handling-row--overdue' : ''}`}
                >
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.item(i.id)}>
                      {i.reference}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{i.title}</td>
                  <td className="utrecht-table__cell">{i.category}</td>
                  <td className="utrecht-table__cell">{i.area}</td>
                  <td className="utrecht-table__cell">{t(`initiatives.status.${i.status}`)}</td>
                  <td className="utrecht-table__cell">{i.owner}</td>
                  <td className="utrecht-table__cell">
                    {i.deadline}
                    {i.overdue ? (
                      <>
                        {' '}
                        <strong className="wijkwerk-handling-mark">
                          {t('initiatives.handlingPages.inbox.overdueMark')}
                        </strong>
                      </>
                    ) : null}
                    {i.escalated ? (
                      <>
                        {' '}
                        <strong className="wijkwerk-handling-mark">
                          {t('initiatives.handlingPages.inbox.escalatedMark')}
                        </strong>
                      </>
                    ) : null}
                  </td>
                  <td className="utrecht-table__cell">{i.received}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
