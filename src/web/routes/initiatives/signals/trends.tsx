import { useId } from 'react';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getTrends } from '../../../../modules/initiatives/signals/get-trends.ts';
import type { TrendRow } from '../../../../modules/initiatives/signals/signals.ts';
import '../../../../modules/initiatives/signals/signals-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/trends.ts';
import { LineChart } from './signals-charts.tsx';
import { monthLabel } from './signals-format.ts';
import { ScopeFilter, ScopeText, SignalsNav } from './signals-nav.tsx';

// Trends per area and category: 12 months of what came in, a line per area and a table per area
// with a row per category and the direction (last three complete months against the three before).

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const areaCode = url.searchParams.get('gebied') ?? '';
  const categoryId = url.searchParams.get('categorie') ?? '';
  try {
    const tr = await getTrends(serviceContext(rc), {
      areaCode: areaCode || undefined,
      categoryId: categoryId || undefined,
      locale: rc.locale,
    });
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    return {
      title: t('initiatives.signals.trends.title'),
      areaCode: tr.scope.area?.code ?? '',
      categoryId: tr.category?.id ?? '',
      scope: tr.scope,
      categoryChoices: tr.categoryChoices.map((c) => ({ value: c.id, label: c.name })),
      months: tr.months.map((m) => ({
        key: m,
        short: monthLabel(rc.locale, m),
        long: monthLabel(rc.locale, m, 'long'),
      })),
      total: tr.total,
      areas: tr.areas,
      byCategory: tr.byCategory,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

type Month = { key: string; short: string; long: string };

function Direction({ row }: { row: TrendRow }) {
  const { t } = useShell();
  const arrow = row.direction === 'up' ? '↑' : row.direction === 'down' ? '↓' : '→';
  return (
    <>
      <span aria-hidden="true">{arrow} </span>
      {t('initiatives.signals.directionWithCounts', {
        direction: t(`initiatives.signals.direction.${row.direction}`),
        previous: row.previous,
        current: row.current,
      })}
    </>
  );
}

function TrendTable({
  caption,
  months,
  rows,
  total,
}: {
  caption: string;
  months: Month[];
  rows: TrendRow[];
  total: TrendRow;
}) {
  const { t } = useShell();
  const captionId = useId();
  return (
    <section
      className="utrecht-table-container wijkwerk-table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
      tabIndex={0}
      aria-labelledby={captionId}
    >
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.trends.category')}
            </th>
            {months.map((m) => (
              <th
                key={m.key}
                scope="col"
                className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
              >
                <abbr title={m.long}>{m.short}</abbr>
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t('initiatives.signals.trends.total')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.trends.direction')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {[...rows, { ...total, name: t('initiatives.signals.trends.total'), key: '__total' }].map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {r.name}
              </th>
              {r.months.map((n, i) => (
                <td
                  key={months[i]?.key ?? i}
                  className="utrecht-table__cell utrecht-table__cell--numeric-data"
                >
                  {n}
                </td>
              ))}
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{r.total}</td>
              <td className="utrecht-table__cell">
                <Direction row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function TrendsPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const labels = d.months.map((m) => m.short);
  const direction = (r: TrendRow) => t(`initiatives.signals.direction.${r.direction}`);
  return (
    <>
      <Breadcrumb
        items={[{ href: initiativesPaths.start(), label: t('initiatives.title') }]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <SignalsNav current="trends" />
      <ScopeText office={d.scope.office} area={d.scope.area} />
      <p className="utrecht-paragraph">{t('initiatives.signals.trends.intro')}</p>
      <ScopeFilter
        action={initiativesPaths.trends()}
        office={d.scope.office}
        choices={d.scope.choices}
        areaCode={d.areaCode}
      >
        <SelectField
          name="categorie"
          label={t('initiatives.signals.trends.category')}
          options={d.categoryChoices}
          emptyLabel={t('initiatives.signals.trends.allCategories')}
          defaultValue={d.categoryId}
        />
      </ScopeFilter>

      <LineChart
        id="trend-total"
        title={t('initiatives.signals.trends.totalChart')}
        description={t('initiatives.signals.trends.totalChartDescription', {
          first: d.months[0]?.long ?? '',
          last: d.months.at(-1)?.long ?? '',
          direction: direction(d.total),
        })}
        labels={labels}
        values={d.total.months}
      />

      <section aria-labelledby="per-category">
        <h2 className="utrecht-heading-2" id="per-category">
          {t('initiatives.signals.trends.perCategory')}
        </h2>
        {d.byCategory.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.signals.trends.empty')}</p>
        ) : (
          <TrendTable
            caption={t('initiatives.signals.trends.categoryTable')}
            months={d.months}
            rows={d.byCategory}
            total={d.total}
          />
        )}
      </section>

      <section aria-labelledby="per-area">
        <h2 className="utrecht-heading-2" id="per-area">
          {t('initiatives.signals.trends.perArea')}
        </h2>
        {d.areas.map((a) => (
          <section key={a.code} aria-labelledby={`area-${a.code}`}>
            <h3 className="utrecht-heading-3" id={`area-${a.code}`}>
              {a.name}
            </h3>
            {a.total.total === 0 ? (
              <p className="utrecht-paragraph">{t('initiatives.signals.trends.empty')}</p>
            ) : (
              <>
                <LineChart
                  id={`trend-${a.code}`}
                  title={a.name}
                  description={t('initiatives.signals.trends.areaChartDescription', {
                    area: a.name,
                    direction: direction(a.total),
                  })}
                  labels={labels}
                  values={a.total.months}
                  compact
                />
                <TrendTable
                  caption={t('initiatives.signals.trends.areaTable', { area: a.name })}
                  months={d.months}
                  rows={a.categories}
                  total={a.total}
                />
              </>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
