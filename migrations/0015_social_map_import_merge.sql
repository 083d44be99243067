-- Sociale kaart imports: a possible duplicate can also be merged into the existing item.
alter table social_map_import_jobs drop constraint social_map_import_jobs_merge_duplicates_check;
alter table social_map_import_jobs add constraint social_map_import_jobs_merge_duplicates_check
  check (merge_duplicates in ('skip', 'create', 'merge'));

-- An item a source was merged into keeps what the source leaves empty on later imports too.
alter table social_map_assets add column source_merged boolean not null default false;
