import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { DomainError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import {
  assetResource,
  requireAssetAccess,
  requireAssetRow,
  type SocialMapApp,
  sendMail,
} from './asset-access.ts';
import { setPublicationConsent } from './assets.repository.ts';
import { type ConsentRecord, consentsOf, insertConsent, withdrawConsents } from './consents.repository.ts';
import { smText } from './i18n.ts';
import { socialMapLinks } from './links.ts';
import './policy.ts';
import { personalDataLinkToken } from './personal-data.ts';
import { smDb, smTx } from './social-map.tables.ts';

// Key persons are staff-only until they consent to publication. A consent records its purpose,
// when and how it was given, and the exact text the person agreed to.

export const consentPurposes = ['publication', 'network_contact'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const recordConsentInput = z.object({
  purpose: z.enum(consentPurposes),
  /** The text shown to the person, word for word. */
  consentText: z.string().trim().min(10).max(5000),
  givenVia: z.enum(['in_person', 'email', 'form', 'phone']),
  locale: z.enum(['nl', 'en']).default('nl'),
});
export type RecordConsentInput = z.input<typeof recordConsentInput>;

async function keyPersonForEditor(ctx: ServiceContext, assetId: string) {
  const row = await requireAssetRow(ctx.db, ctx.actor.municipalityId, assetId);
  // Only editors may update key persons (see policy.ts).
  requireAssetAccess(ctx.actor, 'update', assetResource(row));
  if (row.kind !== 'key_person') throw new DomainError('error.validation');
  return row;
}

/** An editor records a key person's consent; the person gets a copy with their personal-data link. */
export async function recordConsent(
  app: SocialMapApp,
  ctx: ServiceContext,
  assetId: string,
  input: RecordConsentInput,
): Promise<ConsentRecord> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await keyPersonForEditor(ctx, assetId);
  const data = parseInput(recordConsentInput, input);
  const givenAt = new Date();
  const record = {
    assetId: row.id,
    purpose: data.purpose,
    consentText: data.consentText,
    locale: data.locale,
    givenVia: data.givenVia,
    givenAt,
    recordedByLabel: ctx.actor.label,
  };
  const id = await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const consentId = await insertConsent(tx, municipalityId, record);
    if (data.purpose === 'publication') await setPublicationConsent(tx, municipalityId, row.id, true);
    audit({
      action: 'social_map.consent.record',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { purpose: data.purpose, givenVia: data.givenVia },
    });
    return consentId;
  });
  const email = (row.contact ?? []).find((c) => c.type === 'email')?.value;
  if (email) {
    await sendMail(app, ctx.db, {
      municipalityId,
      to: email,
      locale: data.locale,
      subject: 'socialMap.mail.consent.subject',
      body: 'socialMap.mail.consent.body',
      params: {
        name: row.title,
        purpose: smText(data.locale, `socialMap.consent.purpose.${data.purpose}`),
        text: data.consentText,
        link: socialMapLinks.personalData(app.publicUrl, personalDataLinkToken(app, municipalityId, email)),
      },
      purpose: 'social-map-consent',
    });
  }
  return { id, ...record, withdrawnAt: null };
}

/** An editor records that the key person withdrew a consent; without publication consent they are staff-only again. */
export async function withdrawConsent(
  ctx: ServiceContext,
  assetId: string,
  purpose: ConsentPurpose,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await keyPersonForEditor(ctx, assetId);
  if (!consentPurposes.includes(purpose)) throw new DomainError('error.validation');
  await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const n = await withdrawConsents(tx, municipalityId, row.id, purpose, new Date());
    if (purpose === 'publication') await setPublicationConsent(tx, municipalityId, row.id, false);
    audit({
      action: 'social_map.consent.withdraw',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { purpose, withdrawn: n },
    });
  });
}

/** The consents of a key person, for editors. */
export async function listConsents(ctx: ServiceContext, assetId: string): Promise<ConsentRecord[]> {
  const row = await keyPersonForEditor(ctx, assetId);
  return consentsOf(smDb(ctx.db), ctx.actor.municipalityId, [row.id]);
}
