import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

// Reads of outbox_messages; the mailer (mailer.ts) writes them.

export interface OutboxCursor {
  createdAt: string;
  id: string;
}

// Ordered by time at millisecond precision (what a JavaScript date in the cursor can hold), then id.
const createdMs = sql<Date>`date_trunc('milliseconds', created_at)`;

export async function listOutboxRows(
  db: Db,
  municipalityId: string,
  f: { after?: OutboxCursor | undefined; limit: number },
) {
  let q = db.selectFrom('outbox_messages').selectAll().where('municipality_id', '=', municipalityId);
  if (f.after) {
    const at = new Date(f.after.createdAt);
    q = q.where(sql<boolean>`(${createdMs}, id) < (${at}, ${f.after.id}::uuid)`);
  }
  return q.orderBy(createdMs, 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}
