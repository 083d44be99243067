import { sql } from 'kysely';
import type { WriteTx } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { DuplicateChoice, ImportReport } from '../hsds/import-records.ts';
import type { ImportFormat, ImportJobProgress, ImportJobState } from './import-job.ts';
import { type ImportJobRow, jobsDb, jobsTx } from './import-jobs.tables.ts';

// Queries of the import jobs. Creating a job (it stores an upload) goes through runWrite with an
// audit entry; the job's own bookkeeping afterwards (progress, state, reports) does not: it is
// written many times a second by the background runner and the import itself is audited by
// importRecords. See docs/decisions/012.

const listColumns = [
  'id',
  'format',
  'file_name',
  'state',
  'mapping',
  'merge_duplicates',
  'phase',
  'done',
  'total',
  'dry_run_report',
  'report',
  'error',
  'runner',
  'heartbeat_at',
  'created_by_label',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

export type ImportJobListRow = Pick<ImportJobRow, (typeof listColumns)[number]>;

export async function insertJob(
  tx: WriteTx,
  municipalityId: string,
  v: {
    createdBy: string | null;
    createdByLabel: string;
    format: ImportFormat;
    fileName: string;
    source: string;
    state: ImportJobState;
  },
): Promise<string> {
  const row = await jobsTx(tx)
    .insertInto('social_map_import_jobs')
    .values({
      municipality_id: municipalityId,
      created_by: v.createdBy,
      created_by_label: v.createdByLabel,
      format: v.format,
      file_name: v.fileName,
      source: v.source,
      state: v.state,
      phase: null,
      error: null,
      runner: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findJobRow(db: Db, municipalityId: string, id: string) {
  return jobsDb(db)
    .selectFrom('social_map_import_jobs')
    .select(listColumns)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findJobSource(db: Db, municipalityId: string, id: string): Promise<string | null> {
  const r = await jobsDb(db)
    .selectFrom('social_map_import_jobs')
    .select('source')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.source ?? null;
}

export async function listJobRows(db: Db, municipalityId: string, limit: number) {
  return jobsDb(db)
    .selectFrom('social_map_import_jobs')
    .select(listColumns)
    .where('municipality_id', '=', municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export interface JobChange {
  state?: ImportJobState;
  mapping?: unknown;
  mergeDuplicates?: DuplicateChoice;
  progress?: ImportJobProgress;
  dryRunReport?: ImportReport | null;
  report?: ImportReport | null;
  error?: string | null;
  runner?: string | null;
  finished?: boolean;
  clearSource?: boolean;
}

/**
 * The runner's bookkeeping on its own job row. Only moves a job that is still in one of
 * `fromStates` (a job another process marked interrupted stays so); true when it did.
 */
export async function updateJob(
  db: Db,
  municipalityId: string,
  id: string,
  change: JobChange,
  fromStates?: readonly ImportJobState[],
): Promise<boolean> {
  const now = new Date();
  let q = jobsDb(db)
    .updateTable('social_map_import_jobs')
    .set({
      updated_at: now,
      ...(change.state ? { state: change.state } : {}),
      ...(change.mapping !== undefined ? { mapping: JSON.stringify(change.mapping) } : {}),
      ...(change.mergeDuplicates ? { merge_duplicates: change.mergeDuplicates } : {}),
      ...(change.progress
        ? {
            phase: change.progress.phase,
            done: change.progress.done,
            total: change.progress.total,
            heartbeat_at: now,
          }
        : {}),
      ...(change.dryRunReport !== undefined
        ? { dry_run_report: change.dryRunReport ? JSON.stringify(change.dryRunReport) : null }
        : {}),
      ...(change.report !== undefined
        ? { report: change.report ? JSON.stringify(change.report) : null }
        : {}),
      ...(change.error !== undefined ? { error: change.error } : {}),
      ...(change.runner !== undefined ? { runner: change.runner, heartbeat_at: now } : {}),
      ...(change.finished ? { finished_at: now } : {}),
      ...(change.clearSource ? { source: '' } : {}),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id);
  if (fromStates) q = q.where('state', 'in', [...fromStates]);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Jobs left running by another (stopped) server process: marked interrupted, in every municipality. */
export async function interruptJobsOfOtherRunners(db: Db, runner: string): Promise<number> {
  const r = await jobsDb(db)
    .updateTable('social_map_import_jobs')
    .set({ state: 'interrupted', updated_at: new Date(), finished_at: new Date() })
    .where('state', 'in', ['checking', 'importing'])
    .where(sql<boolean>`runner is distinct from ${runner}`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
