import { createRoute, z } from '@hono/zod-openapi';
import type { HonoRequest } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../../core/app-context.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { duplicateChoices } from '../hsds/import-records.ts';
import { getImportJob } from '../imports/get-import-job.ts';
import { type ImportJob, importFormats, importJobStates, progressPercent } from '../imports/import-job.ts';
import { maxUploadBytes, type UploadedFile } from '../imports/import-source.ts';
import { type CreateImportJobInput, createImportJob } from '../imports/run-import-job.ts';
import { contextOf, smHook } from './social-map-http.ts';

// Imports as JSON: POST an upload (a dry run by default), then GET the job for its state,
// progress and report. The import itself runs in the background of the server.

const tags = ['Social map: imports'];

const skipped = z.object({ ref: z.string(), reason: z.string() });
const reportSchema = z
  .object({
    source: z.string(),
    dryRun: z.boolean(),
    written: z.boolean(),
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    merged: z.number().int().openapi({ description: 'Possible duplicates merged into the existing item.' }),
    unchanged: z.number().int(),
    skipped: z.array(skipped),
    invalid: z.array(skipped).openapi({ description: 'Any invalid record stops the whole import.' }),
    duplicates: z.array(
      z.object({
        ref: z.string(),
        title: z.string(),
        existingAssetId: z.string(),
        existingTitle: z.string(),
        similarity: z.number(),
      }),
    ),
    newOrganisations: z.array(z.string()),
  })
  .openapi('SocialMapImportReport');

const jobSchema = z
  .object({
    id: z.uuid(),
    format: z.enum(importFormats),
    fileName: z.string(),
    state: z.enum(importJobStates),
    progress: z.object({
      phase: z.enum(['check', 'write']).nullable(),
      done: z.number().int(),
      total: z.number().int(),
      percent: z.number().int(),
    }),
    columns: z.array(z.string()).openapi({ description: 'CSV: the file’s column names.' }),
    mapping: z.record(z.string(), z.string()).nullable(),
    mergeDuplicates: z.enum(duplicateChoices),
    dryRunReport: reportSchema.nullable(),
    report: reportSchema.nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
    _links: z.object({ self: z.object({ href: z.string() }), page: z.object({ href: z.string() }) }),
  })
  .openapi('SocialMapImportJob');

const fileSchema = z.object({ name: z.string().max(200), content: z.string() });
const jsonInput = z
  .object({
    format: z.enum(importFormats),
    dryRun: z.boolean().default(true),
    mergeDuplicates: z.enum(duplicateChoices).default('skip').openapi({
      description:
        'A record that looks like an existing item: skip it, create it anyway, or merge it into that item.',
    }),
    mapping: z
      .record(z.string(), z.string())
      .optional()
      .openapi({
        description: 'CSV: our field → the file’s column (title required).',
        example: { title: 'Naam' },
      }),
    files: z.array(fileSchema).min(1).max(30).openapi({
      description: 'hsds_json and csv: one file; hsds_csv: the CSV files of the package (services.csv …).',
    }),
  })
  .openapi('SocialMapImportInput');

const multipartInput = z.object({
  format: z.enum(importFormats),
  dryRun: z.enum(['true', 'false']).optional(),
  mergeDuplicates: z.enum(duplicateChoices).optional(),
  mapping: z.string().optional().openapi({ description: 'CSV: the mapping as a JSON object.' }),
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'One or more files.' }),
});

export function importJobJson(j: ImportJob) {
  return {
    id: j.id,
    format: j.format,
    fileName: j.fileName,
    state: j.state,
    progress: { ...j.progress, percent: progressPercent(j.progress) },
    columns: j.columns,
    mapping: (j.mapping as Record<string, string> | null) ?? null,
    mergeDuplicates: j.mergeDuplicates,
    dryRunReport: j.dryRunReport,
    report: j.report,
    error: j.error,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
    _links: {
      self: { href: `/api/v1/social-map/imports/${j.id}` },
      page: { href: `/sociale-kaart/importeren/${j.id}` },
    },
  };
}

const tooLarge = () =>
  new ValidationError([
    { field: 'file', key: 'sm.officer.import.error.tooLarge', params: { max: maxUploadBytes / 1024 / 1024 } },
  ]);

/** Reads the multipart or JSON body into the service's input and the uploaded files. */
async function readUpload(req: HonoRequest): Promise<{ input: CreateImportJobInput; files: UploadedFile[] }> {
  const type = req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData();
    const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
    const parsed = multipartInput.omit({ file: true }).safeParse(raw);
    if (!parsed.success)
      throw new ValidationError(
        parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? '_'), key: 'validation.invalid' })),
      );
    let mapping: Record<string, unknown> | undefined;
    if (parsed.data.mapping) {
      try {
        mapping = JSON.parse(parsed.data.mapping) as Record<string, unknown>;
      } catch {
        throw new ValidationError([{ field: 'mapping', key: 'validation.invalid' }]);
      }
    }
    const files: UploadedFile[] = [];
    for (const v of form.getAll('file')) {
      if (typeof v === 'string') continue;
      files.push({ name: v.name, text: await v.text() });
    }
    return {
      input: {
        format: parsed.data.format,
        dryRun: parsed.data.dryRun !== 'false',
        mergeDuplicates: parsed.data.mergeDuplicates ?? 'skip',
        ...(mapping ? { mapping } : {}),
      },
      files,
    };
  }
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ValidationError([{ field: '_', key: 'socialMap.api.malformedJson' }]);
  }
  const parsed = jsonInput.safeParse(body);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((i) => ({
        field: i.path.map(String).join('.') || '_',
        key: 'validation.invalid',
      })),
    );
  }
  const { files, ...input } = parsed.data;
  return { input, files: files.map((f) => ({ name: f.name, text: f.content })) };
}

export function registerImportRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/imports',
      tags,
      summary:
        'Upload a source to import (HSDS 3.0 JSON, the HSDS tabular CSV files, or a CSV with a mapping)',
      description: `A dry run by default (dryRun: true): the job reports what would be created, updated and skipped, and why. With dryRun false the records are imported (all or nothing). Both run in the background: follow the job at its Location. At most ${maxUploadBytes / 1024 / 1024} MB. Coordinators and administrators.`,
      security: bearerAuth,
      middleware: [
        signedIn,
        bodyLimit({
          maxSize: maxUploadBytes + 512 * 1024,
          onError: () => {
            throw tooLarge();
          },
        }),
      ],
      request: {
        body: {
          content: {
            'application/json': { schema: jsonInput },
            'multipart/form-data': { schema: multipartInput },
          },
          // Not "required": with two media types that would validate the body against both.
          required: false,
        },
      },
      responses: {
        202: { description: 'The job, started', content: { 'application/json': { schema: jobSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const { input, files } = await readUpload(c.req);
      const job = await createImportJob(contextOf(c), input, files);
      return c.json(importJobJson(job), 202, { Location: `/api/v1/social-map/imports/${job.id}` });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/imports/{id}',
      tags,
      summary: 'An import job: state, progress and report',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: z.object({
          id: z
            .string()
            .max(40)
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: {
        200: { description: 'The job', content: { 'application/json': { schema: jobSchema } } },
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const job = await getImportJob(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      return c.json(importJobJson(job), 200);
    },
    smHook,
  );
}
