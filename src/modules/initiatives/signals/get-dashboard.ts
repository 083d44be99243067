import type { ServiceContext } from '../../../core/audit/write.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { itemStatuses } from '../initiatives.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { amsterdamDay, changePercent, lastMonths, lastWeeks, trendDirection, weekStart } from './figures.ts';
import { resolveScope } from './scope.ts';
import { categoryNames } from './signal-names.ts';
import { monthlyCounts, openCounts, organisationNames, weeklyCounts } from './signals.repository.ts';
import type { Dashboard, PeriodTrend } from './signals.ts';

// The officer's dashboard: what is open now (overdue and escalated per department and
// category), and what came in over the last 12 months and 12 weeks, with the trend of the last
// complete week and month against the one before. Five grouped queries over initiative_items,
// whatever their number (bench/initiatives-dashboard.ts measures them over 1M items).

function periodTrend(current: number, previous: number): PeriodTrend {
  return {
    current,
    previous,
    direction: trendDirection(current, previous),
    changePercent: changePercent(current, previous),
  };
}

export async function getDashboard(
  ctx: ServiceContext,
  input: { areaCode?: string | undefined; locale: Locale },
  now = new Date(),
): Promise<Dashboard> {
  const scope = await resolveScope(ctx, input.areaCode);
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const today = amsterdamDay(now);
  const months = lastMonths(today, 12);
  const weeks = lastWeeks(today, 12);
  const periodFrom = `${months[0]}-01`;
  const [open, monthly, weekly, categories] = await Promise.all([
    openCounts(db, m, scope.paths, today),
    monthlyCounts(db, m, scope.paths, periodFrom),
    weeklyCounts(db, m, scope.paths, weeks[0] ?? weekStart(today)),
    categoryNames(db, m, input.locale),
  ]);
  const orgNames = await organisationNames(
    db,
    m,
    open.map((r) => r.owner_organisation_id),
  );

  const departments = new Map<string, { open: number; overdue: number; escalated: number }>();
  const perCategory = new Map<string, { received: number; open: number; overdue: number }>();
  const categoryEntry = (id: string) => {
    let e = perCategory.get(id);
    if (!e) {
      e = { received: 0, open: 0, overdue: 0 };
      perCategory.set(id, e);
    }
    return e;
  };
  const totals = { total: 0, overdue: 0, escalated: 0 };
  for (const r of open) {
    const d = departments.get(r.owner_organisation_id) ?? { open: 0, overdue: 0, escalated: 0 };
    d.open += r.n;
    d.overdue += r.overdue;
    d.escalated += r.escalated;
    departments.set(r.owner_organisation_id, d);
    const c = categoryEntry(r.category_id);
    c.open += r.n;
    c.overdue += r.overdue;
    totals.total += r.n;
    totals.overdue += r.overdue;
    totals.escalated += r.escalated;
  }
  const byStatus = new Map<string, number>();
  const byMonth = new Map<string, number>();
  let periodTotal = 0;
  for (const r of monthly) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.n);
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.n);
    categoryEntry(r.category_id).received += r.n;
    periodTotal += r.n;
  }
  const byWeek = new Map(weekly.map((r) => [r.week, r.n]));
  const monthSeries = months.map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
  const weekSeries = weeks.map((week) => ({ week, count: byWeek.get(week) ?? 0 }));
  // The running week and month are incomplete: compare the last complete ones.
  const at = <T extends { count: number }>(xs: T[], fromEnd: number) => xs[xs.length - fromEnd]?.count ?? 0;
  const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  return {
    today,
    scope: { area: scope.area, office: scope.office, choices: scope.choices },
    open: totals,
    periodFrom,
    periodTotal,
    byStatus: itemStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    departments: [...departments.entries()]
      .map(([organisationId, d]) => ({ organisationId, name: orgNames.get(organisationId) ?? '—', ...d }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, 'nl')),
    categories: [...perCategory.entries()]
      .map(([categoryId, c]) => ({ categoryId, name: categoryName.get(categoryId) ?? '—', ...c }))
      .sort((a, b) => (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0)),
    months: monthSeries,
    weeks: weekSeries,
    monthTrend: periodTrend(at(monthSeries, 2), at(monthSeries, 3)),
    weekTrend: periodTrend(at(weekSeries, 2), at(weekSeries, 3)),
  };
}
