import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { DomainError, NotFoundError } from '../../core/errors.ts';
import type { SocialMapApp } from './asset-access.ts';
import { assetRowsByEmail, setPublicationConsent } from './assets.repository.ts';
import { withdrawConsents } from './consents.repository.ts';
import { type ConsentPurpose, consentPurposes } from './key-person-consent.ts';
import './policy.ts';
import { readToken } from './signed-token.ts';
import { smDb, smTx } from './social-map.tables.ts';

/**
 * A key person withdraws a consent themselves, through their personal-data link (no account, no
 * editor needed: withdrawing must be as easy as giving). Without publication consent the entry
 * is staff-only again at once.
 */
export async function withdrawConsentByLink(
  app: SocialMapApp,
  ctx: ServiceContext,
  token: string,
  assetId: string,
  purpose: ConsentPurpose,
): Promise<{ withdrawn: number }> {
  const municipalityId = ctx.actor.municipalityId;
  const payload = readToken(app.secret, token, 'personal-data', municipalityId);
  if (!payload) throw new DomainError('socialMap.error.invalidLink');
  if (!consentPurposes.includes(purpose)) throw new DomainError('error.validation');
  const rows = await assetRowsByEmail(smDb(ctx.db), municipalityId, payload.s);
  // Only the key person entries this address is the contact of.
  const row = rows.find((a) => a.id === assetId && a.kind === 'key_person');
  if (!row) throw new NotFoundError('asset');
  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const withdrawn = await withdrawConsents(tx, municipalityId, row.id, purpose, new Date());
    if (purpose === 'publication') await setPublicationConsent(tx, municipalityId, row.id, false);
    audit({
      action: 'social_map.consent.withdraw',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { purpose, withdrawn, via: 'personal-data link' },
    });
    return { withdrawn };
  });
}
