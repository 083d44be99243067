-- Wijktoets (issue 4, seed 001 #87): a department asks the area officers for a neighbourhood check
-- on a proposed decision or plan; each asked area gets its own answer from its officers. The
-- answers stay attached to the request and show in the areas (and their plans) concerned.

create table neighbourhood_checks (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  title text not null,
  -- The proposed decision or plan, summarised, and what the department wants to know.
  proposal text not null,
  question text not null default '',
  requesting_organisation_id uuid references organisations(id) on delete set null,
  requested_by uuid references people(id) on delete set null,
  -- The plan it concerns, when there is one.
  plan_id uuid references plans(id) on delete set null,
  answer_by date not null,
  closed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index neighbourhood_checks_created_idx on neighbourhood_checks (municipality_id, created_at desc, id);
create index neighbourhood_checks_plan_idx on neighbourhood_checks (municipality_id, plan_id);

create table neighbourhood_check_areas (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  check_id uuid not null references neighbourhood_checks(id) on delete cascade,
  area_id uuid not null references areas(id) on delete cascade,
  verdict text check (verdict in ('supports', 'supports_with_conditions', 'concerns', 'no_impact')),
  answer text not null default '',
  answered_by uuid references people(id) on delete set null,
  answered_at timestamptz,
  primary key (check_id, area_id),
  check ((verdict is null) = (answered_at is null))
);
create index neighbourhood_check_areas_area_idx on neighbourhood_check_areas (municipality_id, area_id);
