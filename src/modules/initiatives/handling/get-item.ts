import { findAreaRowById } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { can } from '../../../core/permissions/can.ts';
import { type Category, getCategory } from '../config/list-categories.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { closedStatuses, type Item, type ItemEvent, type ItemStatus } from '../initiatives.ts';
import { initiativesPaths } from '../initiatives-paths.ts';
import { loadItemRow } from '../item-access.ts';
import { itemResource, listEventRows, toEvent, toItem } from '../items.repository.ts';
import { isOverdue } from '../rules/deadline.ts';
import { allowedNext } from '../rules/transitions.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import './handling-i18n.ts';
import {
  handlingOrganisations,
  itemFileRows,
  type OrganisationRef,
  organisationNames,
  peopleOfOrganisation,
  personName,
} from './handling.repository.ts';

export interface ItemFile {
  id: string;
  purpose: 'submission' | 'accounting_photo' | 'receipt';
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string;
  /** The file route (staff who may read the item are let in). */
  url: string;
  createdAt: string;
}

export interface StaffItemView {
  item: Item;
  events: ItemEvent[];
  category: Category | null;
  area: { id: string; code: string; name: string } | null;
  ownerName: string;
  ownerPersonName: string | null;
  /** Names of every organisation the history mentions (transfers), by id. */
  organisationNames: Record<string, string>;
  overdue: boolean;
  escalated: boolean;
  /** The statuses the actor may move the item to now (empty when they may only read it). */
  allowedNext: ItemStatus[];
  may: { handle: boolean; transfer: boolean; ask: boolean; change: boolean; assign: boolean };
  /** Where it can be transferred to (departments, teams, partners), without the current owner. */
  transferTargets: OrganisationRef[];
  /** People of the owner organisation it can be assigned to. */
  assignable: Array<{ id: string; name: string }>;
  files: ItemFile[];
}

/**
 * Everything about one item for staff who may read it (else NotFoundError): the item with the
 * resident's contact details, the full history with internal notes, the category, the owner, and
 * what the actor may do with it now.
 */
export async function getItemForStaff(ctx: ServiceContext, id: string): Promise<StaffItemView> {
  const row = await loadItemRow(ctx, id, 'read');
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const handle = can(ctx.actor, 'update', itemResource(row));
  const closed = closedStatuses.includes(row.status);
  const eventRows = await listEventRows(db, m, row.id);
  const names = await organisationNames(db, m, [
    row.owner_organisation_id,
    ...eventRows.flatMap((e) => [e.from_organisation_id, e.to_organisation_id]),
  ]);
  const [category, area, ownerPersonName, targets, assignable, files] = await Promise.all([
    getCategory(ctx.db, m, row.category_id),
    findAreaRowById(ctx.db, m, row.area_id),
    personName(db, m, row.owner_person_id),
    handle && !closed ? handlingOrganisations(db, m) : Promise.resolve([]),
    handle && !closed ? peopleOfOrganisation(db, m, row.owner_organisation_id) : Promise.resolve([]),
    itemFileRows(db, m, row.id),
  ]);
  const today = amsterdamDate(new Date());
  return {
    item: toItem(row, true),
    events: eventRows.map((e) => toEvent(e, false)),
    category: category ?? null,
    area: area ? { id: area.id, code: area.code, name: area.name } : null,
    ownerName: names.get(row.owner_organisation_id) ?? '',
    ownerPersonName,
    organisationNames: Object.fromEntries(names),
    overdue: isOverdue({ status: row.status, deadlineOn: row.deadline_on }, today),
    escalated: row.escalated_at !== null,
    allowedNext: handle ? allowedNext(row.status) : [],
    may: {
      handle,
      transfer: handle && !closed,
      ask: handle && allowedNext(row.status).includes('awaiting_resident'),
      change: handle && !closed,
      assign: handle && !closed,
    },
    transferTargets: targets.filter((o) => o.id !== row.owner_organisation_id),
    assignable,
    files: files.map((f) => ({
      id: f.id,
      purpose: f.purpose,
      contentType: f.content_type,
      byteSize: f.byte_size,
      width: f.width,
      height: f.height,
      alt: f.alt,
      url: initiativesPaths.file(f.id),
      createdAt: f.created_at.toISOString(),
    })),
  };
}
