import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { PlanSnapshot, PlanVersion, PlanVersionDetail } from './review.ts';
import { isUuid, readablePlan, toVersion } from './review-access.ts';
import { findVersionRow, versionRows } from './reviews.repository.ts';
import { reviewsDb } from './reviews.tables.ts';
import { diffVersions, type VersionDiff } from './version-diff.ts';

type ReadContext = Pick<ServiceContext, 'db' | 'actor'>;

/** The plan's versions, newest first, a page at a time (before: the number to continue below). */
export async function listVersions(
  ctx: ReadContext,
  planId: string,
  page: { before?: number | undefined; limit?: number | undefined } = {},
): Promise<{ items: PlanVersion[]; nextBefore: number | null }> {
  const { plan } = await readablePlan(ctx, planId);
  const limit = page.limit ?? 50;
  const rows = await versionRows(reviewsDb(ctx.db), plan.municipalityId, plan.id, {
    before: page.before,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map(toVersion);
  return { items, nextBefore: rows.length > limit ? (items.at(-1)?.number ?? null) : null };
}

export async function getVersion(
  ctx: ReadContext,
  planId: string,
  versionId: string,
): Promise<PlanVersionDetail> {
  const { plan } = await readablePlan(ctx, planId);
  return versionOf(ctx, plan.municipalityId, plan.id, versionId);
}

async function versionOf(ctx: ReadContext, municipalityId: string, planId: string, versionId: string) {
  if (!isUuid(versionId)) throw new NotFoundError('plan_version');
  const row = await findVersionRow(reviewsDb(ctx.db), municipalityId, planId, versionId);
  if (!row) throw new NotFoundError('plan_version');
  return { ...toVersion(row), snapshot: row.snapshot as PlanSnapshot };
}

/** Any two versions of the plan compared, from the first to the second. */
export async function compareVersions(
  ctx: ReadContext,
  planId: string,
  fromId: string,
  toId: string,
): Promise<{ from: PlanVersionDetail; to: PlanVersionDetail; diff: VersionDiff }> {
  const { plan } = await readablePlan(ctx, planId);
  const from = await versionOf(ctx, plan.municipalityId, plan.id, fromId);
  const to = await versionOf(ctx, plan.municipalityId, plan.id, toId);
  return { from, to, diff: diffVersions(from.snapshot, to.snapshot) };
}
