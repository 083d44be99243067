-- Planning cycles (tandwielen, issue 4): every organisation registers the recurring deadlines of
-- its own planning and control cycle, so the plan's timeline can show when an item must be in
-- which organisation's plan or budget. A cycle without organisation is the municipality's own
-- (kadernota, begroting, jaarrekening): it applies to every department.

create table planning_cycles (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  organisation_id uuid references organisations(id) on delete cascade,
  name text not null,
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index planning_cycles_organisation_idx on planning_cycles (municipality_id, organisation_id);

-- One recurring deadline of a cycle: the day by which something must be in (a plan, a budget) or
-- be accounted for. It falls on day/month and repeats every every_months months from there (12 =
-- once a year); a day past the end of a month falls on that month's last day.
create table planning_cycle_deadlines (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  title text not null,
  description text not null default '',
  purpose text not null check (purpose in ('plan', 'budget', 'accounts')),
  every_months integer not null default 12 check (every_months in (1, 3, 6, 12)),
  month integer not null check (month between 1 and 12),
  day integer not null check (day between 1 and 31),
  -- Optional validity: the first and last date an occurrence may fall on.
  starts_on date,
  ends_on date,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index planning_cycle_deadlines_cycle_idx on planning_cycle_deadlines (municipality_id, cycle_id, position);
