import type { ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can, requireAccess } from '../../../core/permissions/can.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import type { InitiativesTx, ItemRow } from '../initiatives.tables.ts';
import { findItemRowForUpdate, itemResource } from '../items.repository.ts';
import '../policy.ts';
import { computeDeadline, escalationDate, extendDeadline } from '../rules/deadline.ts';
import type { WorkingCalendar } from '../rules/working-days.ts';
import './handling-i18n.ts';
import type { Updateable } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import type { InitiativeItemsTable } from '../initiatives.tables.ts';
import { updateItemRow } from './handling.repository.ts';

// Steps every handling service takes: lock the item inside the transaction, check that the actor
// may handle it and that nobody changed it since it was read (the version), and write the change
// with the version moved on. What the actor may not read does not exist for them (404).

export const conflictKey = 'initiatives.handling.error.conflict';

/** Locks the row for the transaction; NotFoundError when absent or unreadable; 403 when read-only. */
export async function lockItemForHandling(
  tx: InitiativesTx,
  actor: Actor,
  id: string,
  version: number | undefined,
): Promise<ItemRow> {
  const row = await findItemRowForUpdate(tx, actor.municipalityId, id);
  if (!row || !can(actor, 'read', itemResource(row))) throw new NotFoundError('initiative_item');
  requireAccess(actor, 'update', itemResource(row));
  if (version !== undefined && version !== row.version) throw new ConflictError(conflictKey);
  return row;
}

export async function saveItem(
  tx: InitiativesTx,
  row: ItemRow,
  changes: Updateable<InitiativeItemsTable>,
  now: Date,
): Promise<ItemRow> {
  const saved = await updateItemRow(tx, row, changes, now);
  if (!saved) throw new ConflictError(conflictKey);
  return saved;
}

export interface HandlingSettings {
  calendar: WorkingCalendar;
  escalationWorkingDays: number;
  reopenDays: number;
}

export async function handlingSettings(db: Db, municipalityId: string): Promise<HandlingSettings> {
  const s = await getInitiativeSettings(db, municipalityId);
  return {
    calendar: { liberationDayOff: s.liberationDayOff },
    escalationWorkingDays: s.escalationWorkingDays,
    reopenDays: s.reopenDays,
  };
}

/** The actor as the history names them; the resident acting by their private link is "melder". */
export function residentActor(ctx: ServiceContext): Actor {
  return { ...ctx.actor, personId: null, label: 'melder' };
}

/** The deadline and escalation date of handling that starts at `start` (receipt, or reopening). */
export function deadlinesFrom(
  start: Date,
  handling: { handlingDays: number; dayType: 'working' | 'calendar' },
  settings: HandlingSettings,
): { deadline_on: string; escalate_on: string } {
  const deadline = computeDeadline(
    start,
    { days: handling.handlingDays, dayType: handling.dayType },
    settings.calendar,
  );
  return {
    deadline_on: deadline,
    escalate_on: escalationDate(deadline, settings.escalationWorkingDays, settings.calendar),
  };
}

/** The clock stopped while the resident was asked: the deadline moves by the working days waited. */
export function deadlinesAfterWaiting(
  row: Pick<ItemRow, 'deadline_on'>,
  waitedFrom: Date | null,
  resumedAt: Date,
  settings: HandlingSettings,
): { deadline_on: string; escalate_on: string } | null {
  if (waitedFrom === null) return null;
  const deadline = extendDeadline(row.deadline_on, waitedFrom, resumedAt, settings.calendar);
  return {
    deadline_on: deadline,
    escalate_on: escalationDate(deadline, settings.escalationWorkingDays, settings.calendar),
  };
}
