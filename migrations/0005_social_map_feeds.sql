-- Calendar feeds (agenda-koppelingen): an organisation or a person registers an iCalendar URL;
-- the server fetches it now and then and keeps one activity per event UID in step with it.

create table social_map_feeds (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  url text not null check (length(url) between 1 and 2000),
  -- The owner: an organisation, or a person (a registered resident); an editor may register one
  -- for an organisation it does not belong to.
  owner_organisation_id uuid references organisations(id) on delete set null,
  owner_person_id uuid references people(id) on delete set null,
  created_by uuid references people(id) on delete set null,
  -- Where the items land, and what they are about, unless an event says otherwise.
  area_id uuid not null references areas(id) on delete restrict,
  themes text[] not null default '{}',
  target_groups text[] not null default '{}',
  -- How the items are published (editorial policy of the area, as for the one who registered it).
  publisher_role text not null check (publisher_role in ('editor', 'organisation', 'contributor')),
  interval_minutes integer not null default 360 check (interval_minutes between 15 and 10080),
  -- new: never fetched; ok; error: may pass (network, HTTP, timeout); bad_source: the URL or
  -- the content must be fixed (not iCalendar, too large, malformed, refused).
  state text not null default 'new' check (state in ('new', 'ok', 'error', 'bad_source')),
  problem_key text,
  problem_detail text,
  consecutive_failures integer not null default 0,
  etag text,
  last_modified text,
  last_fetched_at timestamptz,
  last_succeeded_at timestamptz,
  next_fetch_at timestamptz,
  item_count integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index social_map_feeds_municipality_idx on social_map_feeds (municipality_id, name);
create index social_map_feeds_due_idx on social_map_feeds (next_fetch_at) where next_fetch_at is not null;

-- One row per event UID of a feed: the asset it became and a hash of what the feed said, so an
-- unchanged event costs no write. removed_at: the event left the feed (its asset is archived).
create table social_map_feed_items (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  feed_id uuid not null references social_map_feeds(id) on delete cascade,
  uid text not null,
  asset_id uuid not null references social_map_assets(id) on delete cascade,
  content_hash text not null,
  removed_at timestamptz,
  primary key (feed_id, uid)
);
create index social_map_feed_items_asset_idx on social_map_feed_items (municipality_id, asset_id);

-- The most recent fetches of a feed (the service keeps the last 20), shown to its owner.
create table social_map_feed_runs (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  feed_id uuid not null references social_map_feeds(id) on delete cascade,
  started_at timestamptz not null,
  state text not null check (state in ('ok', 'not_modified', 'error', 'bad_source')),
  problem_key text,
  problem_detail text,
  created integer not null default 0,
  updated integer not null default 0,
  removed integer not null default 0,
  unchanged integer not null default 0,
  warnings jsonb not null default '[]'
);
create index social_map_feed_runs_feed_idx on social_map_feed_runs (feed_id, started_at desc);
