import { Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listIdeas } from '../../../../modules/plan/programme/list-ideas.ts';
import { ideaStatuses } from '../../../../modules/plan/programme/programme.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { formatDate } from '../../../components/plan/programme-format.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { firstPageHref, nextPageHref, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/ideas.ts';
import { areaOptions } from './programme.server.ts';

// The programme office's list of project ideas (area officers: those of their areas), newest
// first, filtered by status and area with a plain GET form.

const statuses = ideaStatuses.filter((s) => s !== 'unconfirmed');

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const status = statuses.find((s) => s === url.searchParams.get('status'));
  const areaCode = url.searchParams.get('gebied') || undefined;
  try {
    const page = await listIdeas(serviceContext(rc), {
      status,
      areaCode,
      cursor: url.searchParams.get('cursor') ?? undefined,
      limit: 50,
    });
    return {
      title: translate(rc.locale, 'plan.programme.list.title'),
      ideas: page.ideas.map((i) => ({
        id: i.id,
        title: i.title,
        area: i.area.name,
        status: i.status,
        createdAt: i.createdAt,
      })),
      status: status ?? '',
      areaCode: areaCode ?? '',
      areas: await areaOptions(rc),
      nextHref: nextPageHref(url, page.nextCursor),
      firstHref: firstPageHref(url),
    };
  } catch (error) {
    // A cursor that is not ours: start again at the first page.
    if (error instanceof ValidationError) throw redirect(firstPageHref(url) ?? url.pathname);
    return throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Ideas({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('plan.programme.list.intro')}</p>
      <nav aria-label={t('plan.programme.title')}>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to="/projecten/indienen">
              {t('plan.programme.nav.submit')}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to="/programma/effecten">
              {t('plan.programme.nav.framework')}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to="/programma/samenhang">
              {t('plan.programme.nav.coherence')}
            </Link>
          </li>
        </ul>
      </nav>
      <Form method="get" className="wijkwerk-form wijkwerk-filter">
        <SelectField
          name="status"
          label={t('plan.programme.list.status')}
          options={statuses.map((s) => ({ value: s, label: t(`plan.programme.status.${s}`) }))}
          emptyLabel={t('plan.programme.list.allStatuses')}
          defaultValue={loaderData.status}
        />
        <SelectField
          name="gebied"
          label={t('plan.programme.field.areaCode')}
          options={loaderData.areas}
          emptyLabel={t('plan.programme.list.allAreas')}
          defaultValue={loaderData.areaCode}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('plan.programme.list.filter')}</SubmitButton>
        </div>
      </Form>
      {loaderData.ideas.length === 0 ? (
        <p className="utrecht-paragraph">{t('plan.programme.list.empty')}</p>
      ) : (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{loaderData.title}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.list.colTitle')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.list.colArea')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.list.colStatus')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.list.colSubmitted')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {loaderData.ideas.map((i) => (
              <tr key={i.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/projecten/${i.id}`}>
                    {i.title}
                  </Link>
                </td>
                <td className="utrecht-table__cell">{i.area}</td>
                <td className="utrecht-table__cell">{t(`plan.programme.status.${i.status}`)}</td>
                <td className="utrecht-table__cell">{formatDate(i.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPaging firstHref={loaderData.firstHref} nextHref={loaderData.nextHref} />
    </>
  );
}
