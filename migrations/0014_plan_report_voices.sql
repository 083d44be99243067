-- Voices in the progress report (issue 4): short quotes of residents, partners and staff that the
-- owners of a plan's items add, printed in the voortgangsrapportage for the council. The speaker
-- agreed to be quoted under the attribution given (consent is required, not optional), and the
-- quote goes when the plan or the item goes.

create table plan_report_voices (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  -- Null: the quote is about the plan as a whole.
  item_id uuid references plan_items(id) on delete cascade,
  quote text not null check (char_length(quote) between 1 and 400),
  -- How the speaker wants to be named ("Bewoner van de Vlierstraat").
  attribution text not null check (char_length(attribution) between 1 and 120),
  consent_confirmed boolean not null check (consent_confirmed),
  added_by uuid references people(id) on delete set null,
  created_at timestamptz not null default now()
);
create index plan_report_voices_plan_idx on plan_report_voices (municipality_id, plan_id, created_at);
