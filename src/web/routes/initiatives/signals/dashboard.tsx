import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getDashboard } from '../../../../modules/initiatives/signals/get-dashboard.ts';
import '../../../../modules/initiatives/signals/signals-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { BarChart } from '../../../components/social-map/bar-chart.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/dashboard.ts';
import { ColumnChart } from './signals-charts.tsx';
import { dayLabel, monthLabel } from './signals-format.ts';
import { ScopeFilter, ScopeText, SignalsNav } from './signals-nav.tsx';

// The officer's dashboard: what is open now per department and category (overdue and escalated
// as numbers and words, not colour), and what came in per month and week with the trend of the
// last complete period. Area officers see their areas, the office the whole municipality.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const areaCode = url.searchParams.get('gebied') ?? '';
  try {
    const d = await getDashboard(serviceContext(rc), { areaCode: areaCode || undefined, locale: rc.locale });
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const direction = (dir: string) => t(`initiatives.signals.direction.${dir}`);
    const lastMonth = d.months.at(-2)?.month ?? '';
    const lastWeek = d.weeks.at(-2)?.week ?? '';
    return {
      title: d.scope.area
        ? t('initiatives.signals.dashboard.titleIn', { area: d.scope.area.name })
        : t('initiatives.signals.dashboard.title'),
      areaCode: d.scope.area?.code ?? '',
      scope: d.scope,
      open: d.open,
      received: t('initiatives.signals.dashboard.received', {
        date: dayLabel(rc.locale, d.periodFrom),
        count: d.periodTotal,
      }),
      byStatus: d.byStatus.map((s) => ({ ...s, label: t(`initiatives.status.${s.status}`) })),
      departments: d.departments,
      categories: d.categories,
      months: d.months.map((m, i) => ({
        key: m.month,
        label: monthLabel(rc.locale, m.month),
        count: m.count,
        running: i === d.months.length - 1,
      })),
      weeks: d.weeks.map((w, i) => ({
        key: w.week,
        label: dayLabel(rc.locale, w.week),
        short: w.week.slice(5).split('-').reverse().join('-'),
        count: w.count,
        running: i === d.weeks.length - 1,
      })),
      monthTrend: t('initiatives.signals.dashboard.monthTrend', {
        period: monthLabel(rc.locale, lastMonth, 'long'),
        current: d.monthTrend.current,
        previous: d.monthTrend.previous,
        direction: direction(d.monthTrend.direction),
      }),
      monthChange: d.monthTrend.changePercent,
      weekTrend: t('initiatives.signals.dashboard.weekTrend', {
        period: dayLabel(rc.locale, lastWeek),
        current: d.weekTrend.current,
        previous: d.weekTrend.previous,
        direction: direction(d.weekTrend.direction),
      }),
      weekChange: d.weekTrend.changePercent,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function DashboardPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const running = (label: string, isRunning: boolean) =>
    isRunning ? `${label} ${t('initiatives.signals.dashboard.running')}` : label;
  return (
    <>
      <Breadcrumb
        items={[{ href: initiativesPaths.start(), label: t('initiatives.title') }]}
        current={t('initiatives.signals.dashboard.title')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <SignalsNav current="dashboard" />
      <ScopeText office={d.scope.office} area={d.scope.area} />
      <ScopeFilter
        action={initiativesPaths.dashboard()}
        office={d.scope.office}
        choices={d.scope.choices}
        areaCode={d.areaCode}
      />

      <section aria-labelledby="open-now">
        <h2 className="utrecht-heading-2" id="open-now">
          {t('initiatives.signals.dashboard.open')}
        </h2>
        <p className="utrecht-paragraph">
          {t('initiatives.signals.dashboard.openText', {
            total: d.open.total,
            overdue: d.open.overdue,
            escalated: d.open.escalated,
          })}
        </p>
      </section>

      <section aria-labelledby="departments">
        <h2 className="utrecht-heading-2" id="departments">
          {t('initiatives.signals.dashboard.departments')}
        </h2>
        {d.departments.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.signals.dashboard.noneOpen')}</p>
        ) : (
          <>
            <BarChart
              id="chart-departments"
              title={t('initiatives.signals.dashboard.departments')}
              description={t('initiatives.signals.dashboard.departmentsChart')}
              bars={d.departments.map((o) => ({
                label: o.name,
                segments: [
                  { label: t('initiatives.signals.dashboard.withinTerm'), value: o.open - o.overdue },
                  { label: t('initiatives.signals.dashboard.overdue'), value: o.overdue },
                ],
              }))}
            />
            <DataTable
              caption={t('initiatives.signals.dashboard.departments')}
              rows={d.departments}
              rowKey={(o) => o.organisationId}
              columns={[
                { header: t('initiatives.signals.dashboard.department'), cell: (o) => o.name },
                { header: t('initiatives.signals.dashboard.openColumn'), cell: (o) => o.open, numeric: true },
                { header: t('initiatives.signals.dashboard.overdue'), cell: (o) => o.overdue, numeric: true },
                {
                  header: t('initiatives.signals.dashboard.escalated'),
                  cell: (o) => o.escalated,
                  numeric: true,
                },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="by-status">
        <h2 className="utrecht-heading-2" id="by-status">
          {t('initiatives.signals.dashboard.byStatus')}
        </h2>
        <p className="utrecht-paragraph">{d.received}</p>
        <BarChart
          id="chart-status"
          title={t('initiatives.signals.dashboard.byStatus')}
          description={t('initiatives.signals.dashboard.byStatusChart')}
          bars={d.byStatus.map((s) => ({ label: s.label, segments: [{ label: s.label, value: s.count }] }))}
        />
        <DataTable
          caption={t('initiatives.signals.dashboard.byStatus')}
          rows={d.byStatus}
          rowKey={(s) => s.status}
          columns={[
            { header: t('initiatives.signals.dashboard.status'), cell: (s) => s.label },
            { header: t('initiatives.signals.dashboard.count'), cell: (s) => s.count, numeric: true },
          ]}
        />
      </section>

      <section aria-labelledby="categories">
        <h2 className="utrecht-heading-2" id="categories">
          {t('initiatives.signals.dashboard.categories')}
        </h2>
        <DataTable
          caption={t('initiatives.signals.dashboard.categories')}
          rows={d.categories}
          rowKey={(c) => c.categoryId}
          empty={t('initiatives.signals.dashboard.noCategories')}
          columns={[
            { header: t('initiatives.signals.dashboard.category'), cell: (c) => c.name },
            {
              header: t('initiatives.signals.dashboard.receivedColumn'),
              cell: (c) => c.received,
              numeric: true,
            },
            { header: t('initiatives.signals.dashboard.openColumn'), cell: (c) => c.open, numeric: true },
            { header: t('initiatives.signals.dashboard.overdue'), cell: (c) => c.overdue, numeric: true },
          ]}
        />
      </section>

      <section aria-labelledby="months">
        <h2 className="utrecht-heading-2" id="months">
          {t('initiatives.signals.dashboard.months')}
        </h2>
        <p className="utrecht-paragraph">
          {d.monthTrend}
          {d.monthChange !== null
            ? ` ${t('initiatives.signals.dashboard.change', { percent: d.monthChange })}`
            : ''}
        </p>
        <ColumnChart
          id="chart-months"
          title={t('initiatives.signals.dashboard.months')}
          description={t('initiatives.signals.dashboard.monthsChart')}
          columns={d.months.map((m) => ({ label: m.label, value: m.count, running: m.running }))}
        />
        <DataTable
          caption={t('initiatives.signals.dashboard.months')}
          rows={d.months}
          rowKey={(m) => m.key}
          columns={[
            { header: t('initiatives.signals.dashboard.month'), cell: (m) => running(m.label, m.running) },
            { header: t('initiatives.signals.dashboard.count'), cell: (m) => m.count, numeric: true },
          ]}
        />
      </section>

      <section aria-labelledby="weeks">
        <h2 className="utrecht-heading-2" id="weeks">
          {t('initiatives.signals.dashboard.weeks')}
        </h2>
        <p className="utrecht-paragraph">
          {d.weekTrend}
          {d.weekChange !== null
            ? ` ${t('initiatives.signals.dashboard.change', { percent: d.weekChange })}`
            : ''}
        </p>
        <ColumnChart
          id="chart-weeks"
          title={t('initiatives.signals.dashboard.weeks')}
          description={t('initiatives.signals.dashboard.weeksChart')}
          columns={d.weeks.map((w) => ({ label: w.short, value: w.count, running: w.running }))}
        />
        <DataTable
          caption={t('initiatives.signals.dashboard.weeks')}
          rows={d.weeks}
          rowKey={(w) => w.key}
          columns={[
            { header: t('initiatives.signals.dashboard.week'), cell: (w) => running(w.label, w.running) },
            { header: t('initiatives.signals.dashboard.count'), cell: (w) => w.count, numeric: true },
          ]}
        />
      </section>
    </>
  );
}
