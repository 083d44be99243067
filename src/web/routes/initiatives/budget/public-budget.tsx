import { data, Link } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { budgetText } from '../../../../modules/initiatives/budget/budget-i18n.ts';
// The part's and the module's texts must be registered in the page bundle too (hydration).
import '../../../../modules/initiatives/budget/budget-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getPublicBudget } from '../../../../modules/initiatives/budget/get-public-budget.ts';
import { formatEuro } from '../../../../modules/initiatives/budget/money.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/public-budget.ts';
import { Facts, Paragraphs } from './budget-parts.tsx';

// The published page of an area's quick budget, for everyone: the amount, what is left, the
// rules (what may be paid for), and the initiatives that got money — their title, buurt and
// amount, nothing about who asked. ?jaar= shows another year.

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const yearText = new URL(request.url).searchParams.get('jaar') ?? '';
  if (yearText !== '' && !/^\d{4}$/.test(yearText)) throw data(null, { status: 404 });
  try {
    const view = await getPublicBudget(
      serviceContext(rc),
      params.areaCode,
      yearText ? Number(yearText) : undefined,
    );
    const title = view.budget
      ? budgetText(rc.locale, 'initiatives.budget.public.titleYear', {
          area: view.area.name,
          year: view.budget.year,
        })
      : budgetText(rc.locale, 'initiatives.budget.public.title', { area: view.area.name });
    return { view, title };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function Bar({ reserved, amount, label }: { reserved: number; amount: number; label: string }) {
  const share = amount > 0 ? Math.min(1, reserved / amount) : 0;
  return (
    <svg
      className="wijkwerk-budget-bar"
      width="320"
      height="24"
      viewBox="0 0 320 24"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <rect x="0" y="2" width="320" height="20" fill="#e8e8e8" stroke="#4b4b4b" />
      <rect x="0" y="2" width={Math.round(320 * share)} height="20" fill="#1a5e8a" />
    </svg>
  );
}

export default function PublicBudget({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { view, title } = loaderData;
  const b = view.budget;
  const euro = (cents: number) => formatEuro(cents, locale);
  const rules = b ? (locale === 'en' && b.rulesEn ? b.rulesEn : b.rules) : '';
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.start(), label: t('initiatives.title') },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{t('initiatives.budget.public.intro')}</p>
      {!b ? (
        <p className="utrecht-paragraph">{t('initiatives.budget.public.none', { area: view.area.name })}</p>
      ) : (
        <>
          <section aria-labelledby="cijfers">
            <h2 className="utrecht-heading-2" id="cijfers">
              {t('initiatives.budget.public.figures')}
            </h2>
            <Facts
              items={[
                [t('initiatives.budget.amount'), euro(b.amountCents)],
                [t('initiatives.budget.reserved'), euro(b.reservedCents)],
                [t('initiatives.budget.available'), euro(b.availableCents)],
                [t('initiatives.budget.max'), euro(b.maxPerInitiativeCents)],
              ]}
            />
            <Bar
              reserved={b.reservedCents}
              amount={b.amountCents}
              label={t('initiatives.budget.public.bar', {
                reserved: euro(b.reservedCents),
                amount: euro(b.amountCents),
                available: euro(b.availableCents),
              })}
            />
          </section>
          <section aria-labelledby="regels">
            <h2 className="utrecht-heading-2" id="regels">
              {t('initiatives.budget.public.rules')}
            </h2>
            <Paragraphs text={rules} />
          </section>
          <section aria-labelledby="aanvragen">
            <h2 className="utrecht-heading-2" id="aanvragen">
              {t('initiatives.budget.public.apply')}
            </h2>
            <p className="utrecht-paragraph">{t('initiatives.budget.public.applyText')}</p>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={initiativesPaths.submit()}>
                {t('initiatives.budget.public.applyLink')}
              </Link>
            </p>
          </section>
          <section aria-labelledby="toegekend">
            <h2 className="utrecht-heading-2" id="toegekend">
              {t('initiatives.budget.public.granted')}
            </h2>
            {view.grants.length === 0 ? (
              <p className="utrecht-paragraph">{t('initiatives.budget.public.noGrants')}</p>
            ) : (
              <table className="utrecht-table">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('initiatives.budget.col.initiative')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('initiatives.budget.col.neighbourhood')}
                    </th>
                    <th
                      className="utrecht-table__header-cell utrecht-table__header-cell--numeric"
                      scope="col"
                    >
                      {t('initiatives.budget.col.amount')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('initiatives.budget.col.grantStatus')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('initiatives.budget.col.grantedOn')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {view.grants.map((g) => (
                    <tr className="utrecht-table__row" key={g.id}>
                      <th className="utrecht-table__header-cell" scope="row">
                        {g.title}
                      </th>
                      <td className="utrecht-table__cell">{g.areaName}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {euro(g.amountCents)}
                      </td>
                      <td className="utrecht-table__cell">
                        {t(`initiatives.budget.grantStatus.${g.status}`)}
                      </td>
                      <td className="utrecht-table__cell">{g.grantedOn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      {view.years.filter((y) => y !== b?.year).length > 0 ? (
        <section aria-labelledby="jaren">
          <h2 className="utrecht-heading-2" id="jaren">
            {t('initiatives.budget.public.otherYears')}
          </h2>
          <ul className="utrecht-unordered-list">
            {view.years
              .filter((y) => y !== b?.year)
              .map((y) => (
                <li className="utrecht-unordered-list__item" key={y}>
                  <Link
                    className="utrecht-link"
                    to={`${initiativesPaths.publicBudget(view.area.code)}?jaar=${y}`}
                  >
                    {t('initiatives.budget.public.yearLink', { year: y })}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
