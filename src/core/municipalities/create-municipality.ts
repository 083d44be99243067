import type { RequestMeta } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { systemActor } from '../permissions/actor.ts';
import { insertMunicipality } from './municipalities.repository.ts';
import type { Municipality } from './municipality.ts';

/** A new tenant. Done by the command line or the demo loader, so the system is the actor. */
export async function createMunicipality(
  db: Db,
  m: { code: string; name: string; slug: string; isDemo: boolean; theme?: Record<string, string> },
  meta: RequestMeta = {},
): Promise<Municipality> {
  return db.transaction().execute(async (trx) => {
    const created = await insertMunicipality(trx, m);
    const actor = systemActor(created.id);
    // The audit row can only be written once the tenant exists, in the same transaction.
    await trx
      .insertInto('audit_log')
      .values({
        municipality_id: created.id,
        actor_id: actor.personId,
        actor_label: actor.label,
        action: 'municipality.create',
        resource_type: 'municipality',
        resource_id: created.code,
        changes: JSON.stringify({ code: m.code, name: m.name, isDemo: m.isDemo }),
        ip: meta.ip ?? null,
        user_agent: null,
        request_id: meta.requestId ?? null,
      })
      .execute();
    return created;
  });
}
