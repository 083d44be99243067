import { Form, Link } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { requestingDepartments } from '../../../../modules/plan/checks/checks-policy.ts';
import { listChecks, maySeeChecks } from '../../../../modules/plan/checks/list-checks.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { formatDay } from '../../../components/plan/timeline-format.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import {
  firstPageHref,
  forbidden,
  nextPageHref,
  pageCursor,
  signedInContext,
  timeCursor,
} from '../../admin/admin.server.ts';
import type { Route } from './+types/checks.ts';

// The wijktoetsen, newest first, for the municipality's staff; filtered by area (which also finds
// the requests about the neighbourhoods inside it and the districts around it).

const pageSize = 25;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!maySeeChecks(rc.actor)) forbidden();
  const url = new URL(request.url);
  const areaCode = url.searchParams.get('gebied') ?? '';
  try {
    const [areas, page] = await Promise.all([
      listAreas(rc.app.db, rc.actor, { limit: 5000 }),
      listChecks(rc.app.db, rc.actor, {
        areaCode: areaCode || undefined,
        after: pageCursor(url, timeCursor),
        limit: pageSize,
      }),
    ]);
    const departments = requestingDepartments(rc.actor);
    return {
      title: translate(rc.locale, 'plan.check.title'),
      areaCode,
      areas: treeOrder(areas.items)
        .filter((a) => a.kind !== 'buurt')
        .map((a) => ({ value: a.code, label: `${'\u00a0\u00a0'.repeat(a.depth)}${a.name}` })),
      checks: page.items,
      mayRequest: departments === null || departments.length > 0,
      saved: url.searchParams.get('saved') === 'created',
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

export default function NeighbourhoodChecks({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const d = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved ? (
        <Alert type="ok" live>
          {t('plan.check.saved.created')}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.check.intro')}</p>
      {d.mayRequest ? (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to={
              d.areaCode
                ? `/wijktoetsen/nieuw?gebied=${encodeURIComponent(d.areaCode)}`
                : '/wijktoetsen/nieuw'
            }
          >
            {t('plan.check.new')}
          </Link>
        </p>
      ) : null}
      <Form method="get">
        <SelectField
          name="gebied"
          label={t('plan.check.filter.area')}
          options={d.areas}
          emptyLabel={t('plan.check.filter.allAreas')}
          defaultValue={d.areaCode}
        />
        <SubmitButton variant="secondary">{t('plan.check.filter.submit')}</SubmitButton>
      </Form>
      <DataTable
        caption={t('plan.check.listCaption')}
        rows={d.checks}
        rowKey={(c) => c.id}
        empty={t('plan.check.none')}
        columns={[
          {
            header: t('plan.check.col.title'),
            cell: (c) => (
              <Link className="utrecht-link" to={`/wijktoetsen/${c.id}`}>
                {c.title}
              </Link>
            ),
          },
          { header: t('plan.check.col.department'), cell: (c) => c.requestingOrganisation?.name ?? '–' },
          { header: t('plan.check.col.areas'), cell: (c) => c.areas.map((a) => a.area.name).join(', ') },
          { header: t('plan.check.col.answerBy'), cell: (c) => formatDay(locale, c.answerBy) },
          {
            header: t('plan.check.col.answered'),
            cell: (c) =>
              t('plan.check.answeredCount', {
                answered: c.areas.filter((a) => a.answeredAt !== null).length,
                total: c.areas.length,
              }),
          },
          { header: t('plan.check.col.status'), cell: (c) => t(`plan.check.status.${c.status}`) },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
