-- Import jobs of the social map: an uploaded source (HSDS JSON, the HSDS tabular CSV files, or a
-- CSV with a column mapping) checked by a dry run and then imported in the background of the
-- server process. The row holds the job's state, its progress and the reports, so the progress
-- page can show them, and a restarted server can mark a job that was running as interrupted.
create table social_map_import_jobs (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities(id) on delete cascade,
  created_by uuid references people(id) on delete set null,
  created_by_label text not null,
  format text not null check (format in ('hsds_json', 'hsds_csv', 'csv')),
  file_name text not null,
  -- The uploaded source as the import functions take it (JSON text); emptied once imported.
  source text not null,
  -- CSV only: our field -> the file's column.
  mapping jsonb,
  merge_duplicates text not null default 'skip' check (merge_duplicates in ('skip', 'create')),
  -- uploaded: a CSV waiting for its column mapping; checking: dry run running; checked: dry run
  -- done; importing; imported; failed (an unexpected error); interrupted (the server stopped).
  state text not null check (
    state in ('uploaded', 'checking', 'checked', 'importing', 'imported', 'failed', 'interrupted')
  ),
  phase text check (phase in ('check', 'write')),
  done integer not null default 0,
  total integer not null default 0,
  dry_run_report jsonb,
  report jsonb,
  error text,
  -- Which server process runs the job, and when it last said so.
  runner text,
  heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz
);
create index social_map_import_jobs_idx on social_map_import_jobs (municipality_id, created_at desc);
create index social_map_import_jobs_running_idx on social_map_import_jobs (state)
  where state in ('checking', 'importing');
