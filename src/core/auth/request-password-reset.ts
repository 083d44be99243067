import type { AppContext } from '../app-context.ts';
import { type RequestMeta, runWrite } from '../audit/write.ts';
import { type Locale, translate } from '../i18n/i18n.ts';
import { findPersonByEmail } from '../people/people.repository.ts';
import { anonymous } from '../permissions/actor.ts';
import { insertResetToken, resetTokenHours } from './password-reset-tokens.repository.ts';
import { hit, limits } from './rate-limit.ts';

/**
 * Mails a link to set a new password. The caller always gets the same answer, whether or not
 * the address belongs to an account, so the form cannot be used to find out who has one.
 */
export async function requestPasswordReset(
  app: AppContext,
  municipalityId: string,
  email: string,
  meta: RequestMeta,
  locale: Locale,
): Promise<void> {
  await hit(app.db, `reset:${meta.ip ?? 'unknown'}`, limits.passwordResetPerIp);
  if (typeof email !== 'string' || email.trim().length === 0 || email.length > 320) return;
  const person = await findPersonByEmail(app.db, municipalityId, email);
  if (person?.status !== 'active') return;
  const expiresAt = new Date(Date.now() + resetTokenHours * 3600_000);
  // The requester is not signed in: anyone may ask, only the mailbox owner can use the link.
  const token = await runWrite({ db: app.db, actor: anonymous(municipalityId), meta }, async (tx, audit) => {
    const t = await insertResetToken(tx, municipalityId, person.id, expiresAt);
    audit({ action: 'password_reset.request', resourceType: 'person', resourceId: person.id });
    return t;
  });
  const mailLocale = person.locale ?? locale;
  const link = `${app.publicUrl.replace(/\/+$/, '')}/wachtwoord-herstellen/${token}`;
  await app.mailer.send(app.db, {
    municipalityId,
    to: person.email,
    subject: translate(mailLocale, 'mail.reset.subject'),
    text: translate(mailLocale, 'mail.reset.body', { name: person.name, link }),
    purpose: 'password-reset',
  });
}
