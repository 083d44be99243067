import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import type { CoreTables } from '../../core/db/tables.ts';

// Row types of the initiatives tables (migrations/0016_initiatives.sql). Services map rows to the
// types in initiatives.ts and never hand rows out. Dates (SQL `date`) arrive as 'YYYY-MM-DD'
// text and numerics as numbers (src/core/db/database.ts type parsers); bigint cents likewise.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateText = ColumnType<string, string, string>;
type Cents = ColumnType<number, number | string, number | string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type ItemStatus =
  | 'received'
  | 'in_progress'
  | 'awaiting_resident'
  | 'decided'
  | 'in_execution'
  | 'done'
  | 'cancelled'
  | 'reopened';
export type Decision = 'granted' | 'rejected' | 'referred';
export type Channel = 'web' | 'phone' | 'counter' | 'street' | 'email' | 'open311' | 'api';
export type DayType = 'working' | 'calendar';
export type FilePurpose = 'submission' | 'accounting_photo' | 'receipt';
export type GrantStatus = 'granted' | 'paid' | 'accounted' | 'withdrawn';
export type AccountingStatus = 'submitted' | 'approved' | 'needs_more';
export type SignalStatus = 'open' | 'sent' | 'linked' | 'closed';

/** An extra question of a category (an Open311 service-definition attribute). */
export interface CategoryAttribute {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  description: string;
  descriptionEn?: string | undefined;
  values?: Array<{ key: string; name: string }> | undefined;
}

export type InitiativeSettingsTable = {
  municipality_id: string;
  liberation_day_off: Generated<boolean>;
  escalation_working_days: Generated<number>;
  reopen_days: Generated<number>;
  retention_days: Generated<number>;
  public_map: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
};

export type InitiativeKindsTable = {
  id: Generated<string>;
  municipality_id: string;
  code: string;
  name: string;
  name_en: string | null;
  description: Generated<string>;
  description_en: string | null;
  budget_request: Generated<boolean>;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
};

export type InitiativeCategoriesTable = {
  id: Generated<string>;
  municipality_id: string;
  kind_id: string;
  code: string;
  name: string;
  name_en: string | null;
  help: Generated<string>;
  help_en: string | null;
  next_steps: Generated<string>;
  next_steps_en: string | null;
  owner_organisation_id: string;
  handling_days: number;
  day_type: ColumnType<DayType, DayType | undefined, DayType>;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  attributes: Json<CategoryAttribute[]>;
  on_public_map: Generated<boolean>;
  position: Generated<number>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type InitiativeRoutingRulesTable = {
  id: Generated<string>;
  municipality_id: string;
  position: number;
  kind_id: string | null;
  category_id: string | null;
  area_id: string | null;
  target_organisation_id: string;
  target_person_id: string | null;
  note: Generated<string>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type InitiativeReferenceCountersTable = {
  municipality_id: string;
  year: number;
  last: Generated<number>;
};

export type InitiativeItemsTable = {
  id: Generated<string>;
  municipality_id: string;
  reference: string;
  kind_id: string;
  category_id: string;
  title: string;
  description: string;
  area_id: string;
  area_path: string;
  lon: number | null;
  lat: number | null;
  address: string | null;
  status: ColumnType<ItemStatus, ItemStatus | undefined, ItemStatus>;
  decision: Decision | null;
  answer: string | null;
  owner_organisation_id: string;
  owner_person_id: string | null;
  channel: ColumnType<Channel, Channel | undefined, Channel>;
  registered_by: string | null;
  submitter_person_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  consent_text: string | null;
  consent_at: NullableTimestamp;
  contact_removed_at: NullableTimestamp;
  locale: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  idempotency_key: string | null;
  follow_token_hash: string;
  requested_cents: ColumnType<number | null, number | string | null | undefined, number | string | null>;
  attribute_values: Json<Record<string, unknown>>;
  received_at: Timestamp;
  deadline_on: DateText;
  escalate_on: DateText;
  escalated_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  public: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type InitiativeEventsTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  event: string;
  from_status: ItemStatus | null;
  to_status: ItemStatus | null;
  from_organisation_id: string | null;
  to_organisation_id: string | null;
  reason: string | null;
  public_text: string | null;
  internal_note: string | null;
  actor_person_id: string | null;
  actor_label: string;
  created_at: Timestamp;
};

export type InitiativeFilesTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  purpose: FilePurpose;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  bytes: Uint8Array;
  byte_size: number;
  width: number | null;
  height: number | null;
  sha256: string;
  alt: Generated<string>;
  created_at: Timestamp;
};

export type InitiativeMessageTemplatesTable = {
  municipality_id: string;
  event: string;
  locale: 'nl' | 'en';
  subject: string;
  body: string;
  updated_at: Timestamp;
};

export type InitiativeBudgetsTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  year: number;
  amount_cents: Cents;
  max_per_initiative_cents: Cents;
  reserved_cents: ColumnType<number, number | string | undefined, number | string>;
  rules: Generated<string>;
  rules_en: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type InitiativeGrantsTable = {
  id: Generated<string>;
  municipality_id: string;
  budget_id: string;
  item_id: string;
  amount_cents: Cents;
  status: ColumnType<GrantStatus, GrantStatus | undefined, GrantStatus>;
  note: Generated<string>;
  granted_by: string | null;
  granted_at: Timestamp;
};

export type InitiativePaymentsTable = {
  id: Generated<string>;
  municipality_id: string;
  grant_id: string;
  amount_cents: Cents;
  paid_on: DateText;
  reference: Generated<string>;
  recorded_by: string | null;
  created_at: Timestamp;
};

export type InitiativeAccountingsTable = {
  id: Generated<string>;
  municipality_id: string;
  grant_id: string;
  report: string;
  spent_cents: Cents;
  status: ColumnType<AccountingStatus, AccountingStatus | undefined, AccountingStatus>;
  review_note: Generated<string>;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  submitted_at: Timestamp;
};

export type InitiativeRatingsTable = {
  id: Generated<string>;
  municipality_id: string;
  item_id: string;
  satisfied: boolean;
  reason: Generated<string>;
  reopened: Generated<boolean>;
  created_at: Timestamp;
};

export type NeighbourhoodSignalsTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  title: string;
  explanation: string;
  status: ColumnType<SignalStatus, SignalStatus | undefined, SignalStatus>;
  plan_item_id: string | null;
  sent_to_organisation_id: string | null;
  sent_to_board: string | null;
  outcome: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type NeighbourhoodSignalItemsTable = {
  municipality_id: string;
  signal_id: string;
  item_id: string;
};

export type InitiativesTables = {
  initiative_settings: InitiativeSettingsTable;
  initiative_kinds: InitiativeKindsTable;
  initiative_categories: InitiativeCategoriesTable;
  initiative_routing_rules: InitiativeRoutingRulesTable;
  initiative_reference_counters: InitiativeReferenceCountersTable;
  initiative_items: InitiativeItemsTable;
  initiative_events: InitiativeEventsTable;
  initiative_files: InitiativeFilesTable;
  initiative_message_templates: InitiativeMessageTemplatesTable;
  initiative_budgets: InitiativeBudgetsTable;
  initiative_grants: InitiativeGrantsTable;
  initiative_payments: InitiativePaymentsTable;
  initiative_accountings: InitiativeAccountingsTable;
  initiative_ratings: InitiativeRatingsTable;
  neighbourhood_signals: NeighbourhoodSignalsTable;
  neighbourhood_signal_items: NeighbourhoodSignalItemsTable;
};

export type ItemRow = Selectable<InitiativeItemsTable>;
export type CategoryRow = Selectable<InitiativeCategoriesTable>;
export type KindRow = Selectable<InitiativeKindsTable>;
export type RuleRow = Selectable<InitiativeRoutingRulesTable>;
export type EventRow = Selectable<InitiativeEventsTable>;
export type BudgetRow = Selectable<InitiativeBudgetsTable>;

export type InitiativesDb = Kysely<CoreTables & InitiativesTables>;
export type InitiativesTx = WriteTx<CoreTables & InitiativesTables>;

export function initiativesDb(db: Db): InitiativesDb {
  return readDb<InitiativesTables>(db);
}

export function initiativesTx(tx: WriteTx): InitiativesTx {
  return withTables<InitiativesTables>(tx);
}
