import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { linksSchema, pageLinks, problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { addVoice } from '../reports/add-voice.ts';
import { getPlanReport, getProgrammeReport } from '../reports/build-report.ts';
import { listVoices } from '../reports/list-voices.ts';
import { removeVoice } from '../reports/remove-voice.ts';
import type { Report, Voice } from '../reports/report.ts';
import {
  attachment,
  type ReportFormat,
  reportFile,
  reportFormats,
  reportMediaTypes,
} from '../reports/report-files.ts';
import { tableKeys } from '../reports/report-tables.ts';
import { addVoiceInput } from '../reports/voice-input.ts';

// /api/v1/plans/{planId}/report and /api/v1/programme/report: the progress report as JSON, or as
// a PDF, Word document, Excel workbook or CSV table (by ?format= or by Accept); and the voices
// quoted in it, /api/v1/plans/{planId}/voices. Thin: the services check and decide.

const tags = ['Progress reports'];
const planParam = z.object({ planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' } }) });
const voiceParams = planParam.extend({
  voiceId: z.uuid().openapi({ param: { name: 'voiceId', in: 'path' } }),
});

const formatQuery = z.object({
  format: z
    .enum(['json', ...reportFormats])
    .optional()
    .openapi({ description: 'The format; without it the Accept header decides (JSON by default).' }),
  table: z.enum(tableKeys).optional().openapi({
    description: 'For format=csv: the table (status by default for a plan, plans for the programme).',
  }),
});

const money = z.object({
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  otherSourcesCents: z.number().int(),
});
const verdictCounts = z.object({
  on_track: z.number().int(),
  needs_attention: z.number().int(),
  to_adjust: z.number().int(),
});
const voiceSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    item: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    quote: z.string(),
    attribution: z.string().openapi({ description: 'How the speaker wants to be named.' }),
    addedBy: z.string().nullable().openapi({ description: 'Who added it; only for signed-in callers.' }),
    createdAt: z.string(),
  })
  .openapi('ReportVoice');
const itemSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(['goal', 'action_line', 'intervention']),
  depth: z.number().int(),
  title: z.string(),
  owner: z.string().nullable(),
  status: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  progress: z.number().nullable(),
  verdict: z.object({ verdict: z.string(), note: z.string() }).nullable(),
  finance: money.nullable(),
});
const indicatorSchema = z.object({
  itemTitle: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  targetOn: z.string().nullable(),
  latest: z.object({ value: z.number(), measuredOn: z.string(), source: z.string() }).nullable(),
  towardsTarget: z.number().nullable(),
  reached: z.boolean(),
});
const effectSchema = z.object({ code: z.string(), name: z.string(), projects: z.number().int() });
const financesSchema = money.extend({ otherSharePercent: z.number().nullable(), targetPercent: z.number() });

const planReportSchema = z
  .object({
    kind: z.literal('plan'),
    generatedAt: z.string(),
    plan: z.object({
      id: z.uuid(),
      kind: z.string(),
      title: z.string(),
      summary: z.string(),
      vision: z.string(),
      area: z.object({ code: z.string(), name: z.string() }),
      periodStart: z.string(),
      periodEnd: z.string(),
      state: z.string(),
    }),
    progress: z.number().nullable(),
    items: z.array(itemSchema),
    indicators: z.array(indicatorSchema),
    reviews: z.array(
      z.object({
        title: z.string(),
        scheduledOn: z.string(),
        heldAt: z.string().nullable(),
        summary: z.string(),
        counts: verdictCounts,
      }),
    ),
    effects: z.array(effectSchema),
    finances: financesSchema,
    voices: z.array(voiceSchema),
    _links: linksSchema,
  })
  .openapi('PlanReport');

const programmeReportSchema = z
  .object({
    kind: z.literal('programme'),
    generatedAt: z.string(),
    municipality: z.string(),
    plans: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        area: z.object({ code: z.string(), name: z.string() }),
        state: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        progress: z.number().nullable(),
        goals: z.number().int(),
        interventions: z.number().int(),
        byStatus: z.record(z.string(), z.number().int()),
        lastReview: z.object({ title: z.string(), heldAt: z.string(), counts: verdictCounts }).nullable(),
        finance: money,
      }),
    ),
    items: z.array(itemSchema.extend({ planTitle: z.string() })),
    indicators: z.array(indicatorSchema.extend({ planTitle: z.string() })),
    effects: z.array(effectSchema),
    finances: financesSchema,
    voices: z.array(voiceSchema.extend({ planTitle: z.string() })),
    _links: linksSchema,
  })
  .openapi('ProgrammeReport');

const binary = { schema: z.string().openapi({ format: 'binary' }) };
function reportResponses(schema: z.ZodType, description: string) {
  return {
    200: {
      description,
      content: {
        'application/json': { schema },
        [reportMediaTypes.pdf]: binary,
        [reportMediaTypes.docx]: binary,
        [reportMediaTypes.xlsx]: binary,
        'text/csv': binary,
      },
    },
    400: problemResponses[400],
    404: problemResponses[404],
  };
}

function chosenFormat(c: Context<HonoEnv>, asked: string | undefined): ReportFormat | 'json' {
  if (asked) return asked as ReportFormat | 'json';
  const accept = c.req.header('accept') ?? '';
  for (const f of reportFormats) if (accept.includes(reportMediaTypes[f].split(';')[0] ?? '')) return f;
  return 'json';
}

/** Who added a voice is a person's name: only for signed-in callers (as the plan pages do). */
function voiceJson<V extends Voice>(v: V, signedIn: boolean) {
  const { addedById: _, ...rest } = v;
  return { ...rest, addedBy: signedIn ? v.addedBy : null };
}

function isSignedIn(c: Context<HonoEnv>): boolean {
  return c.get('rc').actor.personId !== null;
}

function reportJson(report: Report, self: string, signedIn: boolean) {
  const voices = report.voices.map((v: Voice) => voiceJson(v, signedIn));
  return { ...report, voices, _links: { self: { href: self } } };
}

async function respond(
  c: Context<HonoEnv>,
  report: Report,
  self: string,
  format: string | undefined,
  table?: string,
) {
  const chosen = chosenFormat(c, format);
  c.header('Cache-Control', 'private, no-store');
  c.header('Vary', 'Accept, Accept-Language');
  if (chosen === 'json') return c.json(reportJson(report, self, isSignedIn(c)), 200);
  const file = await reportFile(report, c.get('rc').locale, chosen, table);
  return c.body(file.body as Uint8Array<ArrayBuffer> | string, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': attachment(file.filename),
  });
}

export function registerReportsApi(api: Api, ctx: AppContext): void {
  void ctx;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/report',
      tags,
      summary: 'The progress report of a plan (voortgangsrapportage)',
      description:
        'Status per goal and action line, indicators against targets, effect coverage, finances, review outcomes and voices. JSON, or PDF/DOCX/XLSX/CSV by format or Accept. Whoever may read the plan may read its report.',
      request: { params: planParam, query: formatQuery },
      responses: reportResponses(planReportSchema, 'The report'),
    }),
    async (c) => {
      const { planId } = c.req.valid('param');
      const q = c.req.valid('query');
      const report = await getPlanReport(serviceContext(c.get('rc')), planId);
      return respond(c, report, `/api/v1/plans/${planId}/report`, q.format, q.table) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/programme/report',
      tags,
      summary: 'The progress report of the programme over all current plans',
      description: 'For coordinators (the programme office) and administrators.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: formatQuery },
      responses: {
        ...reportResponses(programmeReportSchema, 'The report'),
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rc = c.get('rc');
      const report = await getProgrammeReport(serviceContext(rc), rc.municipality.name);
      return respond(c, report, '/api/v1/programme/report', q.format, q.table) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/voices',
      tags,
      summary: 'The voices (short quotes) of a plan, oldest first',
      request: { params: planParam },
      responses: {
        200: {
          description: 'The voices',
          content: {
            'application/json': { schema: z.object({ items: z.array(voiceSchema), _links: linksSchema }) },
          },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const voices = await listVoices(serviceContext(c.get('rc')), c.req.valid('param').planId);
      return c.json(
        { items: voices.map((v) => voiceJson(v, isSignedIn(c))), _links: pageLinks(c.req.url, null) },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/voices',
      tags,
      summary: 'Add a voice to the report',
      description:
        'Owners of an item add quotes to it; quotes about the whole plan (no itemId) are for those who manage the plan. consent must be true: the speaker agreed to be quoted under the attribution.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: planParam,
        body: {
          content: { 'application/json': { schema: documented(addVoiceInput, 'ReportVoiceInput') } },
          required: true,
        },
      },
      responses: {
        201: { description: 'The new voice', content: { 'application/json': { schema: voiceSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId } = c.req.valid('param');
      const voice = await addVoice(serviceContext(c.get('rc')), planId, c.req.valid('json'));
      return c.json(voiceJson(voice, true), 201, { Location: `/api/v1/plans/${planId}/voices/${voice.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/voices/{voiceId}',
      tags,
      summary: 'Remove a voice',
      description: 'Whoever added it (while they may still edit its item) and the managers of the plan.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: voiceParams },
      responses: {
        204: { description: 'Removed' },
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await removeVoice(serviceContext(c.get('rc')), p.planId, p.voiceId);
      return c.body(null, 204);
    },
  );
}
