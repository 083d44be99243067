import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { CoreTables } from '../db/tables.ts';
import type { Actor } from '../permissions/actor.ts';

// Every change to data goes through runWrite: one transaction, and at least one audit entry
// written in that same transaction. Repository write functions take a WriteTx, which only
// runWrite hands out, so a write without an audit entry does not type-check, and a callback
// that records none is rolled back.

export interface RequestMeta {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
}

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  changes?: Record<string, unknown>;
}

declare const writeBrand: unique symbol;
export type WriteTx<T extends object = CoreTables> = Transaction<T> & { readonly [writeBrand]: true };

export class MissingAuditEntryError extends Error {}

export type Audit = (entry: AuditEntry) => void;

export async function runWrite<R>(
  ctx: ServiceContext,
  fn: (tx: WriteTx, audit: Audit) => Promise<R>,
): Promise<R> {
  return ctx.db.transaction().execute(async (trx) => {
    const entries: AuditEntry[] = [];
    const result = await fn(trx as WriteTx, (entry) => entries.push(entry));
    if (entries.length === 0) throw new MissingAuditEntryError('a write must record an audit entry');
    await trx
      .insertInto('audit_log')
      .values(
        entries.map((e) => ({
          municipality_id: ctx.actor.municipalityId,
          actor_id: ctx.actor.personId,
          actor_label: ctx.actor.label,
          action: e.action,
          resource_type: e.resourceType,
          resource_id: e.resourceId ?? null,
          changes: JSON.stringify(redact(e.changes ?? {})),
          ip: ctx.meta.ip ?? null,
          user_agent: ctx.meta.userAgent?.slice(0, 300) ?? null,
          request_id: ctx.meta.requestId ?? null,
        })),
      )
      .execute();
    return result;
  });
}

/** A write context for another schema (a module's tables) over the same transaction. */
export function withTables<T extends object>(tx: WriteTx): WriteTx<CoreTables & T> {
  return tx as unknown as WriteTx<CoreTables & T>;
}

export function readDb<T extends Record<string, Record<string, unknown>>>(db: Db): Kysely<CoreTables & T> {
  return db.withTables<T>();
}

const secretFields = /password|token|secret|hash/i;

function redact(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, secretFields.test(k) ? '[redacted]' : v]),
  );
}

/** The fields that differ, as { field: { from, to } }, for the audit entry of an update. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = { from: a ?? null, to: b ?? null };
  }
  return out;
}
