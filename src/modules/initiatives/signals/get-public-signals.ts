import { z } from 'zod';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativeConfigResource } from '../policy.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { amsterdamDay, lastMonths, roundCoordinate } from './figures.ts';
import { categoryNames } from './signal-names.ts';
import { publicMapOn, publicPoints } from './signals.repository.ts';
import type { PublicSignals } from './signals.ts';

// The public signal map (opt-in): only when the municipality has switched it on, only
// categories marked for it, only items with a point that were not withdrawn from it or
// cancelled. A point is rounded to 3 decimals and counted with the others on the same rounded
// point; what a resident wrote (title, description, address), their contact details and the
// item's id never leave this service: category, status and month are all there is.

export const publicSignalsInput = z.object({
  months: z.coerce.number().int().min(1).max(12).default(3),
  category: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,59}$/, 'validation.invalid')
    .optional(),
  areaCode: z.string().trim().max(20).optional(),
});
export type PublicSignalsInput = z.input<typeof publicSignalsInput>;

export const publicSignalsLimit = 5000;

export async function getPublicSignals(
  db: Db,
  actor: Actor,
  input: PublicSignalsInput,
  locale: Locale,
  now = new Date(),
): Promise<PublicSignals> {
  const config: InitiativeConfigResource = {
    type: 'initiative_config',
    municipalityId: actor.municipalityId,
  };
  requireAccess(actor, 'read', config);
  const f = parseInput(publicSignalsInput, input);
  const m = actor.municipalityId;
  const idb = initiativesDb(db);
  const from = `${lastMonths(amsterdamDay(now), f.months)[0]}-01`;
  if (!(await publicMapOn(idb, m)))
    return { enabled: false, from, months: f.months, categories: [], signals: [], truncated: false };
  let paths: string[] | null = null;
  if (f.areaCode) {
    const area = await findAreaRowByCode(db, m, f.areaCode.toUpperCase());
    if (!area) throw new NotFoundError('area');
    paths = [area.path];
  }
  const categories = (await categoryNames(idb, m, locale)).filter((c) => c.onPublicMap && c.active);
  const rows = await publicPoints(idb, m, {
    fromDay: from,
    categoryCode: f.category,
    paths,
    limit: publicSignalsLimit + 1,
  });
  const names = new Map(categories.map((c) => [c.code, c.name]));
  return {
    enabled: true,
    from,
    months: f.months,
    categories: categories.map((c) => ({ code: c.code, name: c.name })),
    truncated: rows.length > publicSignalsLimit,
    signals: rows.slice(0, publicSignalsLimit).map((r) => ({
      // Rounded in SQL already; rounding again keeps the rule in one tested place.
      lon: roundCoordinate(r.lon),
      lat: roundCoordinate(r.lat),
      categoryCode: r.category_code,
      category: names.get(r.category_code) ?? r.category_name,
      status: r.status,
      month: r.month,
      areaCode: r.area_code,
      areaName: r.area_name,
      count: r.n,
    })),
  };
}
