-- Sociale kaart: assets in the ABCD sense (places, offerings, groups, activities, key persons),
-- their revision history, public submissions, reports, per-area editorial policy, taxonomy,
-- consent of key persons and the module's per-municipality settings.
-- Every table carries municipality_id; every query filters by it.

-- Settings per municipality; a missing row means the defaults below.
create table social_map_settings (
  municipality_id uuid primary key references municipalities(id) on delete cascade,
  report_hide_threshold integer not null default 3 check (report_hide_threshold >= 1),
  verify_after_months integer not null default 6 check (verify_after_months >= 1),
  grace_months integer not null default 1 check (grace_months >= 0),
  hide_after_months integer not null default 3 check (hide_after_months >= 0),
  key_person_retention_months integer not null default 24 check (key_person_retention_months >= 1),
  submitter_retention_months integer not null default 12 check (submitter_retention_months >= 1),
  updated_at timestamptz not null default now()
);

-- Themes, target groups and the six ABCD asset categories; labels per municipality.
create table social_map_terms (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  vocabulary text not null check (vocabulary in ('theme', 'target_group', 'abcd')),
  code text not null check (code ~ '^[a-z0-9-]{1,60}$'),
  label_nl text not null,
  label_en text not null,
  position integer not null default 0,
  active boolean not null default true,
  unique (municipality_id, vocabulary, code)
);

create table social_map_assets (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid not null references areas(id) on delete restrict,
  kind text not null check (kind in ('place', 'offering', 'group', 'activity', 'key_person')),
  formality text not null check (formality in ('formal', 'informal')),
  title text not null,
  summary text not null default '',
  description text not null default '',
  owner_organisation_id uuid references organisations(id) on delete set null,
  owner_person_id uuid references people(id) on delete set null,
  -- Who gets the freshness reminders when there is no owner account (a resident who submitted it).
  maintainer_email text,
  themes text[] not null default '{}',
  target_groups text[] not null default '{}',
  abcd_categories text[] not null default '{}',
  location_type text not null check (location_type in ('address', 'area', 'none', 'online')),
  street text,
  postal_code text,
  city text,
  lon double precision,
  lat double precision,
  online_url text,
  -- Opening hours or when an activity takes place: Schedule values (schedule/schedule.ts).
  schedules jsonb not null default '[]',
  schedule_note text,
  cost_free boolean not null default true,
  cost_text text,
  languages text[] not null default '{}',
  accessibility text[] not null default '{}',
  contact jsonb not null default '[]',
  photo_url text,
  photo_alt text,
  valid_from text check (valid_from ~ '^\d{4}-\d{2}-\d{2}$'),
  valid_until text check (valid_until ~ '^\d{4}-\d{2}-\d{2}$'),
  -- pending: never published yet; rejected: its first version was rejected; archived: taken off
  -- the map by an editor or by the removal of personal data. Nothing is ever deleted.
  status text not null check (status in ('pending', 'published', 'rejected', 'archived')),
  current_revision_id uuid,
  revision_count integer not null default 0,
  -- Filled by the service on every write; full-text search is built on it.
  search_text text not null default '',
  last_verified_at timestamptz not null default now(),
  last_verified_by uuid references people(id) on delete set null,
  last_verified_label text not null default '',
  reminder_sent_at timestamptz,
  freshness_state text not null default 'fresh'
    check (freshness_state in ('fresh', 'due', 'possibly_outdated', 'hidden_stale')),
  hidden_for_reports_at timestamptz,
  publication_consent boolean not null default false,
  personal_data_removed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((lon is null) = (lat is null))
);
create index social_map_assets_area_idx on social_map_assets (municipality_id, area_id, kind);
create index social_map_assets_status_idx on social_map_assets (municipality_id, status, freshness_state);
create index social_map_assets_owner_org_idx on social_map_assets (municipality_id, owner_organisation_id);
create index social_map_assets_owner_person_idx on social_map_assets (municipality_id, owner_person_id);
create index social_map_assets_themes_idx on social_map_assets using gin (themes);
create index social_map_assets_title_trgm_idx on social_map_assets using gin (title gin_trgm_ops);

-- Links between assets: the walking group meets in the library, the offering runs at the centre.
create table social_map_asset_links (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  asset_id uuid not null references social_map_assets(id) on delete cascade,
  target_asset_id uuid not null references social_map_assets(id) on delete cascade,
  relation text not null check (relation in ('located_at', 'organised_by', 'part_of', 'related')),
  primary key (asset_id, target_asset_id, relation),
  check (asset_id <> target_asset_id)
);
create index social_map_asset_links_target_idx on social_map_asset_links (municipality_id, target_asset_id);

-- Public submissions wait for the e-mailed confirmation link before they reach the queue.
create table social_map_submissions (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid not null references areas(id) on delete restrict,
  asset_id uuid references social_map_assets(id) on delete set null,
  snapshot jsonb not null,
  submitter_name text,
  submitter_email text,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  confirm_token_hash text not null unique,
  confirm_expires_at timestamptz not null,
  confirmed_at timestamptz,
  status text not null default 'unconfirmed'
    check (status in ('unconfirmed', 'confirmed', 'approved', 'rejected')),
  idempotency_key text,
  decided_at timestamptz,
  decision_reason text,
  created_at timestamptz not null default now(),
  unique (municipality_id, idempotency_key)
);
create index social_map_submissions_email_idx on social_map_submissions (municipality_id, lower(submitter_email));

-- Every version of an asset with the full snapshot. pending: proposed, waiting for review;
-- to_check: already applied (open policy), to be checked afterwards; approved: applied and
-- accepted; rejected: never applied (or rolled back).
create table social_map_revisions (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  asset_id uuid not null references social_map_assets(id) on delete cascade,
  number integer not null,
  snapshot jsonb not null,
  state text not null check (state in ('pending', 'to_check', 'approved', 'rejected')),
  source text not null check (source in ('editor', 'organisation', 'contributor', 'public', 'restore', 'demo')),
  base_revision_id uuid references social_map_revisions(id) on delete set null,
  restored_from_id uuid references social_map_revisions(id) on delete set null,
  submission_id uuid references social_map_submissions(id) on delete set null,
  author_person_id uuid references people(id) on delete set null,
  author_label text not null,
  change_note text not null default '',
  possible_duplicate_ids uuid[] not null default '{}',
  reviewed_by uuid references people(id) on delete set null,
  reviewed_by_label text,
  reviewed_at timestamptz,
  decision_reason text,
  created_at timestamptz not null default now(),
  unique (asset_id, number)
);
create index social_map_revisions_queue_idx on social_map_revisions (municipality_id, state, created_at);

alter table social_map_assets
  add constraint social_map_assets_current_revision_fk
  foreign key (current_revision_id) references social_map_revisions(id) on delete set null;

create table social_map_reports (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  asset_id uuid not null references social_map_assets(id) on delete cascade,
  reason text not null check (reason in ('error', 'abuse', 'other')),
  message text not null default '',
  reporter_email text,
  reporter_person_id uuid references people(id) on delete set null,
  -- HMAC of the reporter's IP address: counts distinct reporters without keeping the address.
  reporter_fingerprint text,
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by_label text,
  resolution text check (resolution in ('kept', 'removed'))
);
create index social_map_reports_open_idx on social_map_reports (municipality_id, asset_id) where resolved_at is null;

-- Per-area editorial policy; areas without a row inherit from the nearest ancestor that has one.
create table social_map_editorial_policies (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid primary key references areas(id) on delete cascade,
  policy text not null check (policy in ('edited', 'open', 'partners_only')),
  updated_at timestamptz not null default now()
);
create index social_map_editorial_policies_idx on social_map_editorial_policies (municipality_id);

-- Consent of a key person to be shown publicly: purpose, when, and the exact text shown.
create table social_map_consents (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  asset_id uuid not null references social_map_assets(id) on delete cascade,
  purpose text not null,
  consent_text text not null,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  given_via text not null check (given_via in ('in_person', 'email', 'form', 'phone')),
  given_at timestamptz not null default now(),
  recorded_by_label text not null,
  withdrawn_at timestamptz
);
create index social_map_consents_asset_idx on social_map_consents (municipality_id, asset_id);
