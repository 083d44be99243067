import type { ServiceContext } from '../../../core/audit/write.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { amsterdamDay, lastMonths, seriesTrend } from './figures.ts';
import { resolveScope } from './scope.ts';
import { categoryNames } from './signal-names.ts';
import { countsPerRowArea } from './signals.repository.ts';
import type { TrendRow, Trends } from './signals.ts';

// The trends page: per area and category what came in over the last 12 months, with a
// direction (the last three complete months against the three before). One grouped query.

function row(key: string, name: string, months: number[]): TrendRow {
  const t = seriesTrend(months, 3, true);
  return {
    key,
    name,
    months,
    total: months.reduce((n, x) => n + x, 0),
    current: t.current,
    previous: t.previous,
    direction: t.direction,
  };
}

export async function getTrends(
  ctx: ServiceContext,
  input: { areaCode?: string | undefined; categoryId?: string | undefined; locale: Locale },
  now = new Date(),
): Promise<Trends> {
  const scope = await resolveScope(ctx, input.areaCode);
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const today = amsterdamDay(now);
  const months = lastMonths(today, 12);
  const categories = await categoryNames(db, m, input.locale);
  const category = categories.find((c) => c.id === input.categoryId) ?? null;
  // Items on the chosen area itself (not in one of its children) get a row of their own.
  const rowAreas = [...scope.rowAreas];
  const self = scope.area ?? null;
  if (self && !rowAreas.some((a) => a.code === self.code)) rowAreas.push(self);
  const counts = await countsPerRowArea(db, m, scope.paths, rowAreas, `${months[0]}-01`);
  const monthIndex = new Map(months.map((mo, i) => [mo, i]));
  const empty = () => months.map(() => 0);
  const perArea = new Map<string, Map<string, number[]>>();
  const perCategory = new Map<string, number[]>();
  const total = empty();
  for (const r of counts) {
    if (category && r.category_id !== category.id) continue;
    const i = monthIndex.get(r.month);
    if (i === undefined) continue;
    let cats = perArea.get(r.area_key);
    if (!cats) {
      cats = new Map();
      perArea.set(r.area_key, cats);
    }
    const series = cats.get(r.category_id) ?? empty();
    series[i] = (series[i] ?? 0) + r.n;
    cats.set(r.category_id, series);
    const all = perCategory.get(r.category_id) ?? empty();
    all[i] = (all[i] ?? 0) + r.n;
    perCategory.set(r.category_id, all);
    total[i] = (total[i] ?? 0) + r.n;
  }
  const catRows = (map: Map<string, number[]>) =>
    categories.filter((c) => map.has(c.id)).map((c) => row(c.id, c.name, map.get(c.id) ?? empty()));
  const areas = rowAreas
    .filter((a) => a !== self || perArea.has(a.code))
    .map((a) => {
      const cats = perArea.get(a.code) ?? new Map<string, number[]>();
      const sum = empty();
      for (const s of cats.values()) for (const [i, v] of s.entries()) sum[i] = (sum[i] ?? 0) + v;
      return { code: a.code, name: a.name, total: row(a.code, a.name, sum), categories: catRows(cats) };
    });
  return {
    today,
    scope: { area: scope.area, office: scope.office, choices: scope.choices },
    months,
    category: category ? { id: category.id, name: category.name } : null,
    categoryChoices: categories.map((c) => ({ id: c.id, name: c.name })),
    total: row('total', '', total),
    areas,
    byCategory: catRows(perCategory),
  };
}
