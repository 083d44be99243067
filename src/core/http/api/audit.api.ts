import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { listAudit } from '../../audit/list-audit.ts';
import type { Api } from './api.ts';
import { bearerAuth, signedIn } from './api-helpers.ts';
import { linkHeader, linksSchema, pageLinks, problemResponses } from './pagination.ts';

const auditEntrySchema = z
  .object({
    id: z.string().openapi({ description: 'Increasing number; also the paging cursor.' }),
    occurredAt: z.string(),
    actor: z.object({ id: z.uuid().nullable(), label: z.string() }),
    action: z.string().openapi({ example: 'person.update' }),
    resourceType: z.string().openapi({ example: 'person' }),
    resourceId: z.string().nullable(),
    changes: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'For updates { field: { from, to } }; secrets are redacted.' }),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

const dayOrMoment = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional();

export function registerAuditRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/audit-log',
      tags: ['Audit log'],
      summary: 'Who changed what and when, newest first (administrators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          actor: z
            .string()
            .max(320)
            .optional()
            .openapi({ description: 'A person id, or text in the actor’s label (e-mail address).' }),
          action: z.string().max(100).optional().openapi({
            description: 'Action or action prefix: "person" matches person.create and person.update.',
          }),
          resourceType: z.string().max(60).optional().openapi({ example: 'organisation' }),
          resourceId: z.string().max(200).optional(),
          from: dayOrMoment.openapi({
            description: 'From this day (yyyy-mm-dd, Dutch time) or moment (ISO 8601).',
            example: '2026-01-01',
          }),
          to: dayOrMoment.openapi({ description: 'Up to and including this day, or up to this moment.' }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(200)
            .default(50)
            .openapi({ description: 'Items per page (1–200).' }),
          cursor: z
            .string()
            .regex(/^\d{1,18}$/)
            .optional()
            .openapi({ description: 'From the previous page’s next link.' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of audit entries',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(auditEntrySchema), _links: linksSchema }),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const page = await listAudit(ctx.db, c.get('rc').actor, c.req.valid('query'));
      return c.json(
        { items: page.items, _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );
}
