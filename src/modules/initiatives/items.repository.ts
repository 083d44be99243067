import type { Actor } from '../../core/permissions/actor.ts';
import type { EventRow, InitiativesDb, InitiativesTx, ItemRow } from './initiatives.tables.ts';
import type { Item, ItemEvent } from './initiatives.ts';
import type { InitiativeItemResource } from './policy.ts';

// The data access every part of the module shares for items and their history. Parts keep their
// own queries in their own repository files; these are the common ones.

export async function findItemRow(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  id: string,
): Promise<ItemRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return db
    .selectFrom('initiative_items')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks the row for the rest of the transaction (handling steps that read, decide, then write). */
export async function findItemRowForUpdate(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
): Promise<ItemRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return tx
    .selectFrom('initiative_items')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findItemRowByFollowHash(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  followTokenHash: string,
): Promise<ItemRow | undefined> {
  return db
    .selectFrom('initiative_items')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('follow_token_hash', '=', followTokenHash)
    .executeTakeFirst();
}

export function itemResource(row: ItemRow): InitiativeItemResource {
  return {
    type: 'initiative_item',
    municipalityId: row.municipality_id,
    areaPath: row.area_path,
    ownerOrganisationId: row.owner_organisation_id,
    ownerPersonId: row.owner_person_id,
    registeredBy: row.registered_by,
  };
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** withContact: staff who may read the item; the resident's own page and public views pass false. */
export function toItem(row: ItemRow, withContact: boolean): Item {
  return {
    id: row.id,
    reference: row.reference,
    kindId: row.kind_id,
    categoryId: row.category_id,
    title: row.title,
    description: row.description,
    areaId: row.area_id,
    areaPath: row.area_path,
    lon: row.lon,
    lat: row.lat,
    address: row.address,
    status: row.status,
    decision: row.decision,
    answer: row.answer,
    ownerOrganisationId: row.owner_organisation_id,
    ownerPersonId: row.owner_person_id,
    channel: row.channel,
    registeredBy: row.registered_by,
    contact: withContact
      ? { name: row.contact_name, email: row.contact_email, phone: row.contact_phone }
      : null,
    locale: row.locale,
    requestedCents: row.requested_cents,
    attributeValues: row.attribute_values ?? {},
    receivedAt: row.received_at.toISOString(),
    deadlineOn: row.deadline_on,
    escalateOn: row.escalate_on,
    escalatedAt: iso(row.escalated_at),
    decidedAt: iso(row.decided_at),
    closedAt: iso(row.closed_at),
    public: row.public,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface NewEvent {
  event: string;
  fromStatus?: ItemRow['status'] | null;
  toStatus?: ItemRow['status'] | null;
  fromOrganisationId?: string | null;
  toOrganisationId?: string | null;
  reason?: string | null;
  publicText?: string | null;
  internalNote?: string | null;
}

/** Appends to the item's history (inside the caller's runWrite, beside its audit entry). */
export async function insertEvent(
  tx: InitiativesTx,
  actor: Actor,
  municipalityId: string,
  itemId: string,
  e: NewEvent,
): Promise<void> {
  await tx
    .insertInto('initiative_events')
    .values({
      municipality_id: municipalityId,
      item_id: itemId,
      event: e.event,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      from_organisation_id: e.fromOrganisationId ?? null,
      to_organisation_id: e.toOrganisationId ?? null,
      reason: e.reason ?? null,
      public_text: e.publicText ?? null,
      internal_note: e.internalNote ?? null,
      actor_person_id: actor.personId,
      actor_label: actor.label,
    })
    .execute();
}

export async function listEventRows(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  itemId: string,
): Promise<EventRow[]> {
  return db
    .selectFrom('initiative_events')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** forResident: without the internal notes (the resident's page). */
export function toEvent(row: EventRow, forResident: boolean): ItemEvent {
  return {
    id: row.id,
    event: row.event,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromOrganisationId: row.from_organisation_id,
    toOrganisationId: row.to_organisation_id,
    reason: forResident ? null : row.reason,
    publicText: row.public_text,
    internalNote: forResident ? null : row.internal_note,
    actorLabel: forResident ? '' : row.actor_label,
    createdAt: row.created_at.toISOString(),
  };
}
