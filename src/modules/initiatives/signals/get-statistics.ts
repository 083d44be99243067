import { z } from 'zod';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { addMonths, amsterdamDay, lastMonths } from './figures.ts';
import { resolveScope } from './scope.ts';
import { statisticsRows } from './signals.repository.ts';
import type { StatisticsRow } from './signals.ts';

// Counts per area (the item's own area, usually a buurt), category and month, for staff in the
// same scope as the dashboard: everything for the office, the covered areas for area officers.

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.invalid');

export const statisticsInput = z.object({
  areaCode: z.string().trim().max(20).optional(),
  from: month.optional(),
  to: month.optional(),
});
export type StatisticsInput = z.input<typeof statisticsInput>;

function lastDayOf(mo: string): string {
  const next = new Date(`${addMonths(mo, 1)}-01T00:00:00Z`);
  next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

export async function getStatistics(
  ctx: ServiceContext,
  input: StatisticsInput,
  now = new Date(),
): Promise<{ from: string; to: string; area: { code: string; name: string } | null; rows: StatisticsRow[] }> {
  const f = parseInput(statisticsInput, input);
  const today = amsterdamDay(now);
  const to = f.to ?? today.slice(0, 7);
  const from = f.from ?? lastMonths(today, 12)[0] ?? to;
  if (from > to) throw new ValidationError([{ field: 'from', key: 'initiatives.signals.error.period' }]);
  if (addMonths(from, 36) <= to)
    throw new ValidationError([{ field: 'from', key: 'initiatives.signals.error.periodLong' }]);
  const scope = await resolveScope(ctx, f.areaCode || undefined);
  const rows = await statisticsRows(
    initiativesDb(ctx.db),
    ctx.actor.municipalityId,
    scope.paths,
    `${from}-01`,
    lastDayOf(to),
  );
  return {
    from,
    to,
    area: scope.area ? { code: scope.area.code, name: scope.area.name } : null,
    rows: rows.map((r) => ({
      areaCode: r.area_code,
      areaName: r.area_name,
      categoryId: r.category_id,
      categoryCode: r.category_code,
      month: r.month,
      count: r.n,
      open: r.open,
    })),
  };
}
