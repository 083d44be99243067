import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { isUuid } from '../assets.repository.ts';
import { type CsvMapping, importCsv } from '../hsds/import-csv.ts';
import { importHsds } from '../hsds/import-hsds.ts';
import { type DuplicateChoice, duplicateChoices, type ImportReport } from '../hsds/import-records.ts';
import { getImportJob, requireImportAccess } from './get-import-job.ts';
import { type ImportJob, isBusy, mayImport } from './import-job.ts';
import { findJobSource, insertJob, updateJob } from './import-jobs.repository.ts';
import { progressSink, runnerId, startInBackground, sweepInterrupted } from './import-runner.ts';
import {
  checkMapping,
  csvColumns,
  type StoredSource,
  sourceFromUpload,
  type UploadedFile,
} from './import-source.ts';

// The import use cases: store an upload as a job (and start its dry run), check again with a
// (new) CSV mapping, and run the real import. Both runs go to the background of the server
// process; the job row carries state, progress and the reports.

const mergeChoice = z.enum(duplicateChoices);

export const createImportJobInput = z.object({
  format: z.enum(['hsds_json', 'hsds_csv', 'csv']),
  /** Without a dry run the job imports at once (the import checks everything first anyway). */
  dryRun: z.boolean().default(true),
  mergeDuplicates: mergeChoice.default('skip'),
  /** CSV: our field → the file's column; without it the job waits for the mapping. */
  mapping: z.record(z.string(), z.unknown()).optional(),
});
export type CreateImportJobInput = z.input<typeof createImportJobInput>;

export async function createImportJob(
  ctx: ServiceContext,
  input: CreateImportJobInput,
  files: UploadedFile[],
): Promise<ImportJob> {
  const municipalityId = ctx.actor.municipalityId;
  await requireImportAccess(ctx.db, ctx.actor, 'create');
  const v = parseInput(createImportJobInput, input);
  const source = sourceFromUpload(v.format, files);
  const mapping = 'csv' in source && v.mapping ? checkMapping(v.mapping, csvColumns(source.csv.text)) : null;
  const waitsForMapping = 'csv' in source && !mapping;
  const fileName =
    files
      .map((f) => f.name.split(/[\\/]/).at(-1))
      .join(', ')
      .slice(0, 300) || 'upload';
  const id = await runWrite(ctx, async (tx, audit) => {
    const jobId = await insertJob(tx, municipalityId, {
      createdBy: ctx.actor.personId,
      createdByLabel: ctx.actor.label,
      format: v.format,
      fileName,
      source: JSON.stringify(source),
      state: waitsForMapping ? 'uploaded' : v.dryRun ? 'checking' : 'importing',
    });
    audit({
      action: 'social_map.import_job.create',
      resourceType: 'social_map_import_job',
      resourceId: jobId,
      changes: { format: v.format, fileName, dryRun: v.dryRun },
    });
    return jobId;
  });
  if (!waitsForMapping) {
    await updateJob(ctx.db, municipalityId, id, {
      mergeDuplicates: v.mergeDuplicates,
      ...(mapping ? { mapping } : {}),
      runner: runnerId(),
    });
    startRun(ctx, id, v.dryRun, mapping, v.mergeDuplicates);
  }
  return getImportJob(ctx.db, ctx.actor, id);
}

export const checkImportJobInput = z.object({
  mapping: z.record(z.string(), z.unknown()).optional(),
  mergeDuplicates: mergeChoice.optional(),
});

/** (Again) a dry run: with a (new) CSV mapping, or after an interruption. */
export async function checkImportJob(
  ctx: ServiceContext,
  id: string,
  input: z.input<typeof checkImportJobInput>,
): Promise<ImportJob> {
  const job = await loadForChange(ctx, id);
  const v = parseInput(checkImportJobInput, input);
  if (isBusy(job.state) || job.state === 'imported')
    throw new ConflictError('sm.officer.import.error.notNow');
  let mapping: CsvMapping | null = job.mapping;
  if (job.format === 'csv') {
    mapping = checkMapping(v.mapping ?? job.mapping ?? {}, job.columns);
  }
  const merge = v.mergeDuplicates ?? job.mergeDuplicates;
  const moved = await updateJob(
    ctx.db,
    ctx.actor.municipalityId,
    id,
    {
      state: 'checking',
      mapping,
      mergeDuplicates: merge,
      progress: { phase: null, done: 0, total: 0 },
      dryRunReport: null,
      report: null,
      error: null,
      runner: runnerId(),
    },
    [job.state],
  );
  if (!moved) throw new ConflictError('sm.officer.import.error.notNow');
  startRun(ctx, id, true, mapping, merge);
  return getImportJob(ctx.db, ctx.actor, id);
}

/** The real import of a checked job, in the background. */
export async function runImportJob(
  ctx: ServiceContext,
  id: string,
  input: { mergeDuplicates?: DuplicateChoice | undefined } = {},
): Promise<ImportJob> {
  const job = await loadForChange(ctx, id);
  const merge = parseInput(mergeChoice.optional(), input.mergeDuplicates) ?? job.mergeDuplicates;
  if (!mayImport(job)) throw new ConflictError('sm.officer.import.error.notChecked');
  const moved = await updateJob(
    ctx.db,
    ctx.actor.municipalityId,
    id,
    {
      state: 'importing',
      mergeDuplicates: merge,
      progress: { phase: null, done: 0, total: 0 },
      report: null,
      error: null,
      runner: runnerId(),
    },
    [job.state],
  );
  if (!moved) throw new ConflictError('sm.officer.import.error.notNow');
  startRun(ctx, id, false, job.mapping, merge);
  return getImportJob(ctx.db, ctx.actor, id);
}

async function loadForChange(ctx: ServiceContext, id: string): Promise<ImportJob> {
  await requireImportAccess(ctx.db, ctx.actor, 'update');
  if (!isUuid(id)) throw new NotFoundError('import');
  await sweepInterrupted(ctx.db);
  return getImportJob(ctx.db, ctx.actor, id);
}

function startRun(
  ctx: ServiceContext,
  id: string,
  dryRun: boolean,
  mapping: CsvMapping | null,
  mergeDuplicates: DuplicateChoice,
): void {
  const municipalityId = ctx.actor.municipalityId;
  const running = dryRun ? 'checking' : 'importing';
  startInBackground(id, async () => {
    const sink = progressSink(ctx.db, municipalityId, id);
    try {
      const text = await findJobSource(ctx.db, municipalityId, id);
      if (text === null) throw new NotFoundError('import');
      const source = JSON.parse(text) as StoredSource;
      const options = {
        dryRun,
        mergeDuplicates,
        onProgress: (p: { phase: 'check' | 'write'; done: number; total: number }) => sink.report(p),
      };
      let report: ImportReport;
      if ('hsds' in source) report = await importHsds(ctx, source.hsds, options);
      else if (mapping) report = await importCsv(ctx, source.csv, mapping, options);
      else throw new ValidationError([{ field: 'mapping', key: 'validation.required' }]);
      await sink.flush();
      const done = dryRun
        ? { state: 'checked' as const, dryRunReport: report }
        : {
            state: report.invalid.length > 0 ? ('failed' as const) : ('imported' as const),
            report,
            clearSource: report.written,
          };
      await updateJob(ctx.db, municipalityId, id, { ...done, finished: !dryRun }, [running]);
    } catch (error) {
      await sink.flush();
      const message = error instanceof Error ? error.message : String(error);
      await updateJob(
        ctx.db,
        municipalityId,
        id,
        { state: 'failed', error: message.slice(0, 2000), finished: true },
        [running],
      ).catch(() => {});
      if (!(error instanceof ValidationError)) throw error;
    }
  });
}
