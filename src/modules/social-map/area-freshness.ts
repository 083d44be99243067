import { findAreaRowByCode } from '../../core/areas/areas.repository.ts';
import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { publishedVerificationDates } from './assets.repository.ts';
import { dueAt, freshnessShare } from './freshness.ts';
import './policy.ts';
import { findSettings } from './settings.repository.ts';
import { smDb } from './social-map.tables.ts';

export interface AreaFreshness {
  areaCode: string;
  published: number;
  verifiedWithinPeriod: number;
  /** 0..1: share of published items verified within the period. */
  share: number;
  periodMonths: number;
}

/** How current the map of an area (and everything below it) is. */
export async function areaFreshness(
  db: Db,
  actor: Actor,
  areaCode: string,
  now = new Date(),
): Promise<AreaFreshness> {
  const area = await findAreaRowByCode(db, actor.municipalityId, areaCode);
  if (!area) throw new NotFoundError('area');
  requireAccess(actor, 'read', {
    type: 'editorial_policy',
    municipalityId: actor.municipalityId,
    areaPath: area.path,
  });
  const settings = await findSettings(smDb(db), actor.municipalityId);
  const items = await publishedVerificationDates(smDb(db), actor.municipalityId, area.path);
  const facts = items.map((lastVerifiedAt) => ({ lastVerifiedAt, reminderSentAt: null }));
  return {
    areaCode: area.code,
    published: items.length,
    verifiedWithinPeriod: facts.filter((f) => now < dueAt(f, settings)).length,
    share: freshnessShare(facts, settings, now),
    periodMonths: settings.verifyAfterMonths,
  };
}
