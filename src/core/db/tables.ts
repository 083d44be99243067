import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Row types of the core tables, as Kysely sees them. Services never hand these out:
// they map rows to their own types.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export interface MunicipalitiesTable {
  id: Generated<string>;
  code: string;
  name: string;
  slug: string;
  is_demo: Generated<boolean>;
  hostnames: Generated<string[]>;
  theme: Json<Record<string, string>>;
  settings: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AreasTable {
  id: Generated<string>;
  municipality_id: string;
  code: string;
  name: string;
  kind: 'gemeente' | 'gebied' | 'wijk' | 'buurt';
  description: Generated<string>;
  parent_id: string | null;
  path: string;
  depth: number;
  boundary: Json<GeoJSON.Polygon | GeoJSON.MultiPolygon | null>;
  centroid_lon: number | null;
  centroid_lat: number | null;
  bbox_west: number | null;
  bbox_south: number | null;
  bbox_east: number | null;
  bbox_north: number | null;
  source: Generated<string>;
  attributes: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationsTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  kind: 'department' | 'partner' | 'resident_organisation' | 'informal_group';
  sector: string | null;
  description: Generated<string>;
  email: string | null;
  phone: string | null;
  website: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationAreasTable {
  municipality_id: string;
  organisation_id: string;
  area_id: string;
}

export interface PeopleTable {
  id: Generated<string>;
  municipality_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<'nl' | 'en'>;
  status: Generated<'active' | 'disabled'>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  last_sign_in_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RoleAssignmentsTable {
  id: Generated<string>;
  municipality_id: string;
  person_id: string;
  role: 'administrator' | 'coordinator' | 'area_officer' | 'department_officer' | 'partner' | 'resident';
  area_id: string | null;
  organisation_id: string | null;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  municipality_id: string;
  person_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
  user_agent: string | null;
  ip: string | null;
}

export interface PasswordResetTokensTable {
  id: string;
  municipality_id: string;
  person_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  municipality_id: string;
  person_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  created_at: Generated<Date>;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  municipality_id: string;
  recipient: string;
  subject: string;
  body_text: string;
  purpose: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
  transport: Generated<string>;
  error: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  municipality_id: string;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  actor_label: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  changes: Json<Record<string, unknown>>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

export interface CoreTables {
  municipalities: MunicipalitiesTable;
  areas: AreasTable;
  organisations: OrganisationsTable;
  organisation_areas: OrganisationAreasTable;
  people: PeopleTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  outbox_messages: OutboxMessagesTable;
  audit_log: AuditLogTable;
}

export type AreaRow = Selectable<AreasTable>;
export type NewArea = Insertable<AreasTable>;
export type AreaUpdate = Updateable<AreasTable>;
export type PersonRow = Selectable<PeopleTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
