-- Core: municipalities (tenants), areas, organisations, people, roles, sign-in, audit, mail.
-- Every table carries municipality_id; every query filters by it.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table municipalities (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  slug text not null unique,
  is_demo boolean not null default false,
  hostnames text[] not null default '{}',
  theme jsonb not null default '{}',
  settings jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The area tree: gemeente -> (gebied) -> wijk -> buurt. path holds the codes from the root,
-- separated by '/', so a subtree is a prefix match.
create table areas (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  code text not null,
  name text not null,
  kind text not null check (kind in ('gemeente', 'gebied', 'wijk', 'buurt')),
  description text not null default '',
  parent_id uuid references areas(id) on delete restrict,
  path text not null,
  depth integer not null,
  boundary jsonb,
  centroid_lon double precision,
  centroid_lat double precision,
  bbox_west double precision,
  bbox_south double precision,
  bbox_east double precision,
  bbox_north double precision,
  source text not null default 'manual',
  attributes jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, code)
);
create index areas_parent_idx on areas (municipality_id, parent_id);
create index areas_path_idx on areas (municipality_id, path text_pattern_ops);
create index areas_kind_idx on areas (municipality_id, kind, name);
create index areas_bbox_idx on areas (municipality_id, bbox_west, bbox_east, bbox_south, bbox_north);
create index areas_name_trgm_idx on areas using gin (name gin_trgm_ops);

create table organisations (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  name text not null,
  kind text not null check (kind in ('department', 'partner', 'resident_organisation', 'informal_group')),
  sector text,
  description text not null default '',
  email text,
  phone text,
  website text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, name)
);
create index organisations_kind_idx on organisations (municipality_id, kind, name);

create table organisation_areas (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  area_id uuid not null references areas(id) on delete cascade,
  primary key (organisation_id, area_id)
);
create index organisation_areas_area_idx on organisation_areas (municipality_id, area_id);

create table people (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  email text not null,
  name text not null,
  password_hash text,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  status text not null default 'active' check (status in ('active', 'disabled')),
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  oidc_issuer text,
  oidc_subject text,
  last_sign_in_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, email),
  unique (municipality_id, oidc_issuer, oidc_subject)
);
create index people_name_idx on people (municipality_id, name);

create table role_assignments (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  person_id uuid not null references people(id) on delete cascade,
  role text not null check (role in ('administrator', 'coordinator', 'area_officer', 'department_officer', 'partner', 'resident')),
  area_id uuid references areas(id) on delete cascade,
  organisation_id uuid references organisations(id) on delete cascade,
  created_at timestamptz not null default now(),
  check (role <> 'area_officer' or area_id is not null),
  check (role <> 'department_officer' or organisation_id is not null),
  check (role <> 'partner' or organisation_id is not null)
);
create index role_assignments_person_idx on role_assignments (municipality_id, person_id);
create unique index role_assignments_unique_idx on role_assignments
  (person_id, role, coalesce(area_id, '00000000-0000-0000-0000-000000000000'), coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'));

create table sessions (
  id text primary key, -- sha256 of the cookie token
  municipality_id uuid not null references municipalities(id) on delete cascade,
  person_id uuid not null references people(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  user_agent text,
  ip text
);
create index sessions_person_idx on sessions (municipality_id, person_id);
create index sessions_expires_idx on sessions (expires_at);

create table password_reset_tokens (
  id text primary key, -- sha256 of the e-mailed token
  municipality_id uuid not null references municipalities(id) on delete cascade,
  person_id uuid not null references people(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  person_id uuid not null references people(id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_person_idx on api_tokens (municipality_id, person_id);

-- Fixed-window counters for rate limits, shared by all processes on one database.
create table rate_limits (
  key text primary key,
  window_start timestamptz not null,
  count integer not null
);

create table outbox_messages (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  recipient text not null,
  subject text not null,
  body_text text not null,
  purpose text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  transport text not null default 'outbox',
  error text
);
create index outbox_messages_created_idx on outbox_messages (municipality_id, created_at desc);

create table audit_log (
  id bigint generated always as identity primary key,
  municipality_id uuid not null references municipalities(id) on delete cascade,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  actor_label text not null,
  action text not null,
  resource_type text not null,
  resource_id text,
  changes jsonb not null default '{}',
  ip text,
  user_agent text,
  request_id text
);
create index audit_log_time_idx on audit_log (municipality_id, id desc);
create index audit_log_resource_idx on audit_log (municipality_id, resource_type, resource_id);
create index audit_log_actor_idx on audit_log (municipality_id, actor_id);
