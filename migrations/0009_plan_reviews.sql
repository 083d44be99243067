-- Review moments (peilmomenten) of a plan and the plan's versions (issue 4, decision 018).
-- A review moment is scheduled; before it the item owners get one reminder (reminder_sent_at, so
-- the daily job never sends twice); at it every item gets a verdict with a note; holding it saves
-- the plan as a version. A version is a frozen snapshot (jsonb) of the plan and its items, so any
-- two can be compared even after items were deleted or moved.

create table plan_versions (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  -- 1, 2, 3 … per plan, in the order they were saved.
  number integer not null check (number > 0),
  label text not null default '',
  -- { plan: {...}, items: [...] } as written by the service (PlanSnapshot, schema version 1).
  snapshot jsonb not null,
  created_by uuid references people(id) on delete set null,
  created_by_label text not null,
  created_at timestamptz not null default now()
);
create unique index plan_versions_number_idx on plan_versions (plan_id, number);
create index plan_versions_plan_idx on plan_versions (municipality_id, plan_id, number);

create table plan_reviews (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  title text not null,
  scheduled_on date not null,
  -- How many days before scheduled_on the owners are reminded to update their items.
  remind_days_before integer not null default 14 check (remind_days_before between 0 and 90),
  reminder_sent_at timestamptz,
  state text not null default 'scheduled' check (state in ('scheduled', 'held')),
  summary text not null default '',
  held_at timestamptz,
  held_by uuid references people(id) on delete set null,
  held_by_label text,
  version_id uuid references plan_versions(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'held') = (held_at is not null))
);
create index plan_reviews_plan_idx on plan_reviews (municipality_id, plan_id, scheduled_on);
create index plan_reviews_due_idx on plan_reviews (scheduled_on) where state = 'scheduled' and reminder_sent_at is null;

alter table plan_versions add column review_id uuid references plan_reviews(id) on delete set null;

-- The verdict on one item at one review moment. The item's title is kept, so the outcome still
-- reads well after the item is gone.
create table plan_review_assessments (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  review_id uuid not null references plan_reviews(id) on delete cascade,
  item_id uuid references plan_items(id) on delete set null,
  item_title text not null,
  verdict text not null check (verdict in ('on_track', 'needs_attention', 'to_adjust')),
  note text not null default '',
  assessed_by uuid references people(id) on delete set null,
  assessed_at timestamptz not null default now()
);
create unique index plan_review_assessments_item_idx on plan_review_assessments (review_id, item_id);
create index plan_review_assessments_review_idx on plan_review_assessments (municipality_id, review_id);
