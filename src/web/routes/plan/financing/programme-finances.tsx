import { Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { formatEuro, formatPercent } from '../../../../modules/plan/financing/co-financing.ts';
import '../../../../modules/plan/financing/finance-i18n.ts';
import { getProgrammeFinances } from '../../../../modules/plan/financing/programme-finances.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { FinanceSummaryView } from '../../../components/plan/finance-summary.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/programme-finances.ts';
import { programmeFilter } from './financing.server.ts';

// The programme's finances for the programme office and the area officers: every project with
// money in the plans they may see, per project and together the share from other sources than
// the programme's own budget (what Den Haag reports to the council), filtered by budget year
// and area with a plain GET form, and all budget lines as CSV for the finance department.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const filter = programmeFilter(url);
  try {
    const finances = await getProgrammeFinances(serviceContext(rc), filter);
    return {
      finances,
      query: url.search,
      areaText: url.searchParams.get('gebied') ?? '',
      title: translate(rc.locale, 'plan.programme.finances.title'),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ProgrammeFinances({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { finances, query, areaText, title } = loaderData;
  const csvHref = `/programma/financien.csv${query}`;
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={title} />
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{t('plan.programme.finances.intro')}</p>
      <form method="get" aria-labelledby="filter-heading">
        <h2 className="utrecht-heading-2" id="filter-heading">
          {t('plan.programme.finances.filter')}
        </h2>
        <SelectField
          name="jaar"
          label={t('plan.programme.finances.filter.year')}
          emptyLabel={t('plan.programme.finances.filter.allYears')}
          options={finances.years.map((y) => ({ value: String(y), label: String(y) }))}
          defaultValue={finances.year !== null ? String(finances.year) : ''}
        />
        <TextField
          name="gebied"
          label={t('plan.programme.finances.filter.area')}
          description={t('plan.programme.finances.filter.area.description')}
          defaultValue={areaText}
        />
        <div className="wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('plan.programme.finances.filter.apply')}</SubmitButton>
        </div>
      </form>

      <FinanceSummaryView summary={finances.summary} id="programma" />

      <section aria-labelledby="projecten-heading">
        <h2 className="utrecht-heading-2" id="projecten-heading">
          {t('plan.programme.finances.projects')}
        </h2>
        {finances.projects.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.programme.finances.noProjects')}</p>
        ) : (
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.project')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.plan')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.owner')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.committed')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.spent')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.otherShare')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {finances.projects.map((p) => (
                <tr className="utrecht-table__row" key={p.item.id}>
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link
                      className="utrecht-link"
                      to={`/wijkplannen/${p.plan.id}/onderdelen/${p.item.id}/financiering`}
                    >
                      {p.item.title}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/wijkplannen/${p.plan.id}`}>
                      {p.plan.title}
                    </Link>{' '}
                    ({p.plan.areaName})
                  </td>
                  <td className="utrecht-table__cell">{p.item.ownerOrganisation?.name ?? ''}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatEuro(p.summary.committedCents, locale)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatEuro(p.summary.spentCents, locale)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {p.summary.otherSharePercent === null
                      ? t('plan.finance.noShare')
                      : formatPercent(p.summary.otherSharePercent, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="utrecht-table__footer">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row" colSpan={3}>
                  {t('plan.programme.finances.programmeShare')}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {formatEuro(finances.summary.committedCents, locale)}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {formatEuro(finances.summary.spentCents, locale)}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {finances.summary.otherSharePercent === null
                    ? t('plan.finance.noShare')
                    : formatPercent(finances.summary.otherSharePercent, locale)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={csvHref} download>
            {t('plan.programme.finances.csv')}
          </a>
        </p>
      </section>
    </>
  );
}
