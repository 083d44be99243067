-- Financing of the wijkplan and the programme (issue 4): budget lines per intervention or project,
-- each from one source (the programme's own budget, another department, a partner, a national
-- programme, a fund), with the amount committed and the amount spent in a budget year, in euro
-- cents. The share from other sources (co-financing) is computed from these lines, never stored.

create table plan_budget_lines (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  item_id uuid not null references plan_items(id) on delete cascade,
  source_kind text not null
    check (source_kind in ('programme_budget', 'department', 'partner', 'national_programme', 'fund')),
  -- A registered organisation (a department, a partner), or else a name (a national programme, a
  -- fund that is not an organisation here). The programme's own budget needs neither.
  source_organisation_id uuid references organisations(id) on delete set null,
  source_name text not null default '',
  description text not null default '',
  budget_year integer not null check (budget_year between 2000 and 2100),
  committed_cents bigint not null check (committed_cents >= 0),
  spent_cents bigint not null default 0 check (spent_cents >= 0),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (source_kind = 'programme_budget' or source_organisation_id is not null or source_name <> '')
);
create index plan_budget_lines_item_idx on plan_budget_lines (municipality_id, item_id, budget_year);
create index plan_budget_lines_source_idx on plan_budget_lines (municipality_id, source_organisation_id);
