-- Counts of initiative items per month of receipt (Europe/Amsterdam), area, category and current
-- status, kept by statement-level triggers on initiative_items (decision 031). The officer's
-- dashboard, the trends and the statistics read these few rows instead of grouping up to a
-- million items on every page view. One row per (month, area, category, status); n may reach 0.

create table initiative_item_counts (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  month date not null,
  area_id uuid not null,
  -- Copy of the area's path (as on the items), for the officers' subtree filters.
  area_path text not null,
  category_id uuid not null,
  status text not null,
  n integer not null,
  primary key (municipality_id, month, area_id, category_id, status)
);
create index initiative_item_counts_area_idx on initiative_item_counts (municipality_id, area_path text_pattern_ops, month);

-- The same per week of receipt (the Monday, Europe/Amsterdam) and area, for the dashboard's weeks.
create table initiative_item_week_counts (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  week date not null,
  area_id uuid not null,
  area_path text not null,
  n integer not null,
  primary key (municipality_id, week, area_id)
);
create index initiative_item_week_counts_area_idx on initiative_item_week_counts (municipality_id, area_path text_pattern_ops, week);

-- One function for the three statements: subtract what the old rows counted, add the new ones.
-- An update only touches the counters when something counted changed (most handling steps
-- change the status, which the week counts do not hold). Rows are applied in key order so
-- concurrent statements lock counter rows in the same order.
create function initiative_item_counts_apply() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    insert into initiative_item_counts as c (municipality_id, month, area_id, area_path, category_id, status, n)
    select o.municipality_id, date_trunc('month', o.received_at at time zone 'Europe/Amsterdam')::date,
      o.area_id, max(o.area_path), o.category_id, o.status, -count(*)::int
    from old_rows o
    -- When the municipality itself is being deleted its counters go with it: nothing to subtract.
    where exists (select 1 from municipalities m where m.id = o.municipality_id)
    group by 1, 2, 3, 5, 6
    order by 1, 2, 3, 5, 6
    on conflict (municipality_id, month, area_id, category_id, status) do update set n = c.n + excluded.n;
    insert into initiative_item_week_counts as w (municipality_id, week, area_id, area_path, n)
    select o.municipality_id, date_trunc('week', o.received_at at time zone 'Europe/Amsterdam')::date,
      o.area_id, max(o.area_path), -count(*)::int
    from old_rows o
    where exists (select 1 from municipalities m where m.id = o.municipality_id)
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (municipality_id, week, area_id) do update set n = w.n + excluded.n;
  elsif tg_op = 'INSERT' then
    insert into initiative_item_counts as c (municipality_id, month, area_id, area_path, category_id, status, n)
    select i.municipality_id, date_trunc('month', i.received_at at time zone 'Europe/Amsterdam')::date,
      i.area_id, max(i.area_path), i.category_id, i.status, count(*)::int
    from new_rows i
    group by 1, 2, 3, 5, 6
    order by 1, 2, 3, 5, 6
    on conflict (municipality_id, month, area_id, category_id, status)
      do update set n = c.n + excluded.n, area_path = excluded.area_path;
    insert into initiative_item_week_counts as w (municipality_id, week, area_id, area_path, n)
    select i.municipality_id, date_trunc('week', i.received_at at time zone 'Europe/Amsterdam')::date,
      i.area_id, max(i.area_path), count(*)::int
    from new_rows i
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (municipality_id, week, area_id) do update set n = w.n + excluded.n, area_path = excluded.area_path;
  else
    -- UPDATE: the changes of counted columns as -1 for the old and +1 for the new values.
    insert into initiative_item_counts as c (municipality_id, month, area_id, area_path, category_id, status, n)
    select d.municipality_id, d.month, d.area_id, max(d.area_path), d.category_id, d.status, sum(d.n)::int
    from (
      select o.municipality_id, date_trunc('month', o.received_at at time zone 'Europe/Amsterdam')::date as month,
        o.area_id, o.area_path, o.category_id, o.status, -1 as n
      from old_rows o join new_rows i on i.id = o.id
      where (o.received_at, o.area_id, o.area_path, o.category_id, o.status)
        is distinct from (i.received_at, i.area_id, i.area_path, i.category_id, i.status)
      union all
      select i.municipality_id, date_trunc('month', i.received_at at time zone 'Europe/Amsterdam')::date,
        i.area_id, i.area_path, i.category_id, i.status, 1
      from old_rows o join new_rows i on i.id = o.id
      where (o.received_at, o.area_id, o.area_path, o.category_id, o.status)
        is distinct from (i.received_at, i.area_id, i.area_path, i.category_id, i.status)
    ) d
    group by 1, 2, 3, 5, 6
    order by 1, 2, 3, 5, 6
    on conflict (municipality_id, month, area_id, category_id, status)
      do update set n = c.n + excluded.n, area_path = excluded.area_path;
    insert into initiative_item_week_counts as w (municipality_id, week, area_id, area_path, n)
    select d.municipality_id, d.week, d.area_id, max(d.area_path), sum(d.n)::int
    from (
      select o.municipality_id, date_trunc('week', o.received_at at time zone 'Europe/Amsterdam')::date as week,
        o.area_id, o.area_path, -1 as n
      from old_rows o join new_rows i on i.id = o.id
      where (o.received_at, o.area_id, o.area_path) is distinct from (i.received_at, i.area_id, i.area_path)
      union all
      select i.municipality_id, date_trunc('week', i.received_at at time zone 'Europe/Amsterdam')::date,
        i.area_id, i.area_path, 1
      from old_rows o join new_rows i on i.id = o.id
      where (o.received_at, o.area_id, o.area_path) is distinct from (i.received_at, i.area_id, i.area_path)
    ) d
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (municipality_id, week, area_id) do update set n = w.n + excluded.n, area_path = excluded.area_path;
  end if;
  return null;
end
$$;

create trigger initiative_item_counts_insert after insert on initiative_items
  referencing new table as new_rows for each statement execute function initiative_item_counts_apply();
create trigger initiative_item_counts_update after update on initiative_items
  referencing old table as old_rows new table as new_rows for each statement execute function initiative_item_counts_apply();
create trigger initiative_item_counts_delete after delete on initiative_items
  referencing old table as old_rows for each statement execute function initiative_item_counts_apply();

-- Items that exist already.
insert into initiative_item_counts (municipality_id, month, area_id, area_path, category_id, status, n)
select municipality_id, date_trunc('month', received_at at time zone 'Europe/Amsterdam')::date,
  area_id, max(area_path), category_id, status, count(*)::int
from initiative_items
group by 1, 2, 3, 5, 6;
insert into initiative_item_week_counts (municipality_id, week, area_id, area_path, n)
select municipality_id, date_trunc('week', received_at at time zone 'Europe/Amsterdam')::date,
  area_id, max(area_path), count(*)::int
from initiative_items
group by 1, 2, 3;
