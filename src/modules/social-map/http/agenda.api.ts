import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { type Agenda, type ListAgendaInput, listAgenda } from '../agenda/list-agenda.ts';
import { formalities } from '../asset.ts';
import { publicGetCors } from './exports.api.ts';
import { smHook } from './social-map-http.ts';

// The agenda as JSON: occurrences of publicly visible activities over a window of days, with the
// filters of resident search; and an area's agenda for embeds on other websites. Public data:
// CORS allows any origin for GET. The window is the page: `next` links to the following window.

const tags = ['Social map agenda'];

const areaCode = z
  .string()
  .regex(/^[A-Z]{2}[0-9A-Z]{4,12}$/)
  .openapi({ example: 'WK999901', description: 'CBS code (GM…, WK…, BU…) or own gebied code (GB…).' });

const codeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .openapi({ type: 'array', items: { type: 'string' } });
const boolFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional()
  .openapi({ type: 'boolean' });

const windowQuery = {
  from: z.string().optional().openapi({
    example: '2026-11-30',
    description: 'First day (Europe/Amsterdam), YYYY-MM-DD; default today.',
  }),
  days: z
    .string()
    .regex(/^\d{1,2}$/)
    .optional()
    .openapi({ example: '7', description: 'Number of days, 1 to 42; default 7.' }),
};

const agendaQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ example: 'koffie ochtend', description: 'Words, in plain Dutch.' }),
  theme: codeList,
  targetGroup: codeList,
  formality: z.enum(formalities).optional(),
  areaCode: areaCode.optional().openapi({ description: 'This area and everything in it.' }),
  free: boolFlag,
  accessible: boolFlag.openapi({ description: 'Wheelchair accessible.' }),
  near: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
    .optional()
    .openapi({ example: '52.0907,5.1214', description: '"lat,lon": only activities within radiusKm.' }),
  radiusKm: z
    .string()
    .regex(/^\d{1,3}(\.\d+)?$/)
    .optional()
    .openapi({ example: '5' }),
  ...windowQuery,
});

const occurrenceSchema = z
  .object({
    assetId: z.string(),
    title: z.string(),
    summary: z.string(),
    start: z.string().openapi({ description: 'Instant (UTC, ISO 8601).' }),
    end: z.string(),
    localStart: z.string().openapi({
      description: 'Wall-clock start in Europe/Amsterdam (YYYY-MM-DDTHH:mm), or a date when all day.',
    }),
    allDay: z.boolean(),
    note: z.string().nullable(),
    costFree: z.boolean(),
    area: z.object({ code: z.string(), name: z.string() }),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }).nullable(),
    _links: z.object({ asset: z.object({ href: z.string() }), page: z.object({ href: z.string() }) }),
  })
  .openapi('AgendaOccurrence');

const agendaSchema = z
  .object({
    from: z.string(),
    to: z.string().openapi({ description: 'The day after the last day.' }),
    items: z.array(occurrenceSchema),
    truncated: z
      .boolean()
      .openapi({ description: 'More activities matched than one window takes; narrow the filters.' }),
    _links: z.object({ self: z.object({ href: z.string() }), next: z.object({ href: z.string() }) }),
  })
  .openapi('Agenda');

function nextWindow(requestUrl: string, agenda: Agenda): string {
  const url = new URL(requestUrl);
  url.searchParams.set('from', agenda.to);
  url.searchParams.set('days', String(agenda.days));
  return url.toString();
}

function agendaJson(c: Context<HonoEnv>, agenda: Agenda) {
  const next = nextWindow(c.req.url, agenda);
  c.header('Link', `<${next}>; rel="next"`);
  c.header('Cache-Control', 'public, max-age=300');
  return {
    from: agenda.from,
    to: agenda.to,
    items: agenda.occurrences.map((o) => ({
      assetId: o.assetId,
      title: o.title,
      summary: o.summary,
      start: o.start.toISOString(),
      end: o.end.toISOString(),
      localStart: o.localStart,
      allDay: o.allDay,
      note: o.note,
      costFree: o.costFree,
      area: { code: o.area.code, name: o.area.name },
      address: o.address,
      _links: {
        asset: { href: `/api/v1/social-map/assets/${o.assetId}` },
        page: { href: `/sociale-kaart/${o.assetId}` },
      },
    })),
    truncated: agenda.truncated,
    _links: { self: { href: c.req.url }, next: { href: next } },
  };
}

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

const responses = {
  200: {
    description: 'The occurrences in the window, by start',
    content: { 'application/json': { schema: agendaSchema } },
  },
  400: problemResponses[400],
  404: problemResponses[404],
} as const;

export function registerAgendaRoutes(api: Api, ctx: AppContext): void {
  api.use('/social-map/agenda', publicGetCors);
  api.use('/social-map/areas/:code/agenda.json', publicGetCors);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/agenda',
      tags,
      summary: 'Agenda: when publicly visible activities take place',
      description:
        'Occurrences (recurrences expanded, Europe/Amsterdam) of the activities that match the filters of resident search. Public; CORS allows any origin. The `next` link is the following window.',
      request: { query: agendaQuery },
      responses,
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rc = c.get('rc');
      const [lat, lon] = q.near ? q.near.split(',').map(Number) : [];
      const input: ListAgendaInput = {
        q: q.q ?? '',
        theme: list(q.theme),
        targetGroup: list(q.targetGroup),
        formality: q.formality,
        areaCode: q.areaCode,
        free: q.free,
        accessible: q.accessible,
        near:
          lat !== undefined && lon !== undefined
            ? { lat, lon, radiusKm: q.radiusKm === undefined ? 5 : Number(q.radiusKm) }
            : undefined,
        from: q.from,
        days: q.days,
      };
      const agenda = await listAgenda(ctx.db, rc.actor, input);
      return c.json(agendaJson(c, agenda), 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/areas/{code}/agenda.json',
      tags,
      summary: 'Agenda of an area and its sub-areas, for embedding',
      description:
        'The same occurrences as /social-map/agenda?areaCode=…, for widgets on other websites. Public; CORS allows any origin.',
      request: { params: z.object({ code: areaCode }), query: z.object(windowQuery) },
      responses,
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const q = c.req.valid('query');
      const agenda = await listAgenda(ctx.db, c.get('rc').actor, {
        areaCode: code,
        from: q.from,
        days: q.days,
      });
      return c.json(agendaJson(c, agenda), 200);
    },
    smHook,
  );
}
