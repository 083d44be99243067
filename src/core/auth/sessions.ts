import type { Db } from '../db/database.ts';
import { randomToken, sha256 } from './tokens.ts';

// Sessions live in the database; the cookie holds a random token, the table its SHA-256.

export const sessionHours = 12;

export function sessionCookieName(secure: boolean): string {
  // __Host- binds the cookie to this host and path, but needs Secure (HTTPS).
  return secure ? '__Host-wijkwerk_session' : 'wijkwerk_session';
}

/** The session cookie's attributes (the sign-in page and the OIDC callback set the same cookie). */
export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'Lax' as const, secure, maxAge: sessionHours * 3600 };
}

export async function createSession(
  db: Db,
  s: { municipalityId: string; personId: string; userAgent?: string | undefined; ip?: string | undefined },
  now = new Date(),
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      municipality_id: s.municipalityId,
      person_id: s.personId,
      expires_at: new Date(now.getTime() + sessionHours * 3600_000),
      user_agent: s.userAgent?.slice(0, 300) ?? null,
      ip: s.ip ?? null,
    })
    .execute();
  return token;
}

export async function findSessionPerson(db: Db, municipalityId: string, token: string, now = new Date()) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .select(['s.id as session_id', 's.expires_at', 'p.id', 'p.email', 'p.name', 'p.locale'])
    .where('s.id', '=', sha256(token))
    .where('s.municipality_id', '=', municipalityId)
    .where('s.expires_at', '>', now)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
}

/** Sliding expiry: extend a session that is used when less than half its time is left. */
export async function touchSession(db: Db, sessionId: string, expiresAt: Date, now = new Date()) {
  if (expiresAt.getTime() - now.getTime() > (sessionHours * 3600_000) / 2) return;
  await db
    .updateTable('sessions')
    .set({ expires_at: new Date(now.getTime() + sessionHours * 3600_000), last_seen_at: now })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

export async function deleteSessionsOf(db: Db, municipalityId: string, personId: string) {
  await db
    .deleteFrom('sessions')
    .where('municipality_id', '=', municipalityId)
    .where('person_id', '=', personId)
    .execute();
}

export async function deleteExpiredSessions(db: Db, now = new Date()) {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
