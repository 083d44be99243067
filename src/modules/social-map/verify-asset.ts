import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { DomainError } from '../../core/errors.ts';
import { assetResource, requireAssetAccess, requireAssetRow, type SocialMapApp } from './asset-access.ts';
import { findAssetRow, markVerified } from './assets.repository.ts';
import './policy.ts';
import { readToken } from './signed-token.ts';
import { smDb, smTx } from './social-map.tables.ts';

/** The owner or an editor confirms the item is still correct: it is fresh again. */
export async function verifyAsset(ctx: ServiceContext, assetId: string): Promise<void> {
  const row = await requireAssetRow(ctx.db, ctx.actor.municipalityId, assetId);
  requireAssetAccess(ctx.actor, 'update', assetResource(row));
  const by = { personId: ctx.actor.personId, label: ctx.actor.label };
  await runWrite(ctx, async (wtx, audit) => {
    await markVerified(smTx(wtx), ctx.actor.municipalityId, row.id, by, new Date());
    audit({ action: 'social_map.asset.verify', resourceType: 'asset', resourceId: row.id });
  });
}

/**
 * The one-click "still correct" link from the reminder. The signed token names the item; it
 * works without an account, and clicking twice does no harm.
 */
export async function verifyAssetByToken(
  app: SocialMapApp,
  ctx: ServiceContext,
  token: string,
): Promise<{ assetId: string; title: string }> {
  const municipalityId = ctx.actor.municipalityId;
  const payload = readToken(app.secret, token, 'verify', municipalityId);
  const row = payload ? await findAssetRow(smDb(ctx.db), municipalityId, payload.s) : undefined;
  if (!row || row.status === 'archived' || row.status === 'rejected')
    throw new DomainError('socialMap.error.invalidLink');
  await runWrite(ctx, async (wtx, audit) => {
    await markVerified(
      smTx(wtx),
      municipalityId,
      row.id,
      { personId: null, label: 'owner (e-mail link)' },
      new Date(),
    );
    audit({
      action: 'social_map.asset.verify',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { via: 'link' },
    });
  });
  return { assetId: row.id, title: row.title };
}
