-- The programme (issue 4, seed 002): project ideas from the neighbourhood, the effect framework
-- they are assessed against, the assessors' scores and the decisions. Every table carries
-- municipality_id; every query filters by it.

-- One framework per municipality: how many effects a project must serve substantially, and who
-- assesses (besides the coordinators). Created with the Den Haag default on first use.
create table programme_settings (
  municipality_id uuid primary key references municipalities(id) on delete cascade,
  min_substantial integer not null default 3 check (min_substantial >= 0 and min_substantial <= 50),
  assessor_ids uuid[] not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

-- The effects (kind 'effect': counted by the rule) and the extra criteria (kind 'criterion', such
-- as durability: each must reach min_score). Retired ones keep their old scores readable.
create table programme_criteria (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  kind text not null check (kind in ('effect', 'criterion')),
  code text not null,
  name text not null,
  description text not null default '',
  min_score text check (min_score in ('some', 'substantial')),
  position integer not null default 0,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (municipality_id, code),
  check ((kind = 'criterion') = (min_score is not null))
);
create index programme_criteria_idx on programme_criteria (municipality_id, active, kind, position);

create table project_ideas (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  area_id uuid not null references areas(id) on delete restrict,
  title text not null,
  summary text not null,
  -- What happens, with whom, and how it goes on after the programme's money (durability).
  description text not null default '',
  durability text not null default '',
  partners text not null default '',
  budget_cents bigint check (budget_cents is null or budget_cents >= 0),
  -- The effects the submitter aims at (criteria ids); the assessors decide what it really serves.
  aimed_effect_ids uuid[] not null default '{}',
  submitter_kind text not null check (submitter_kind in ('resident', 'partner', 'staff')),
  submitter_name text,
  -- Null once anonymised after the retention period.
  submitter_email text,
  submitter_person_id uuid references people(id) on delete set null,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  status text not null default 'unconfirmed'
    check (status in ('unconfirmed', 'submitted', 'in_assessment', 'revise', 'accepted', 'rejected')),
  confirm_expires_at timestamptz,
  idempotency_key text,
  -- The intervention an accepted idea became (plans part's createItem).
  plan_id uuid references plans(id) on delete set null,
  plan_item_id uuid references plan_items(id) on delete set null,
  version integer not null default 1,
  confirmed_at timestamptz,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index project_ideas_idempotency_idx on project_ideas (municipality_id, idempotency_key)
  where idempotency_key is not null;
create index project_ideas_list_idx on project_ideas (municipality_id, status, created_at desc, id);
create index project_ideas_area_idx on project_ideas (municipality_id, area_id);
create index project_ideas_plan_idx on project_ideas (municipality_id, plan_id);

-- Goals of a wijkplan an idea serves (set by staff; an accepted idea also serves the goal above
-- its action line). The fragmentation view reads these.
create table project_idea_goals (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  idea_id uuid not null references project_ideas(id) on delete cascade,
  goal_item_id uuid not null references plan_items(id) on delete cascade,
  primary key (idea_id, goal_item_id)
);
create index project_idea_goals_goal_idx on project_idea_goals (municipality_id, goal_item_id);

-- One score per assessor per effect or criterion, with the reason for it.
create table project_assessments (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  idea_id uuid not null references project_ideas(id) on delete cascade,
  criterion_id uuid not null references programme_criteria(id) on delete cascade,
  assessor_id uuid not null references people(id) on delete cascade,
  score text not null check (score in ('none', 'some', 'substantial')),
  motivation text not null,
  updated_at timestamptz not null default now(),
  unique (idea_id, criterion_id, assessor_id)
);
create index project_assessments_idea_idx on project_assessments (municipality_id, idea_id);

-- Every decision, in order: an idea may be sent back for revision and decided again.
create table project_decisions (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  idea_id uuid not null references project_ideas(id) on delete cascade,
  decision text not null check (decision in ('accept', 'revise', 'reject')),
  reason text not null,
  -- The rule's outcome at the moment of deciding (a decision may depart from it, with reasons).
  rule_outcome text not null check (rule_outcome in ('meets', 'does_not_meet', 'incomplete')),
  decided_by uuid references people(id) on delete set null,
  decided_at timestamptz not null default now()
);
create index project_decisions_idea_idx on project_decisions (municipality_id, idea_id, decided_at);
