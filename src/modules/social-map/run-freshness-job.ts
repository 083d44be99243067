import type { AppContext } from '../../core/app-context.ts';
import { runWrite } from '../../core/audit/write.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { systemActor } from '../../core/permissions/actor.ts';
import type { FreshnessState } from './asset.ts';
import { sendMail } from './asset-access.ts';
import { freshnessRows, municipalitiesWithAssets, setFreshness } from './assets.repository.ts';
import { freshnessState, needsReminder } from './freshness.ts';
import { socialMapLinks } from './links.ts';
import './policy.ts';
import { findSettings } from './settings.repository.ts';
import { expiresIn, signToken } from './signed-token.ts';
import { smDb, smTx } from './social-map.tables.ts';

export interface FreshnessJobResult {
  remindersSent: number;
  stateChanges: number;
}

/** How long the one-click link in a reminder works. */
export const verifyLinkDays = 90;

/**
 * The daily freshness run: sends each owner whose item is due one reminder (recorded in
 * reminder_sent_at, so running twice sends nothing twice) and stores each item's freshness state,
 * which decides what the public sees. Nothing is ever deleted.
 */
export async function runFreshnessJob(
  app: Pick<AppContext, 'db' | 'mailer' | 'publicUrl' | 'secret'>,
  now = new Date(),
): Promise<FreshnessJobResult> {
  const result: FreshnessJobResult = { remindersSent: 0, stateChanges: 0 };
  for (const municipalityId of await municipalitiesWithAssets(smDb(app.db))) {
    const settings = await findSettings(smDb(app.db), municipalityId);
    const rows = await freshnessRows(smDb(app.db), municipalityId);
    const changes: Array<{
      id: string;
      title: string;
      state: FreshnessState;
      remind: boolean;
      to: Recipient | null;
    }> = [];
    for (const r of rows) {
      const facts = { lastVerifiedAt: r.last_verified_at, reminderSentAt: r.reminder_sent_at };
      const remind = needsReminder(facts, settings, now);
      // The reminder goes out now, so the state is judged as if it had been sent.
      const state = freshnessState(remind ? { ...facts, reminderSentAt: now } : facts, settings, now);
      if (!remind && state === r.freshness_state) continue;
      changes.push({ id: r.id, title: r.title, state, remind, to: remind ? recipientOf(r) : null });
    }
    if (changes.length === 0) continue;
    const ctx = { db: app.db, actor: systemActor(municipalityId, 'freshness job'), meta: {} };
    await runWrite(ctx, async (wtx, audit) => {
      const tx = smTx(wtx);
      for (const c of changes) {
        await setFreshness(tx, municipalityId, c.id, {
          state: c.state,
          reminderSentAt: c.remind ? now : undefined,
        });
        audit({
          action: c.remind ? 'social_map.freshness.remind' : 'social_map.freshness.state',
          resourceType: 'asset',
          resourceId: c.id,
          changes: { state: c.state, reminded: c.remind && c.to !== null },
        });
      }
    });
    result.stateChanges += changes.filter((c) => !c.remind).length;
    for (const c of changes) {
      if (!c.remind || !c.to) continue;
      const token = signToken(app.secret, {
        p: 'verify',
        m: municipalityId,
        s: c.id,
        exp: expiresIn(verifyLinkDays, now),
      });
      await sendMail(app, app.db, {
        municipalityId,
        to: c.to.email,
        locale: c.to.locale,
        subject: 'socialMap.mail.reminder.subject',
        body: 'socialMap.mail.reminder.body',
        params: {
          title: c.title,
          verifyLink: socialMapLinks.verify(app.publicUrl, token),
          editLink: socialMapLinks.edit(app.publicUrl, c.id),
          graceMonths: settings.graceMonths,
        },
        purpose: 'social-map-freshness',
      });
      result.remindersSent++;
    }
  }
  return result;
}

interface Recipient {
  email: string;
  locale: Locale;
}

function recipientOf(r: {
  kind: string;
  owner_email: string | null;
  owner_locale: Locale | null;
  maintainer_email: string | null;
  organisation_email: string | null;
  contact: Array<{ type: string; value: string }>;
}): Recipient | null {
  if (r.owner_email) return { email: r.owner_email, locale: r.owner_locale ?? 'nl' };
  if (r.maintainer_email) return { email: r.maintainer_email, locale: 'nl' };
  if (r.organisation_email) return { email: r.organisation_email, locale: 'nl' };
  // A key person is asked only through the staff who recorded them, never at the address on file.
  if (r.kind === 'key_person') return null;
  const email = (r.contact ?? []).find((c) => c.type === 'email')?.value;
  return email ? { email, locale: 'nl' } : null;
}
