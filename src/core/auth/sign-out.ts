import { type RequestMeta, runWrite } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { sha256 } from './tokens.ts';

/** Ends the session behind the cookie token. Nothing to do (and nothing audited) when it is gone already. */
export async function signOut(db: Db, actor: Actor, token: string, meta: RequestMeta): Promise<void> {
  const id = sha256(token);
  const session = await db
    .selectFrom('sessions')
    .select(['id', 'person_id'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!session) return;
  await runWrite({ db, actor, meta }, async (tx, audit) => {
    await tx
      .deleteFrom('sessions')
      .where('municipality_id', '=', actor.municipalityId)
      .where('id', '=', id)
      .execute();
    audit({ action: 'session.delete', resourceType: 'person', resourceId: session.person_id });
  });
}
