import type { Updateable } from 'kysely';
import { sql } from 'kysely';
import type { InitiativeItemsTable, InitiativesDb, InitiativesTx, ItemRow } from '../initiatives.tables.ts';

// The handling part's own queries: owners and people, the item update with its version check,
// the history look-ups the deadline needs, the escalation job's selection and the coordinators.

type Reader = InitiativesDb | InitiativesTx;

export interface OrganisationRef {
  id: string;
  name: string;
  kind: 'department' | 'partner' | 'resident_organisation' | 'informal_group';
}

export async function findOrganisation(
  db: Reader,
  municipalityId: string,
  id: string,
): Promise<OrganisationRef | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Departments, teams and partners: the organisations an item can be with. */
export async function handlingOrganisations(db: Reader, municipalityId: string): Promise<OrganisationRef[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', 'in', ['department', 'partner'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export async function organisationNames(
  db: Reader,
  municipalityId: string,
  ids: Array<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function personName(
  db: Reader,
  municipalityId: string,
  id: string | null,
): Promise<string | null> {
  if (id === null) return null;
  const row = await db
    .selectFrom('people')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Active people who work for the organisation (department officers or partners of it). */
export async function peopleOfOrganisation(
  db: Reader,
  municipalityId: string,
  organisationId: string,
): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select(['people.id', 'people.name'])
    .distinct()
    .where('people.municipality_id', '=', municipalityId)
    .where('people.status', '=', 'active')
    .where('role_assignments.municipality_id', '=', municipalityId)
    .where('role_assignments.organisation_id', '=', organisationId)
    .orderBy('people.name')
    .execute();
}

export async function worksFor(
  db: Reader,
  municipalityId: string,
  personId: string,
  organisationId: string,
): Promise<boolean> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(personId)) return false;
  const row = await db
    .selectFrom('role_assignments')
    .innerJoin('people', 'people.id', 'role_assignments.person_id')
    .select('role_assignments.id')
    .where('role_assignments.municipality_id', '=', municipalityId)
    .where('role_assignments.person_id', '=', personId)
    .where('role_assignments.organisation_id', '=', organisationId)
    .where('people.status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes the changes and moves the version on, only while the row still has the version it was
 * read with (the caller holds the row lock; the condition keeps it honest without one).
 */
export async function updateItemRow(
  tx: InitiativesTx,
  row: ItemRow,
  changes: Updateable<InitiativeItemsTable>,
  now: Date,
): Promise<ItemRow | undefined> {
  return tx
    .updateTable('initiative_items')
    .set({ ...changes, version: row.version + 1, updated_at: now })
    .where('municipality_id', '=', row.municipality_id)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
}

/** When the item last had this event (the question that started the wait, for the clock stop). */
export async function lastEventAt(
  db: Reader,
  municipalityId: string,
  itemId: string,
  event: string,
): Promise<Date | null> {
  const row = await db
    .selectFrom('initiative_events')
    .select('created_at')
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('event', '=', event)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

export async function ratingSince(
  db: Reader,
  municipalityId: string,
  itemId: string,
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('initiative_ratings')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRating(
  tx: InitiativesTx,
  municipalityId: string,
  itemId: string,
  v: { satisfied: boolean; reason: string; reopened: boolean },
): Promise<string> {
  const row = await tx
    .insertInto('initiative_ratings')
    .values({ municipality_id: municipalityId, item_id: itemId, ...v })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ItemFileRow {
  id: string;
  purpose: 'submission' | 'accounting_photo' | 'receipt';
  content_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt: string;
  created_at: Date;
}

/** The item's files without their bytes. */
export async function itemFileRows(
  db: Reader,
  municipalityId: string,
  itemId: string,
): Promise<ItemFileRow[]> {
  return db
    .selectFrom('initiative_files')
    .select(['id', 'purpose', 'content_type', 'byte_size', 'width', 'height', 'alt', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .orderBy('purpose')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Municipalities with open items whose escalation date has passed and that are not escalated yet. */
export async function municipalitiesWithEscalations(db: InitiativesDb, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('initiative_items')
    .select('municipality_id')
    .distinct()
    .where('status', 'in', ['received', 'in_progress', 'awaiting_resident', 'reopened'])
    .where('escalate_on', '<', today)
    .where('escalated_at', 'is', null)
    .execute();
  return rows.map((r) => r.municipality_id);
}

export async function lockEscalationRows(tx: InitiativesTx, municipalityId: string, today: string) {
  return tx
    .selectFrom('initiative_items')
    .innerJoin('organisations', 'organisations.id', 'initiative_items.owner_organisation_id')
    .select([
      'initiative_items.id',
      'initiative_items.reference',
      'initiative_items.title',
      'initiative_items.status',
      'initiative_items.deadline_on',
      'initiative_items.escalate_on',
      'initiative_items.escalated_at',
      'initiative_items.owner_organisation_id',
      'organisations.name as owner_name',
    ])
    .where('initiative_items.municipality_id', '=', municipalityId)
    .where('initiative_items.status', 'in', ['received', 'in_progress', 'awaiting_resident', 'reopened'])
    .where('initiative_items.escalate_on', '<', today)
    .where('initiative_items.escalated_at', 'is', null)
    .orderBy('initiative_items.deadline_on')
    .orderBy('initiative_items.reference')
    .forUpdate('initiative_items')
    .execute();
}

export async function markEscalated(tx: InitiativesTx, municipalityId: string, ids: string[], now: Date) {
  if (ids.length === 0) return;
  await tx
    .updateTable('initiative_items')
    .set({ escalated_at: now, version: sql`version + 1`, updated_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .where('escalated_at', 'is', null)
    .execute();
}

/** The municipality's coordinators who can be mailed. */
export async function coordinators(db: Reader, municipalityId: string) {
  return db
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select(['people.id', 'people.name', 'people.email', 'people.locale'])
    .distinct()
    .where('people.municipality_id', '=', municipalityId)
    .where('people.status', '=', 'active')
    .where('role_assignments.municipality_id', '=', municipalityId)
    .where('role_assignments.role', '=', 'coordinator')
    .orderBy('people.name')
    .execute();
}

/** The open question: when it was asked and by whom (to tell them the answer). */
export async function lastQuestion(db: Reader, municipalityId: string, itemId: string) {
  return db
    .selectFrom('initiative_events')
    .select(['created_at', 'actor_person_id'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('event', '=', 'question')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Who hears that the resident answered: whoever asked (if still active), else the person the
 * item is assigned to, else the owner organisation's address. null when there is nobody.
 */
export async function handlerAddress(
  db: Reader,
  municipalityId: string,
  candidates: Array<string | null>,
  organisationId: string,
): Promise<{ email: string; locale: 'nl' | 'en' } | null> {
  for (const id of candidates) {
    if (id === null) continue;
    const person = await db
      .selectFrom('people')
      .select(['email', 'locale'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (person) return { email: person.email, locale: person.locale };
  }
  const org = await db
    .selectFrom('organisations')
    .select('email')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return org?.email ? { email: org.email, locale: 'nl' } : null;
}

/** A grant from the quick budget that is reserved but not paid (withdraw it before cancelling). */
export async function hasUnpaidGrant(
  tx: InitiativesTx,
  municipalityId: string,
  itemId: string,
): Promise<boolean> {
  const grant = await tx
    .selectFrom('initiative_grants')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('status', '=', 'granted')
    .executeTakeFirst();
  return grant !== undefined;
}
