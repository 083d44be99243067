-- Sociale kaart: indexes for search at size (see docs/benchmarks.md and decision 013).

-- "Near me": a bounding box on point(lon, lat) answered by a GiST index, instead of a range on
-- lat with lon filtered row by row (the btree of 0003, dropped here).
create index social_map_assets_point_gist_idx on social_map_assets using gist (point(lon, lat))
  where lat is not null;
drop index if exists social_map_assets_point_idx;

-- Browsing without words lists the published items by title: read in index order and stop after
-- one page, instead of sorting every item of the municipality.
create index social_map_assets_title_order_idx on social_map_assets (municipality_id, title, id)
  where status = 'published';
