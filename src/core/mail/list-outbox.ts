import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import { listOutboxRows, type OutboxCursor } from './outbox.repository.ts';

export interface OutboxMessage {
  id: string;
  recipient: string;
  subject: string;
  bodyText: string;
  purpose: string;
  createdAt: string;
  sentAt: string | null;
  transport: string;
  error: string | null;
}

export type { OutboxCursor };

/** Mail the municipality sent (or, without SMTP, only stored), newest first. Administrators only. */
export async function listOutbox(
  db: Db,
  actor: Actor,
  input: { after?: OutboxCursor | undefined; limit: number },
): Promise<{ items: OutboxMessage[]; nextCursor: OutboxCursor | null }> {
  requireAccess(actor, 'list', { type: 'outbox', municipalityId: actor.municipalityId });
  const rows = await listOutboxRows(db, actor.municipalityId, { after: input.after, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      bodyText: r.body_text,
      purpose: r.purpose,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      transport: r.transport,
      error: r.error,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? { createdAt: new Date(last.created_at).toISOString(), id: last.id }
        : null,
  };
}
