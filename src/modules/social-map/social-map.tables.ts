import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import type { CoreTables } from '../../core/db/tables.ts';

// Row types (type aliases, so they satisfy readDb's index-signature constraint) of the social map tables (migrations/0002_social_map.sql), as Kysely sees them.
// Query them with readDb<SocialMapTables>(db) / withTables<SocialMapTables>(tx). Services never
// hand rows out: they map them to the types in asset.ts.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type SocialMapSettingsTable = {
  municipality_id: string;
  report_hide_threshold: Generated<number>;
  verify_after_months: Generated<number>;
  grace_months: Generated<number>;
  hide_after_months: Generated<number>;
  key_person_retention_months: Generated<number>;
  submitter_retention_months: Generated<number>;
  updated_at: Generated<Date>;
};

export type SocialMapTermsTable = {
  id: Generated<string>;
  municipality_id: string;
  vocabulary: 'theme' | 'target_group' | 'abcd';
  code: string;
  label_nl: string;
  label_en: string;
  position: Generated<number>;
  active: Generated<boolean>;
};

export type SocialMapAssetsTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  kind: 'place' | 'offering' | 'group' | 'activity' | 'key_person';
  formality: 'formal' | 'informal';
  title: string;
  summary: Generated<string>;
  description: Generated<string>;
  owner_organisation_id: string | null;
  owner_person_id: string | null;
  maintainer_email: string | null;
  themes: TextArray;
  target_groups: TextArray;
  abcd_categories: TextArray;
  location_type: 'address' | 'area' | 'none' | 'online';
  street: string | null;
  postal_code: string | null;
  city: string | null;
  lon: number | null;
  lat: number | null;
  online_url: string | null;
  schedules: Json<unknown[]>;
  schedule_note: string | null;
  cost_free: Generated<boolean>;
  cost_text: string | null;
  languages: TextArray;
  accessibility: TextArray;
  contact: Json<Array<{ type: string; value: string }>>;
  photo_url: string | null;
  photo_alt: string | null;
  valid_from: string | null;
  valid_until: string | null;
  status: 'pending' | 'published' | 'rejected' | 'archived';
  current_revision_id: string | null;
  revision_count: Generated<number>;
  search_text: Generated<string>;
  last_verified_at: Timestamp;
  last_verified_by: string | null;
  last_verified_label: Generated<string>;
  reminder_sent_at: NullableTimestamp;
  freshness_state: Generated<'fresh' | 'due' | 'possibly_outdated' | 'hidden_stale'>;
  hidden_for_reports_at: NullableTimestamp;
  publication_consent: Generated<boolean>;
  personal_data_removed_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type SocialMapAssetLinksTable = {
  municipality_id: string;
  asset_id: string;
  target_asset_id: string;
  relation: 'located_at' | 'organised_by' | 'part_of' | 'related';
};

export type SocialMapSubmissionsTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  asset_id: string | null;
  snapshot: Json<unknown>;
  submitter_name: string | null;
  submitter_email: string | null;
  locale: Generated<'nl' | 'en'>;
  confirm_token_hash: string;
  confirm_expires_at: Timestamp;
  confirmed_at: NullableTimestamp;
  status: Generated<'unconfirmed' | 'confirmed' | 'approved' | 'rejected'>;
  idempotency_key: string | null;
  decided_at: NullableTimestamp;
  decision_reason: string | null;
  created_at: Generated<Date>;
};

export type SocialMapRevisionsTable = {
  id: Generated<string>;
  municipality_id: string;
  asset_id: string;
  number: number;
  snapshot: Json<unknown>;
  state: 'pending' | 'to_check' | 'approved' | 'rejected';
  source: 'editor' | 'organisation' | 'contributor' | 'public' | 'restore' | 'demo';
  base_revision_id: string | null;
  restored_from_id: string | null;
  submission_id: string | null;
  author_person_id: string | null;
  author_label: string;
  change_note: Generated<string>;
  possible_duplicate_ids: TextArray;
  reviewed_by: string | null;
  reviewed_by_label: string | null;
  reviewed_at: NullableTimestamp;
  decision_reason: string | null;
  created_at: Generated<Date>;
};

export type SocialMapReportsTable = {
  id: Generated<string>;
  municipality_id: string;
  asset_id: string;
  reason: 'error' | 'abuse' | 'other';
  message: Generated<string>;
  reporter_email: string | null;
  reporter_person_id: string | null;
  reporter_fingerprint: string | null;
  created_at: Generated<Date>;
  resolved_at: NullableTimestamp;
  resolved_by_label: string | null;
  resolution: 'kept' | 'removed' | null;
};

export type SocialMapEditorialPoliciesTable = {
  municipality_id: string;
  area_id: string;
  policy: 'edited' | 'open' | 'partners_only';
  updated_at: Generated<Date>;
};

export type SocialMapConsentsTable = {
  id: Generated<string>;
  municipality_id: string;
  asset_id: string;
  purpose: string;
  consent_text: string;
  locale: Generated<'nl' | 'en'>;
  given_via: 'in_person' | 'email' | 'form' | 'phone';
  given_at: Generated<Date>;
  recorded_by_label: string;
  withdrawn_at: NullableTimestamp;
};

export type SocialMapTables = {
  social_map_settings: SocialMapSettingsTable;
  social_map_terms: SocialMapTermsTable;
  social_map_assets: SocialMapAssetsTable;
  social_map_asset_links: SocialMapAssetLinksTable;
  social_map_submissions: SocialMapSubmissionsTable;
  social_map_revisions: SocialMapRevisionsTable;
  social_map_reports: SocialMapReportsTable;
  social_map_editorial_policies: SocialMapEditorialPoliciesTable;
  social_map_consents: SocialMapConsentsTable;
};

export type AssetRow = Selectable<SocialMapAssetsTable>;
export type RevisionRow = Selectable<SocialMapRevisionsTable>;
export type SubmissionRow = Selectable<SocialMapSubmissionsTable>;
export type ReportRow = Selectable<SocialMapReportsTable>;
export type ConsentRow = Selectable<SocialMapConsentsTable>;

/** A query builder that sees the core and the social map tables (a Db or a write transaction). */
export type SmDb = Kysely<CoreTables & SocialMapTables>;
export type SmTx = WriteTx<CoreTables & SocialMapTables>;

export function smDb(db: Db): SmDb {
  return readDb<SocialMapTables>(db);
}

export function smTx(tx: WriteTx): SmTx {
  return withTables<SocialMapTables>(tx);
}
