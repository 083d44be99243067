import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { DuplicateChoice } from '../hsds/import-records.ts';
import type { ImportFormat, ImportJobState } from './import-job.ts';

// The import jobs table (migrations/0006_social_map_imports.sql) as Kysely sees it.

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;

export type ImportJobsTable = {
  id: Generated<string>;
  municipality_id: string;
  created_by: string | null;
  created_by_label: string;
  format: ImportFormat;
  file_name: string;
  source: string;
  mapping: NullableJson;
  merge_duplicates: Generated<DuplicateChoice>;
  state: ImportJobState;
  phase: 'check' | 'write' | null;
  done: Generated<number>;
  total: Generated<number>;
  dry_run_report: NullableJson;
  report: NullableJson;
  error: string | null;
  runner: string | null;
  heartbeat_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  finished_at: NullableTimestamp;
};

export type ImportJobTables = { social_map_import_jobs: ImportJobsTable };
export type ImportJobRow = Selectable<ImportJobsTable>;

export type JobsDb = Kysely<CoreTables & ImportJobTables>;

export function jobsDb(db: Db): JobsDb {
  return readDb<ImportJobTables>(db);
}

export function jobsTx(tx: WriteTx): WriteTx<CoreTables & ImportJobTables> {
  return withTables<ImportJobTables>(tx);
}
