import { z } from 'zod';
import type { RequestMeta } from '../audit/write.ts';
import { runWrite } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { findPersonByEmail, incrementFailedSignIns, updatePersonRow } from '../people/people.repository.ts';
import { parseInput } from '../validation.ts';
import { afterFailure, isLocked, minutesLeft } from './lockout.ts';
import { verifyPassword } from './password.ts';
import { hit, limits } from './rate-limit.ts';
import { createSession, deleteSession } from './sessions.ts';

export const signInInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export interface SignInResult {
  token: string;
  personId: string;
  locale: 'nl' | 'en';
}

/**
 * Checks e-mail and password, counts failures (lock-out after 5), rate limits per IP, and
 * starts a new session (a session token from before sign-in is dropped: rotation).
 */
export async function signIn(
  db: Db,
  municipalityId: string,
  input: z.infer<typeof signInInput>,
  meta: RequestMeta,
  previousToken?: string,
  now = new Date(),
): Promise<SignInResult> {
  await hit(db, `sign-in:${meta.ip ?? 'unknown'}`, limits.signInPerIp, now);
  const data = parseInput(signInInput, input);
  const person = await findPersonByEmail(db, municipalityId, data.email);
  const actor = { municipalityId, personId: person?.id ?? null, label: data.email, grants: [] };
  const ctx = { db, actor, meta };
  if (person && isLocked(person.locked_until, now)) {
    throw new DomainError('signIn.locked', { minutes: minutesLeft(person.locked_until as Date, now) });
  }
  const ok = await verifyPassword(person?.password_hash ?? null, data.password);
  if (!person || !ok || person.status !== 'active') {
    if (person) {
      await runWrite(ctx, async (tx, audit) => {
        // Counted in the database, so two failures at the same moment both count.
        const count = await incrementFailedSignIns(tx, municipalityId, person.id);
        const next = afterFailure(count - 1, now);
        if (next.lockedUntil)
          await updatePersonRow(tx, municipalityId, person.id, { locked_until: next.lockedUntil });
        audit({
          action: next.lockedUntil ? 'session.locked' : 'session.failed',
          resourceType: 'person',
          resourceId: person.id,
          changes: { failedSignIns: next.failedSignIns },
        });
      });
    }
    throw new DomainError('signIn.failed');
  }
  const token = await runWrite(ctx, async (tx, audit) => {
    if (previousToken) await deleteSession(tx, previousToken);
    const newToken = await createSession(
      tx,
      { municipalityId, personId: person.id, userAgent: meta.userAgent, ip: meta.ip },
      now,
    );
    await updatePersonRow(tx, municipalityId, person.id, {
      failed_sign_ins: 0,
      locked_until: null,
      last_sign_in_at: now,
    });
    audit({ action: 'session.create', resourceType: 'person', resourceId: person.id });
    return newToken;
  });
  return { token, personId: person.id, locale: person.locale };
}
