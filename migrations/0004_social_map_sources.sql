-- Where an imported item came from: the source ('hsds', 'csv:<name>') and its id there. A
-- re-import finds the item by these and updates it instead of adding it again.
alter table social_map_assets add column source text;
alter table social_map_assets add column source_id text;
create unique index social_map_assets_source_idx
  on social_map_assets (municipality_id, source, source_id)
  where source_id is not null;
