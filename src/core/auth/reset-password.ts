import { type RequestMeta, runWrite } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { DomainError, ValidationError } from '../errors.ts';
import { updatePersonRow } from '../people/people.repository.ts';
import { hashPassword, minPasswordLength } from './password.ts';
import { consumeResetToken, findUsableResetToken } from './password-reset-tokens.repository.ts';

const maxPasswordLength = 1000;

/** For the page: show the form only for a link that still works. */
export async function isResetTokenValid(db: Db, municipalityId: string, token: string): Promise<boolean> {
  return (await usableToken(db, municipalityId, token)) !== undefined;
}

function usableToken(db: Db, municipalityId: string, token: string) {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200)
    return Promise.resolve(undefined);
  return findUsableResetToken(db, municipalityId, token);
}

/**
 * Sets a new password through an e-mailed link (reset or invitation). The link works once;
 * the lock-out is lifted and every session of the person ends, so whoever knew the old
 * password is signed out.
 */
export async function resetPassword(
  db: Db,
  municipalityId: string,
  token: string,
  newPassword: string,
  meta: RequestMeta,
): Promise<void> {
  if (typeof newPassword !== 'string' || newPassword.length < minPasswordLength) {
    throw new ValidationError([
      { field: 'password', key: 'validation.tooShort', params: { min: minPasswordLength } },
    ]);
  }
  if (newPassword.length > maxPasswordLength) {
    throw new ValidationError([
      { field: 'password', key: 'validation.tooLong', params: { max: maxPasswordLength } },
    ]);
  }
  const found = await usableToken(db, municipalityId, token);
  if (!found) throw new DomainError('reset.invalid');
  // Hash outside the transaction: argon2 is slow on purpose.
  const passwordHash = await hashPassword(newPassword);
  const actor = { municipalityId, personId: found.person_id, label: found.email, grants: [] };
  await runWrite({ db, actor, meta }, async (tx, audit) => {
    const personId = await consumeResetToken(tx, municipalityId, token);
    // Used or expired in the meantime: throwing rolls the transaction back.
    if (personId !== found.person_id) throw new DomainError('reset.invalid');
    await updatePersonRow(tx, municipalityId, personId, {
      password_hash: passwordHash,
      failed_sign_ins: 0,
      locked_until: null,
    });
    await tx
      .deleteFrom('sessions')
      .where('municipality_id', '=', municipalityId)
      .where('person_id', '=', personId)
      .execute();
    audit({ action: 'password_reset.complete', resourceType: 'person', resourceId: personId });
  });
}
