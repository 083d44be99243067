import { escapeLike } from '../areas/areas.repository.ts';
import type { Db } from '../db/database.ts';

// Reads of the audit log. Writing happens only in runWrite (write.ts), in the write's own transaction.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditFilter {
  /** A person id (exact) or text in the actor's label (e-mail address, 'demo loader'). */
  actor?: string | undefined;
  /** 'person' matches 'person.create' and 'person.update'. */
  actionPrefix?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Cursor: only entries older than this id. */
  beforeId?: number | undefined;
  limit: number;
}

export async function listAuditRows(db: Db, municipalityId: string, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .select([
      'id',
      'occurred_at',
      'actor_id',
      'actor_label',
      'action',
      'resource_type',
      'resource_id',
      'changes',
      'request_id',
    ])
    .where('municipality_id', '=', municipalityId);
  if (f.actor) {
    const actor = f.actor;
    q = uuidPattern.test(actor)
      ? q.where('actor_id', '=', actor)
      : q.where('actor_label', 'ilike', `%${escapeLike(actor)}%`);
  }
  if (f.actionPrefix) {
    const prefix = f.actionPrefix;
    q = q.where((eb) => eb.or([eb('action', '=', prefix), eb('action', 'like', `${escapeLike(prefix)}%`)]));
  }
  if (f.resourceType) q = q.where('resource_type', '=', f.resourceType);
  if (f.resourceId) q = q.where('resource_id', '=', f.resourceId);
  if (f.from) q = q.where('occurred_at', '>=', f.from);
  if (f.to) q = q.where('occurred_at', '<', f.to);
  if (f.beforeId !== undefined) q = q.where('id', '<', String(f.beforeId));
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}
