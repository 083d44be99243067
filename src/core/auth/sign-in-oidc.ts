import { type RequestMeta, runWrite } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { findPersonByEmail, findPersonByOidc, updatePersonRow } from '../people/people.repository.ts';
import type { OidcIdentity } from './oidc.ts';
import { createSession, deleteSession } from './sessions.ts';

/**
 * Starts a session for the staff member the provider vouched for: found by issuer and subject,
 * or else by a verified e-mail address, which then links the account to that subject. People are
 * never created here (administrators provision staff accounts): undefined means "unknown".
 */
export async function signInWithOidc(
  db: Db,
  municipalityId: string,
  identity: OidcIdentity,
  meta: RequestMeta,
  previousToken?: string,
  now = new Date(),
): Promise<{ token: string; personId: string; locale: 'nl' | 'en' } | undefined> {
  let person = await findPersonByOidc(db, municipalityId, identity.issuer, identity.subject);
  let link = false;
  if (!person && identity.email && identity.emailVerified) {
    const byEmail = await findPersonByEmail(db, municipalityId, identity.email);
    // An account already linked to another provider account is not taken over by a second one.
    if (byEmail && !byEmail.oidc_subject) {
      person = byEmail;
      link = true;
    }
  }
  if (person?.status !== 'active') return undefined;
  const p = person;
  const actor = { municipalityId, personId: p.id, label: p.email, grants: [] };
  const token = await runWrite({ db, actor, meta }, async (tx, audit) => {
    if (link) {
      await updatePersonRow(tx, municipalityId, p.id, {
        oidc_issuer: identity.issuer,
        oidc_subject: identity.subject,
      });
      audit({
        action: 'person.link_oidc',
        resourceType: 'person',
        resourceId: p.id,
        changes: { issuer: identity.issuer, subject: identity.subject },
      });
    }
    if (previousToken) await deleteSession(tx, previousToken);
    const newToken = await createSession(
      tx,
      { municipalityId, personId: p.id, userAgent: meta.userAgent, ip: meta.ip },
      now,
    );
    await updatePersonRow(tx, municipalityId, p.id, { last_sign_in_at: now });
    audit({
      action: 'session.create',
      resourceType: 'person',
      resourceId: p.id,
      changes: { method: 'oidc' },
    });
    return newToken;
  });
  return { token, personId: p.id, locale: p.locale };
}
