import type { CsvMapping } from '../hsds/import-csv.ts';
import type { DuplicateChoice, ImportReport } from '../hsds/import-records.ts';

// An import job: one uploaded source, checked by a dry run, then imported in the background.

export const importFormats = ['hsds_json', 'hsds_csv', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importJobStates = [
  'uploaded',
  'checking',
  'checked',
  'importing',
  'imported',
  'failed',
  'interrupted',
] as const;
export type ImportJobState = (typeof importJobStates)[number];

export interface ImportJobProgress {
  phase: 'check' | 'write' | null;
  done: number;
  total: number;
}

export interface ImportJob {
  id: string;
  format: ImportFormat;
  fileName: string;
  state: ImportJobState;
  /** CSV: the file's column names (for the mapping form); empty for HSDS. */
  columns: string[];
  mapping: CsvMapping | null;
  mergeDuplicates: DuplicateChoice;
  progress: ImportJobProgress;
  dryRunReport: ImportReport | null;
  report: ImportReport | null;
  /** An unexpected failure (not a bad file: that is in the report). */
  error: string | null;
  createdByLabel: string;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** The job is working: the progress page refreshes itself. */
export function isBusy(state: ImportJobState): boolean {
  return state === 'checking' || state === 'importing';
}

/**
 * The dry run found nothing that stops the import, and the job may now write: there is something
 * to write, or possible duplicates the officer may still choose to merge or add.
 */
export function mayImport(job: Pick<ImportJob, 'state' | 'dryRunReport'>): boolean {
  if (job.state !== 'checked' && job.state !== 'interrupted') return false;
  const r = job.dryRunReport;
  if (r === null || r.invalid.length > 0) return false;
  return r.created + r.updated + (r.merged ?? 0) > 0 || r.duplicates.length > 0;
}

/** Whole percent done, 0..100 (0 while the total is unknown). */
export function progressPercent(p: ImportJobProgress): number {
  if (p.total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((p.done / p.total) * 100)));
}
