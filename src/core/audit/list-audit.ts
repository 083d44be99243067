import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { listAuditRows } from './audit.repository.ts';

export interface AuditRecord {
  id: string;
  occurredAt: string;
  actor: { id: string | null; label: string };
  action: string;
  resourceType: string;
  resourceId: string | null;
  changes: Record<string, unknown>;
  requestId: string | null;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
/** A day (yyyy-mm-dd, a whole day in Dutch time) or an exact moment (ISO 8601 with offset). */
const dayOrMoment = z.preprocess(
  blankToUndefined,
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
);

export const listAuditInput = z.object({
  actor: optionalText(320),
  action: optionalText(100),
  resourceType: optionalText(60),
  resourceId: optionalText(200),
  from: dayOrMoment,
  to: dayOrMoment,
  /** The id of the last entry of the previous page. */
  cursor: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,18}$/)
      .optional(),
  ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditInput = z.input<typeof listAuditInput>;

/** The audit log, newest first. Administrators only. */
export async function listAudit(
  db: Db,
  actor: Actor,
  input: ListAuditInput,
): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
  requireAccess(actor, 'list', { type: 'audit_log', municipalityId: actor.municipalityId });
  const f = parseInput(listAuditInput, input);
  const from = f.from ? startOf(f.from) : undefined;
  // A day as the end means up to and including that day.
  const to = f.to ? (isDay(f.to) ? startOf(f.to, 1) : new Date(f.to)) : undefined;
  if (from && to && from >= to) throw new ValidationError([{ field: 'to', key: 'admin.audit.toBeforeFrom' }]);
  const rows = await listAuditRows(db, actor.municipalityId, {
    actor: f.actor,
    actionPrefix: f.action,
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    from,
    to,
    beforeId: f.cursor === undefined ? undefined : Number(f.cursor),
    limit: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actor: { id: r.actor_id, label: r.actor_label },
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      changes: r.changes ?? {},
      requestId: r.request_id,
    })),
    nextCursor: rows.length > f.limit ? String(page.at(-1)?.id) : null,
  };
}

function isDay(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v);
}

/** Midnight at the start of a day in Europe/Amsterdam (plus `days`), or the moment itself. */
function startOf(v: string, days = 0): Date {
  if (!isDay(v)) return new Date(v);
  const utcMidnight = new Date(`${v}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + days);
  return new Date(utcMidnight.getTime() - amsterdamOffsetMinutes(utcMidnight) * 60_000);
}

function amsterdamOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = name?.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
