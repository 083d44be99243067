-- Initiatieven & signalen (issue 5, seeds 001, 002, 004): residents' ideas, initiatives with a
-- budget request, signals and questions. Every item has one responsible owner at every moment,
-- a deadline, a state the resident can follow by a private link, and an answer. A small quick
-- budget per area and year (smeeroliebudget) with grants that can never overspend it.
-- Every table carries municipality_id; every query filters by it.

-- Settings per municipality. Liberation Day (5 May) is a day off only where the municipality
-- says so; escalation to the coordinator comes escalation_working_days after the deadline.
create table initiative_settings (
  municipality_id uuid primary key references municipalities(id) on delete cascade,
  liberation_day_off boolean not null default false,
  escalation_working_days integer not null default 5 check (escalation_working_days between 0 and 60),
  reopen_days integer not null default 14 check (reopen_days between 0 and 90),
  -- How long the contact details and photos of a closed item are kept (then removed).
  retention_days integer not null default 365 check (retention_days between 30 and 3650),
  -- The public map of signals (locations rounded) is opt-in per municipality and per category.
  public_map boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

-- Kinds: idea, initiative (with a budget request), signal, question; configurable.
create table initiative_kinds (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  code text not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  name text not null,
  name_en text,
  description text not null default '',
  description_en text,
  -- Items of this kind may ask for money from the quick budget.
  budget_request boolean not null default false,
  position integer not null default 0,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (municipality_id, code)
);

-- Categories per kind: a public name, help for choosing, the owning department or team, the
-- handling time, and what happens next. attributes: extra questions (Open311 service definition).
create table initiative_categories (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  kind_id uuid not null references initiative_kinds(id) on delete restrict,
  code text not null check (code ~ '^[a-z][a-z0-9-]{1,59}$'),
  name text not null,
  name_en text,
  help text not null default '',
  help_en text,
  next_steps text not null default '',
  next_steps_en text,
  owner_organisation_id uuid not null references organisations(id) on delete restrict,
  handling_days integer not null check (handling_days between 1 and 365),
  day_type text not null default 'working' check (day_type in ('working', 'calendar')),
  keywords text[] not null default '{}',
  attributes jsonb not null default '[]',
  -- Shown on the public signal map (when the municipality has it on).
  on_public_map boolean not null default false,
  position integer not null default 0,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, code)
);
create index initiative_categories_kind_idx on initiative_categories (municipality_id, kind_id, position);

-- Routing: ordered rules, first match wins. A null condition matches anything; an area matches
-- its whole subtree. The target is a department/team (organisation), optionally one person in it.
create table initiative_routing_rules (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  position integer not null,
  kind_id uuid references initiative_kinds(id) on delete cascade,
  category_id uuid references initiative_categories(id) on delete cascade,
  area_id uuid references areas(id) on delete cascade,
  target_organisation_id uuid not null references organisations(id) on delete restrict,
  target_person_id uuid references people(id) on delete set null,
  note text not null default '',
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index initiative_routing_rules_idx on initiative_routing_rules (municipality_id, active, position);

-- Reference numbers: one counter per municipality and year (M-2026-000123).
create table initiative_reference_counters (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  year integer not null,
  last integer not null default 0,
  primary key (municipality_id, year)
);

create table initiative_items (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  reference text not null,
  kind_id uuid not null references initiative_kinds(id) on delete restrict,
  category_id uuid not null references initiative_categories(id) on delete restrict,
  title text not null,
  description text not null,
  -- Where: always an area (at least the buurt), optionally a point and an address.
  area_id uuid not null references areas(id) on delete restrict,
  -- Copy of the area's path, so officers' subtree filters need no join on large tables.
  area_path text not null,
  lon double precision,
  lat double precision,
  address text,
  status text not null default 'received'
    check (status in ('received', 'in_progress', 'awaiting_resident', 'decided', 'in_execution', 'done', 'cancelled', 'reopened')),
  decision text check (decision in ('granted', 'rejected', 'referred')),
  -- The answer the resident reads on their page.
  answer text,
  -- The one responsible owner: a department/team, optionally a named person in it.
  owner_organisation_id uuid not null references organisations(id) on delete restrict,
  owner_person_id uuid references people(id) on delete set null,
  channel text not null default 'web'
    check (channel in ('web', 'phone', 'counter', 'street', 'email', 'open311', 'api')),
  -- Staff or partner who registered it on behalf of a resident.
  registered_by uuid references people(id) on delete set null,
  submitter_person_id uuid references people(id) on delete set null,
  -- Personal data: minimal, optional, removed after the retention period (contact_removed_at).
  contact_name text,
  contact_email text,
  contact_phone text,
  consent_text text,
  consent_at timestamptz,
  contact_removed_at timestamptz,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  idempotency_key text,
  -- sha256 of the private follow token (the token itself is only in the resident's link).
  follow_token_hash text not null,
  requested_cents bigint check (requested_cents is null or requested_cents >= 0),
  attribute_values jsonb not null default '{}',
  received_at timestamptz not null default now(),
  -- Deadline (a date, end of that day in Europe/Amsterdam) and the escalation date after it.
  deadline_on date not null,
  escalate_on date not null,
  escalated_at timestamptz,
  decided_at timestamptz,
  closed_at timestamptz,
  -- The item may appear (rounded) on the public map: category opt-in and not withdrawn.
  public boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, reference)
);
create unique index initiative_items_idempotency_idx on initiative_items (municipality_id, idempotency_key)
  where idempotency_key is not null;
create unique index initiative_items_follow_idx on initiative_items (follow_token_hash);
create index initiative_items_owner_idx on initiative_items (municipality_id, owner_organisation_id, status, deadline_on);
create index initiative_items_status_idx on initiative_items (municipality_id, status, deadline_on);
create index initiative_items_area_idx on initiative_items (municipality_id, area_path text_pattern_ops, received_at);
create index initiative_items_category_idx on initiative_items (municipality_id, category_id, received_at);
create index initiative_items_received_idx on initiative_items (municipality_id, received_at desc, id);

-- History: every transition, transfer, question, answer, grant, rating; public_text is what the
-- resident was told (shown on their page), internal_note is for staff only.
create table initiative_events (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references initiative_items(id) on delete cascade,
  event text not null check (event ~ '^[a-z][a-z_]{1,39}$'),
  from_status text,
  to_status text,
  from_organisation_id uuid references organisations(id) on delete set null,
  to_organisation_id uuid references organisations(id) on delete set null,
  reason text,
  public_text text,
  internal_note text,
  actor_person_id uuid references people(id) on delete set null,
  actor_label text not null,
  created_at timestamptz not null default now()
);
create index initiative_events_item_idx on initiative_events (item_id, created_at, id);
create index initiative_events_transfer_idx on initiative_events (municipality_id, event, created_at);

-- Files: photos with a submission, and photos and receipts with an accounting. Images are
-- re-encoded on upload so no metadata (GPS, camera) is kept.
create table initiative_files (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references initiative_items(id) on delete cascade,
  purpose text not null check (purpose in ('submission', 'accounting_photo', 'receipt')),
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  bytes bytea not null,
  byte_size integer not null check (byte_size > 0),
  width integer,
  height integer,
  sha256 text not null,
  alt text not null default '',
  created_at timestamptz not null default now()
);
create index initiative_files_item_idx on initiative_files (item_id, purpose, created_at);

-- Resident message templates per event and language, overriding the built-in texts.
create table initiative_message_templates (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  event text not null,
  locale text not null check (locale in ('nl', 'en')),
  subject text not null,
  body text not null,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, event, locale)
);

-- The quick budget per area and year. reserved_cents is granted money (paid or not): the check
-- makes overspending impossible even if a service forgot to look.
create table initiative_budgets (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid not null references areas(id) on delete restrict,
  year integer not null check (year between 2000 and 2100),
  amount_cents bigint not null check (amount_cents >= 0),
  max_per_initiative_cents bigint not null check (max_per_initiative_cents > 0),
  reserved_cents bigint not null default 0 check (reserved_cents >= 0),
  rules text not null default '',
  rules_en text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, area_id, year),
  check (reserved_cents <= amount_cents)
);

create table initiative_grants (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  budget_id uuid not null references initiative_budgets(id) on delete restrict,
  item_id uuid not null references initiative_items(id) on delete restrict,
  amount_cents bigint not null check (amount_cents > 0),
  status text not null default 'granted' check (status in ('granted', 'paid', 'accounted', 'withdrawn')),
  note text not null default '',
  granted_by uuid references people(id) on delete set null,
  granted_at timestamptz not null default now(),
  unique (item_id)
);
create index initiative_grants_budget_idx on initiative_grants (municipality_id, budget_id, granted_at);

create table initiative_payments (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  grant_id uuid not null references initiative_grants(id) on delete restrict,
  amount_cents bigint not null check (amount_cents > 0),
  paid_on date not null,
  reference text not null default '',
  recorded_by uuid references people(id) on delete set null,
  created_at timestamptz not null default now()
);
create index initiative_payments_grant_idx on initiative_payments (grant_id, paid_on);

-- The initiator's account after the initiative (through the private link): a short report and
-- what was spent; receipts and photos are initiative_files of the item.
create table initiative_accountings (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  grant_id uuid not null references initiative_grants(id) on delete restrict,
  report text not null,
  spent_cents bigint not null check (spent_cents >= 0),
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'needs_more')),
  review_note text not null default '',
  reviewed_by uuid references people(id) on delete set null,
  reviewed_at timestamptz,
  submitted_at timestamptz not null default now()
);
create index initiative_accountings_grant_idx on initiative_accountings (grant_id, submitted_at);

-- Satisfaction after closing; an unhappy answer within reopen_days may reopen the item.
create table initiative_ratings (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references initiative_items(id) on delete cascade,
  satisfied boolean not null,
  reason text not null default '',
  reopened boolean not null default false,
  created_at timestamptz not null default now()
);
create index initiative_ratings_item_idx on initiative_ratings (municipality_id, item_id, created_at);

-- Wijksignalen: related items bundled by an officer with an explanation, linked to a plan item
-- (by id, through the plan module's services) or sent to a department or board.
create table neighbourhood_signals (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid not null references areas(id) on delete restrict,
  title text not null,
  explanation text not null,
  status text not null default 'open' check (status in ('open', 'sent', 'linked', 'closed')),
  plan_item_id uuid,
  sent_to_organisation_id uuid references organisations(id) on delete set null,
  sent_to_board text,
  -- What happened with it, told to the residents who reported.
  outcome text,
  created_by uuid references people(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index neighbourhood_signals_area_idx on neighbourhood_signals (municipality_id, area_id, created_at desc);

create table neighbourhood_signal_items (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  signal_id uuid not null references neighbourhood_signals(id) on delete cascade,
  item_id uuid not null references initiative_items(id) on delete cascade,
  primary key (signal_id, item_id)
);
create index neighbourhood_signal_items_item_idx on neighbourhood_signal_items (item_id);
