import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { hit, limits } from '../../core/auth/rate-limit.ts';
import { DomainError } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { AssetContent, ContactChannel } from './asset.ts';
import { type SocialMapApp, sendMail } from './asset-access.ts';
import {
  type AssetRowWithRefs,
  applyContent,
  assetRowsByEmail,
  clearMaintainer,
  linksOf,
  markPersonalDataRemoved,
  rowToContent,
} from './assets.repository.ts';
import { type ConsentRecord, consentsOf } from './consents.repository.ts';
import { smText } from './i18n.ts';
import { socialMapLinks } from './links.ts';
import './policy.ts';
import { clearReporterEmail, reportRowsByEmail } from './reports.repository.ts';
import { rewriteSnapshots } from './revisions.repository.ts';
import { expiresIn, readToken, signToken } from './signed-token.ts';
import { type SmTx, smDb, smTx } from './social-map.tables.ts';
import { anonymiseSubmission, deleteSubmission, submissionRowsByEmail } from './submissions.repository.ts';

// People can see, download and remove what the social map keeps about them, through a signed
// link mailed to their address: as a key person, as the resident who submitted items, as a
// reporter. Removal keeps the items others rely on but takes the person out of them.

export const personalDataLinkDays = 7;

export function personalDataLinkToken(
  app: Pick<SocialMapApp, 'secret'>,
  municipalityId: string,
  email: string,
  now = new Date(),
) {
  return signToken(app.secret, {
    p: 'personal-data',
    m: municipalityId,
    s: email.trim().toLowerCase(),
    exp: expiresIn(personalDataLinkDays, now),
  });
}

export interface PersonalData {
  email: string;
  keyPersons: Array<{
    assetId: string;
    name: string;
    summary: string;
    description: string;
    contact: ContactChannel[];
    photoUrl: string | null;
    area: string;
    publiclyListed: boolean;
    consents: Array<Omit<ConsentRecord, 'assetId' | 'id'>>;
  }>;
  /** Items you submitted or are the contact for (you get the freshness reminders). */
  items: Array<{ assetId: string; title: string; contact: ContactChannel[]; youMaintainIt: boolean }>;
  submissions: Array<{ id: string; title: string; name: string | null; status: string; createdAt: Date }>;
  reports: Array<{ id: string; itemTitle: string; reason: string; message: string; createdAt: Date }>;
}

const emailInput = z.email({ error: 'validation.email' }).max(320);

/**
 * Mails the personal-data link to an address. The answer never says whether anything is kept,
 * so the form cannot be used to find out who is on the map; the mail only goes out when it is.
 */
export async function requestPersonalDataLink(
  app: SocialMapApp,
  ctx: ServiceContext,
  email: string,
  locale: Locale = 'nl',
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  await hit(ctx.db, `social-map-personal-data:${ctx.meta.ip ?? 'unknown'}`, limits.passwordResetPerIp);
  const parsed = emailInput.safeParse(typeof email === 'string' ? email.trim() : email);
  if (!parsed.success) return;
  const data = await collect(ctx, parsed.data.toLowerCase());
  const holdsAnything =
    data.keyPersons.length + data.items.length + data.submissions.length + data.reports.length > 0;
  if (!holdsAnything) return;
  await sendMail(app, ctx.db, {
    municipalityId,
    to: data.email,
    locale,
    subject: 'socialMap.mail.personalData.subject',
    body: 'socialMap.mail.personalData.body',
    params: {
      link: socialMapLinks.personalData(
        app.publicUrl,
        personalDataLinkToken(app, municipalityId, data.email),
      ),
    },
    purpose: 'social-map-personal-data',
  });
}

function emailFrom(app: SocialMapApp, ctx: ServiceContext, token: string): string {
  const payload = readToken(app.secret, token, 'personal-data', ctx.actor.municipalityId);
  if (!payload) throw new DomainError('socialMap.error.invalidLink');
  return payload.s;
}

/** Everything the social map keeps about the address in the link. */
export async function viewPersonalData(
  app: SocialMapApp,
  ctx: ServiceContext,
  token: string,
): Promise<PersonalData> {
  return collect(ctx, emailFrom(app, ctx, token));
}

/** The same, as a JSON document to download. */
export async function exportPersonalData(
  app: SocialMapApp,
  ctx: ServiceContext,
  token: string,
): Promise<string> {
  const data = await viewPersonalData(app, ctx, token);
  return JSON.stringify(
    { exportedAt: new Date().toISOString(), source: 'Wijkwerk — sociale kaart', ...data },
    null,
    2,
  );
}

async function collect(ctx: ServiceContext, email: string): Promise<PersonalData> {
  const municipalityId = ctx.actor.municipalityId;
  const db = smDb(ctx.db);
  const [assets, submissions, reports] = await Promise.all([
    assetRowsByEmail(db, municipalityId, email),
    submissionRowsByEmail(db, municipalityId, email),
    reportRowsByEmail(db, municipalityId, email),
  ]);
  const keyRows = assets.filter((a) => a.kind === 'key_person');
  const consents = await consentsOf(
    db,
    municipalityId,
    keyRows.map((a) => a.id),
  );
  return {
    email,
    keyPersons: keyRows.map((a) => ({
      assetId: a.id,
      name: a.title,
      summary: a.summary,
      description: a.description,
      contact: a.contact as ContactChannel[],
      photoUrl: a.photo_url,
      area: a.area_name,
      publiclyListed: a.publication_consent && a.status === 'published',
      consents: consents.filter((c) => c.assetId === a.id).map(({ assetId: _a, id: _i, ...c }) => c),
    })),
    items: assets
      .filter((a) => a.kind !== 'key_person')
      .map((a) => ({
        assetId: a.id,
        title: a.title,
        contact: (a.contact as ContactChannel[]).filter(
          (c) => c.type === 'email' && c.value.toLowerCase() === email,
        ),
        youMaintainIt: a.maintainer_email?.toLowerCase() === email,
      })),
    submissions: submissions.map((s) => ({
      id: s.id,
      title: (s.snapshot as AssetContent).title,
      name: s.submitter_name,
      status: s.status,
      createdAt: s.created_at,
    })),
    reports: reports.map((r) => ({
      id: r.id,
      itemTitle: r.asset_title,
      reason: r.reason,
      message: r.message,
      createdAt: r.created_at,
    })),
  };
}

/** Removes the person: key person entries are emptied and archived; elsewhere their address goes. */
export async function removePersonalData(
  app: SocialMapApp,
  ctx: ServiceContext,
  token: string,
): Promise<{ keyPersons: number; items: number; submissions: number; reports: number }> {
  const municipalityId = ctx.actor.municipalityId;
  const email = emailFrom(app, ctx, token);
  const db = smDb(ctx.db);
  const [assets, submissions] = await Promise.all([
    assetRowsByEmail(db, municipalityId, email),
    submissionRowsByEmail(db, municipalityId, email),
  ]);
  const links = await linksOf(
    db,
    municipalityId,
    assets.map((a) => a.id),
  );
  const now = new Date();
  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    let keyPersons = 0;
    for (const a of assets) {
      if (a.kind === 'key_person') {
        await scrubKeyPerson(tx, a, now);
        keyPersons++;
      } else {
        await removeEmailFromItem(tx, a, links.get(a.id) ?? [], email, now);
      }
    }
    for (const s of submissions) {
      if (s.status === 'unconfirmed') await deleteSubmission(tx, municipalityId, s.id);
      else
        await anonymiseSubmission(tx, municipalityId, s.id, withoutEmail(s.snapshot as AssetContent, email));
    }
    const reports = await clearReporterEmail(tx, municipalityId, email);
    const counts = {
      keyPersons,
      items: assets.length - keyPersons,
      submissions: submissions.length,
      reports,
    };
    // The audit entry records what was removed, not whose: the address itself is gone.
    audit({ action: 'social_map.personal_data.remove', resourceType: 'personal_data', changes: counts });
    return counts;
  });
}

function withoutEmail(content: AssetContent, email: string): AssetContent {
  return {
    ...content,
    contact: content.contact.filter((c) => !(c.type === 'email' && c.value.toLowerCase() === email)),
  };
}

async function removeEmailFromItem(
  tx: SmTx,
  a: AssetRowWithRefs,
  links: AssetContent['links'],
  email: string,
  now: Date,
): Promise<void> {
  if (a.maintainer_email?.toLowerCase() === email) await clearMaintainer(tx, a.municipality_id, a.id);
  const content = rowToContent(a, links);
  const cleaned = withoutEmail(content, email);
  if (cleaned.contact.length !== content.contact.length) {
    await applyContent(tx, a.municipality_id, a.id, cleaned, a.search_text, {
      status: a.status,
      currentRevisionId: a.current_revision_id,
      now,
    });
  }
  await rewriteSnapshots(tx, a.municipality_id, a.id, (s) => withoutEmail(s, email));
}

/** A key person emptied of everything personal, in the item and in its whole history; archived. */
export async function scrubKeyPerson(tx: SmTx, a: AssetRowWithRefs, now: Date): Promise<void> {
  const scrub = (c: AssetContent): AssetContent => ({
    ...c,
    title: smText('nl', 'socialMap.keyPerson.removed'),
    summary: '',
    description: '',
    locationType: 'area',
    address: null,
    point: null,
    onlineUrl: null,
    schedules: [],
    scheduleNote: null,
    languages: [],
    contact: [],
    photoUrl: null,
    photoAlt: null,
    links: [],
  });
  await applyContent(tx, a.municipality_id, a.id, scrub(rowToContent(a, [])), '', {
    status: 'archived',
    currentRevisionId: a.current_revision_id,
    now,
  });
  await markPersonalDataRemoved(tx, a.municipality_id, a.id, now);
  await rewriteSnapshots(tx, a.municipality_id, a.id, scrub);
}
