-- Wijkplan & programma (issue 4): plans per area, who owns and writes them, their tree of goals
-- → action lines → interventions/projects, milestones, indicators with measured values, and
-- links to items of other modules. Every table carries municipality_id; every query filters by it.
-- plans.version and plan_items.version carry optimistic concurrency (ETag / If-Match, hidden
-- form field): a write names the version it started from and fails when it moved on.

create table plans (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  -- A wijk or gebied for a wijkplan; the municipality's root area for the programme.
  area_id uuid not null references areas(id) on delete restrict,
  kind text not null check (kind in ('area_plan', 'programme')),
  title text not null,
  -- For residents, in plain language; shown at the top of the public page.
  summary text not null default '',
  vision text not null default '',
  period_start date not null,
  period_end date not null,
  state text not null default 'draft' check (state in ('draft', 'adopted', 'under_review', 'closed')),
  adopted_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start)
);
create index plans_area_idx on plans (municipality_id, area_id, state);

-- People and organisations with a role in a plan. Exactly one of organisation_id, person_id.
create table plan_members (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  organisation_id uuid references organisations(id) on delete cascade,
  person_id uuid references people(id) on delete cascade,
  role text not null check (role in ('owner', 'co_author', 'reader')),
  created_at timestamptz not null default now(),
  check (num_nonnulls(organisation_id, person_id) = 1)
);
create unique index plan_members_unique_idx on plan_members
  (plan_id, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'),
   coalesce(person_id, '00000000-0000-0000-0000-000000000000'));
create index plan_members_person_idx on plan_members (municipality_id, person_id);
create index plan_members_organisation_idx on plan_members (municipality_id, organisation_id);

-- goal (long term) → action_line (mid term) → intervention (short term; a project is an
-- intervention that came in through the programme). The service keeps the levels in order.
create table plan_items (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  parent_id uuid references plan_items(id) on delete restrict,
  level text not null check (level in ('goal', 'action_line', 'intervention')),
  position integer not null default 0,
  title text not null,
  description text not null default '',
  owner_organisation_id uuid references organisations(id) on delete set null,
  contact_person_id uuid references people(id) on delete set null,
  start_date date,
  end_date date,
  status text not null default 'planned' check (status in ('idea', 'planned', 'running', 'done', 'stopped')),
  themes text[] not null default '{}',
  -- Weight in the parent's roll-up; null counts as an equal share (the average).
  weight numeric(10, 2) check (weight is null or weight > 0),
  -- Set by the owner (0–100); null means: from the milestones, or from the children.
  progress integer check (progress is null or progress between 0 and 100),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((level = 'goal') = (parent_id is null)),
  check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_items_plan_idx on plan_items (municipality_id, plan_id, parent_id, position);
create index plan_items_owner_idx on plan_items (municipality_id, owner_organisation_id);

create table plan_item_areas (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references plan_items(id) on delete cascade,
  area_id uuid not null references areas(id) on delete cascade,
  primary key (item_id, area_id)
);
create index plan_item_areas_area_idx on plan_item_areas (municipality_id, area_id);

-- Items of other modules (a social-map asset, an initiative) by reference: modules never read
-- each other's tables, so the label is resolved through that module's services when shown.
create table plan_item_links (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references plan_items(id) on delete cascade,
  module text not null check (module in ('social_map', 'initiatives')),
  ref_id uuid not null,
  primary key (item_id, module, ref_id)
);
create index plan_item_links_ref_idx on plan_item_links (municipality_id, module, ref_id);

create table plan_milestones (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references plan_items(id) on delete cascade,
  title text not null,
  due_date date,
  done_on date,
  position integer not null default 0,
  created_at timestamptz not null default now()
);
create index plan_milestones_item_idx on plan_milestones (municipality_id, item_id, position);

-- What an item wants to change, measured. source 'cbs' reads a key figure (areas.attributes key
-- cbs_key) of cbs_area_id; 'manual' takes values entered with their own source.
create table plan_indicators (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references plan_items(id) on delete cascade,
  name text not null,
  unit text not null default '',
  direction text not null default 'increase' check (direction in ('increase', 'decrease')),
  baseline numeric,
  baseline_on date,
  target numeric,
  target_on date,
  source_kind text not null default 'manual' check (source_kind in ('manual', 'cbs')),
  cbs_key text,
  cbs_area_id uuid references areas(id) on delete set null,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (source_kind <> 'cbs' or (cbs_key is not null and cbs_area_id is not null))
);
create index plan_indicators_item_idx on plan_indicators (municipality_id, item_id, position);

create table plan_indicator_values (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  indicator_id uuid not null references plan_indicators(id) on delete cascade,
  measured_on date not null,
  value numeric not null,
  -- Where the figure comes from (a survey, a count, "CBS Kerncijfers wijken en buurten 2024").
  source text not null,
  note text not null default '',
  recorded_by uuid references people(id) on delete set null,
  created_at timestamptz not null default now()
);
create index plan_indicator_values_idx on plan_indicator_values (municipality_id, indicator_id, measured_on);
