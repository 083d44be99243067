import { sql } from 'kysely';
import type { Channel, InitiativesDb, InitiativesTx, ItemRow } from '../initiatives.tables.ts';

// The intake part's queries: reference counters, new items, idempotency, names for the resident's
// page, and the retention job's look-ups.

export async function findItemByIdempotencyKey(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  key: string,
): Promise<ItemRow | undefined> {
  return db
    .selectFrom('initiative_items')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** The next number of the year; the counter row stays locked until the transaction ends. */
export async function nextReferenceNumber(
  tx: InitiativesTx,
  municipalityId: string,
  year: number,
): Promise<number> {
  const row = await tx
    .insertInto('initiative_reference_counters')
    .values({ municipality_id: municipalityId, year, last: 1 })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'year'])
        .doUpdateSet({ last: sql`initiative_reference_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export interface NewItem {
  reference: string;
  kindId: string;
  categoryId: string;
  title: string;
  description: string;
  areaId: string;
  areaPath: string;
  lon: number | null;
  lat: number | null;
  address: string | null;
  ownerOrganisationId: string;
  ownerPersonId: string | null;
  channel: Channel;
  registeredBy: string | null;
  submitterPersonId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  consentText: string | null;
  consentAt: Date | null;
  locale: 'nl' | 'en';
  idempotencyKey: string | null;
  followTokenHash: string;
  requestedCents: number | null;
  attributeValues: Record<string, unknown>;
  receivedAt: Date;
  deadlineOn: string;
  escalateOn: string;
}

export async function insertItem(tx: InitiativesTx, municipalityId: string, v: NewItem): Promise<string> {
  const row = await tx
    .insertInto('initiative_items')
    .values({
      municipality_id: municipalityId,
      reference: v.reference,
      kind_id: v.kindId,
      category_id: v.categoryId,
      title: v.title,
      description: v.description,
      area_id: v.areaId,
      area_path: v.areaPath,
      lon: v.lon,
      lat: v.lat,
      address: v.address,
      owner_organisation_id: v.ownerOrganisationId,
      owner_person_id: v.ownerPersonId,
      channel: v.channel,
      registered_by: v.registeredBy,
      submitter_person_id: v.submitterPersonId,
      contact_name: v.contactName,
      contact_email: v.contactEmail,
      contact_phone: v.contactPhone,
      consent_text: v.consentText,
      consent_at: v.consentAt,
      locale: v.locale,
      idempotency_key: v.idempotencyKey,
      follow_token_hash: v.followTokenHash,
      requested_cents: v.requestedCents,
      attribute_values: JSON.stringify(v.attributeValues),
      received_at: v.receivedAt,
      deadline_on: v.deadlineOn,
      escalate_on: v.escalateOn,
      created_at: v.receivedAt,
      updated_at: v.receivedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function organisationName(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  id: string,
): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? '';
}

export async function findKindRow(db: InitiativesDb | InitiativesTx, municipalityId: string, id: string) {
  return db
    .selectFrom('initiative_kinds')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function latestRating(db: InitiativesDb, municipalityId: string, itemId: string) {
  return db
    .selectFrom('initiative_ratings')
    .select(['satisfied', 'reason', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A grant from the quick budget that still stands (its accounting goes through the follow link). */
export async function activeGrant(db: InitiativesDb, municipalityId: string, itemId: string) {
  return db
    .selectFrom('initiative_grants')
    .select(['id', 'amount_cents', 'status'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('status', '!=', 'withdrawn')
    .executeTakeFirst();
}
