import type { AppContext } from '../../core/app-context.ts';
import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can, requireAccess } from '../../core/permissions/can.ts';
import type { AssetContent } from './asset.ts';
import { type AssetRowWithRefs, findAssetRow, linksOf, rowToContent, toAsset } from './assets.repository.ts';
import { type SocialMapMessageKey, smText } from './i18n.ts';
import type { AssetResource } from './policy.ts';
import { smDb } from './social-map.tables.ts';

// Small shared steps of the services: load an asset or fail, describe it to the policy, send a mail.

/** What the services need of the application besides the database: mail, links, signing. */
export type SocialMapApp = Pick<AppContext, 'mailer' | 'publicUrl' | 'secret'>;

export async function requireAssetRow(db: Db, municipalityId: string, id: string): Promise<AssetRowWithRefs> {
  const row = await findAssetRow(smDb(db), municipalityId, id);
  if (!row) throw new NotFoundError('asset');
  return row;
}

export function assetResource(row: AssetRowWithRefs, now = new Date()): AssetResource {
  return {
    type: 'asset',
    municipalityId: row.municipality_id,
    areaPath: row.area_path,
    kind: row.kind,
    ownerPersonId: row.owner_person_id,
    ownerOrganisationId: row.owner_organisation_id,
    publiclyVisible: toAsset(row, [], now).publiclyVisible,
  };
}

/** For writes: what the actor cannot even see does not exist for them; what they see but may not change is forbidden. */
export function requireAssetAccess(actor: Actor, action: 'update' | 'delete', resource: AssetResource): void {
  if (!can(actor, 'read', resource)) throw new NotFoundError('asset');
  requireAccess(actor, action, resource);
}

export async function currentContent(db: Db, row: AssetRowWithRefs): Promise<AssetContent> {
  const links = await linksOf(smDb(db), row.municipality_id, [row.id]);
  return rowToContent(row, links.get(row.id) ?? []);
}

export interface SocialMapMail {
  municipalityId: string;
  to: string;
  locale: Locale;
  subject: SocialMapMessageKey;
  body: SocialMapMessageKey;
  params: Record<string, string | number>;
  purpose: string;
}

export async function sendMail(app: SocialMapApp, db: Db, m: SocialMapMail): Promise<void> {
  await app.mailer.send(db, {
    municipalityId: m.municipalityId,
    to: m.to,
    subject: smText(m.locale, m.subject, m.params),
    text: smText(m.locale, m.body, m.params),
    purpose: m.purpose,
  });
}
