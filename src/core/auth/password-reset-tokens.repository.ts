import type { WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { randomToken, sha256 } from './tokens.ts';

// The only place that queries password_reset_tokens. The same tokens serve password resets
// (1 hour) and account invitations (longer): the e-mailed link sets a password either way.

export const resetTokenHours = 1;

/** Stores a new token (only its SHA-256) and returns the token for the e-mailed link. */
export async function insertResetToken(
  tx: WriteTx,
  municipalityId: string,
  personId: string,
  expiresAt: Date,
): Promise<string> {
  const token = randomToken();
  await tx
    .insertInto('password_reset_tokens')
    .values({
      id: sha256(token),
      municipality_id: municipalityId,
      person_id: personId,
      expires_at: expiresAt,
    })
    .execute();
  return token;
}

/** The active person a token belongs to, if the token is unused and unexpired. */
export async function findUsableResetToken(db: Db, municipalityId: string, token: string, now = new Date()) {
  return db
    .selectFrom('password_reset_tokens as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select(['t.id', 't.person_id', 'p.email'])
    .where('t.municipality_id', '=', municipalityId)
    .where('t.id', '=', sha256(token))
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
}

/**
 * Marks the token used, only if it still is usable (one statement, so two simultaneous uses
 * cannot both succeed), and retires the person's other open tokens. Returns the person id.
 */
export async function consumeResetToken(
  tx: WriteTx,
  municipalityId: string,
  token: string,
  now = new Date(),
) {
  const row = await tx
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', sha256(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('person_id')
    .executeTakeFirst();
  if (!row) return undefined;
  await tx
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('person_id', '=', row.person_id)
    .where('used_at', 'is', null)
    .execute();
  return row.person_id;
}
