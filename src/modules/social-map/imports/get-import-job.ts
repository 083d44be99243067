import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { resolveArea } from '../asset-content.ts';
import { isUuid } from '../assets.repository.ts';
import type { CsvMapping } from '../hsds/import-csv.ts';
import type { ImportReport } from '../hsds/import-records.ts';
import type { ImportJob } from './import-job.ts';
import { findJobRow, findJobSource, type ImportJobListRow, listJobRows } from './import-jobs.repository.ts';
import './import.policy.ts';
import { liveProgress, sweepInterrupted } from './import-runner.ts';
import { csvColumns, type StoredSource } from './import-source.ts';

// Reading import jobs: their state, live progress and reports.

/** Imports are for editors of the whole municipality; throws ForbiddenError otherwise. */
export async function requireImportAccess(
  db: Db,
  actor: Actor,
  action: 'read' | 'list' | 'create' | 'update',
) {
  const root = await resolveArea(db, actor, {});
  requireAccess(actor, action, {
    type: 'social_map_import',
    municipalityId: actor.municipalityId,
    areaPath: root.path,
  });
}

export function toImportJob(r: ImportJobListRow, columns: string[]): ImportJob {
  const live = liveProgress(r.id);
  const busy = r.state === 'checking' || r.state === 'importing';
  return {
    id: r.id,
    format: r.format,
    fileName: r.file_name,
    state: r.state,
    columns,
    mapping: (r.mapping as CsvMapping | null) ?? null,
    mergeDuplicates: r.merge_duplicates,
    progress: busy && live ? live : { phase: r.phase, done: r.done, total: r.total },
    dryRunReport: (r.dry_run_report as ImportReport | null) ?? null,
    report: (r.report as ImportReport | null) ?? null,
    error: r.error,
    createdByLabel: r.created_by_label,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

export async function getImportJob(db: Db, actor: Actor, id: string): Promise<ImportJob> {
  await requireImportAccess(db, actor, 'read');
  if (!isUuid(id)) throw new NotFoundError('import');
  await sweepInterrupted(db);
  const row = await findJobRow(db, actor.municipalityId, id);
  if (!row) throw new NotFoundError('import');
  let columns: string[] = [];
  if (row.format === 'csv') {
    const source = await findJobSource(db, actor.municipalityId, id);
    const parsed = source ? (JSON.parse(source) as StoredSource) : null;
    if (parsed && 'csv' in parsed) columns = csvColumns(parsed.csv.text);
  }
  return toImportJob(row, columns);
}

/** The latest jobs of the municipality, newest first. */
export async function listImportJobs(db: Db, actor: Actor, limit = 20): Promise<ImportJob[]> {
  await requireImportAccess(db, actor, 'list');
  await sweepInterrupted(db);
  const rows = await listJobRows(db, actor.municipalityId, limit);
  return rows.map((r) => toImportJob(r, []));
}
