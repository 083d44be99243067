import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import {
  linkHeader,
  linksSchema,
  pageLinks,
  paginationQuery,
  problemResponses,
  problemSchema,
} from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { assessIdea, assessIdeaInput } from '../programme/assess-idea.ts';
import { getCoherence } from '../programme/coherence.ts';
import { confirmIdea } from '../programme/confirm-idea.ts';
import { decideIdea, decideIdeaInput } from '../programme/decide-idea.ts';
import { getFramework, updateFramework, updateFrameworkInput } from '../programme/framework.ts';
import { getIdeaView } from '../programme/get-idea.ts';
import { getIdeaStatus, reviseIdea, reviseIdeaInput } from '../programme/idea-status.ts';
import { listIdeas } from '../programme/list-ideas.ts';
import {
  type EffectFramework,
  ideaStatuses,
  type ProjectIdea,
  type ProjectIdeaView,
} from '../programme/programme.ts';
import '../programme/programme-i18n.ts';
import { setIdeaGoals, setIdeaGoalsInput } from '../programme/set-idea-goals.ts';
import { submitIdea, submitIdeaInput } from '../programme/submit-idea.ts';

// The programme's API: project ideas (submitted by anyone; residents confirm by e-mail and follow
// them by a private link), assessments, decisions, the effect framework and the coherence view.

const tags = ['Programme'];
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});
const conflict = problem('Changed by someone else in the meantime');
const tooMany = problem('Too many requests from this address; see Retry-After');
const invalidLink = problem('The link is invalid or has expired (422)');

const criterionSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['effect', 'criterion']),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    minScore: z.enum(['some', 'substantial']).nullable(),
    position: z.number().int(),
    active: z.boolean(),
  })
  .openapi('ProgrammeCriterion');

const frameworkSchema = z
  .object({
    minSubstantial: z.number().int(),
    effects: z.array(criterionSchema),
    criteria: z.array(criterionSchema),
    assessors: z.array(z.object({ id: z.uuid(), name: z.string() })),
    version: z.number().int(),
  })
  .openapi('EffectFramework');

const areaRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

const ideaSchema = z
  .object({
    id: z.uuid(),
    area: areaRef,
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    durability: z.string(),
    partners: z.string(),
    budgetCents: z.number().int().nullable(),
    aimedEffectIds: z.array(z.uuid()),
    submitterKind: z.enum(['resident', 'partner', 'staff']),
    submitterName: z.string().nullable(),
    submitterEmail: z.string().nullable(),
    status: z.enum(ideaStatuses),
    planId: z.uuid().nullable(),
    planItemId: z.uuid().nullable(),
    goalIds: z.array(z.uuid()),
    version: z.number().int(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('ProjectIdea');

const reasonSchema = z.object({ key: z.string(), text: z.string(), ok: z.boolean() });
const ideaViewSchema = z
  .object({
    idea: ideaSchema,
    framework: frameworkSchema,
    assessments: z.array(
      z.object({
        criterionId: z.uuid(),
        assessor: z.object({ id: z.uuid(), name: z.string() }),
        score: z.enum(['none', 'some', 'substantial']),
        motivation: z.string(),
        updatedAt: z.string(),
      }),
    ),
    evaluation: z.object({
      outcome: z.enum(['meets', 'does_not_meet', 'incomplete']),
      substantialCount: z.number().int(),
      required: z.number().int(),
      results: z.array(
        z.object({
          criterionId: z.uuid(),
          score: z.enum(['none', 'some', 'substantial']).nullable(),
          assessorCount: z.number().int(),
        }),
      ),
      reasons: z.array(reasonSchema).openapi({ description: 'Why, in the caller’s language.' }),
    }),
    decisions: z.array(
      z.object({
        id: z.uuid(),
        decision: z.enum(['accept', 'revise', 'reject']),
        reason: z.string(),
        ruleOutcome: z.enum(['meets', 'does_not_meet', 'incomplete']),
        decidedBy: z.string().nullable(),
        decidedAt: z.string(),
      }),
    ),
    permissions: z.object({ assess: z.boolean(), decide: z.boolean() }),
  })
  .openapi('ProjectIdeaView');

const statusSchema = z
  .object({
    id: z.uuid(),
    area: areaRef,
    title: z.string(),
    summary: z.string(),
    status: z.enum(ideaStatuses),
    submittedAt: z.string(),
    decisions: z.array(
      z.object({
        decision: z.enum(['accept', 'revise', 'reject']),
        reason: z.string(),
        decidedAt: z.string(),
      }),
    ),
    planId: z.uuid().nullable(),
    planItemId: z.uuid().nullable(),
  })
  .openapi('ProjectIdeaStatus');

const acceptedSchema = z
  .object({ accepted: z.literal(true), confirmed: z.boolean(), detail: z.string() })
  .openapi('ProjectIdeaAccepted');

const submissionSchema = documented(submitIdeaInput, 'ProjectIdeaSubmission', {
  description:
    'A project idea for a wijk or gebied. Leave honeypot empty (hidden in forms). idempotencyKey (or the Idempotency-Key header): the same key twice submits once. budgetEuros is an estimate.',
  example: {
    areaCode: 'WK999902',
    title: 'Klustuin achter de flat',
    summary: 'Bewoners maken samen een moestuin op het braakliggende veld achter de flat.',
    durability: 'De bewonersvereniging beheert de tuin; de corporatie zorgt voor water.',
    budgetEuros: 4500,
    submitterName: 'Samira',
    submitterEmail: 'samira@example.org',
  },
});

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(1000)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

function ideaJson(i: ProjectIdea) {
  return { ...i, _links: { self: { href: `/api/v1/project-ideas/${i.id}` } } };
}

function frameworkJson(f: EffectFramework) {
  return f;
}

function viewJson(v: ProjectIdeaView, locale: 'nl' | 'en') {
  return {
    ...v,
    idea: ideaJson(v.idea),
    evaluation: {
      ...v.evaluation,
      reasons: v.evaluation.reasons.map((r) => ({
        key: r.key,
        text: translate(locale, r.key, r.params),
        ok: r.ok,
      })),
    },
  };
}

/** A bot that filled in the honeypot hears the usual answer, even when the rest is nonsense. */
async function honeypotHook(
  result: { success: true } | { success: false; error: z.ZodError },
  // biome-ignore lint/suspicious/noExplicitAny: any route's context
  c: Context<HonoEnv, any, any>,
): Promise<never> {
  if (!result.success) {
    const raw: unknown = await c.req.json().catch(() => null);
    const honeypot = (raw as { honeypot?: unknown } | null)?.honeypot;
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      const detail = translate(c.get('rc').locale, 'plan.programme.api.accepted');
      return c.json({ accepted: true as const, confirmed: false, detail }, 202) as never;
    }
    throw new ValidationError(toFieldErrors(result.error));
  }
  return undefined as never;
}

const contextOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

export function registerProgrammeApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/project-ideas',
      tags,
      summary: 'Submit a project idea (no account needed)',
      description:
        'Without an account a confirmation link is e-mailed and nothing reaches the programme office before it is followed; signed in, the idea is in at once. The answer is the same whatever happened (it tells a bot nothing). Rate limited per address.',
      request: {
        headers: z.object({
          'idempotency-key': z
            .string()
            .min(8)
            .max(100)
            .optional()
            .openapi({ description: 'Retrying with the same key submits once.' }),
        }),
        body: { content: { 'application/json': { schema: submissionSchema } }, required: true },
      },
      responses: {
        202: {
          description: 'Received; check your e-mail',
          content: { 'application/json': { schema: acceptedSchema } },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        404: problem('The area does not exist'),
        429: tooMany,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const rc = c.get('rc');
      const result = await submitIdea(ctx, contextOf(c), {
        ...body,
        locale: body.locale ?? rc.locale,
        idempotencyKey: body.idempotencyKey ?? c.req.valid('header')['idempotency-key'],
      });
      const detail = translate(
        rc.locale,
        result.confirmed ? 'plan.programme.api.acceptedSignedIn' : 'plan.programme.api.accepted',
      );
      return c.json({ accepted: true as const, confirmed: result.confirmed, detail }, 202);
    },
    honeypotHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/project-ideas/confirm',
      tags,
      summary: 'Confirm a project idea with the e-mailed token',
      description:
        'The idea goes to the programme office; the answer carries the token of its status page. Confirming again changes nothing.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({ token: z.string().min(1).max(1000) }).openapi('ProjectIdeaConfirm'),
            },
          },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'Confirmed',
          content: {
            'application/json': {
              schema: z.object({ followToken: z.string(), alreadyConfirmed: z.boolean() }),
            },
          },
        },
        422: invalidLink,
      },
    }),
    async (c) => c.json(await confirmIdea(ctx, contextOf(c), c.req.valid('json').token), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/project-ideas/follow/{token}',
      tags,
      summary: 'Where a project idea stands, for its submitter (by the private token from the e-mail)',
      request: { params: tokenParam },
      responses: {
        200: {
          description: 'The status and every decision with its reasons',
          content: { 'application/json': { schema: statusSchema } },
        },
        422: invalidLink,
      },
    }),
    async (c) => {
      const s = await getIdeaStatus(
        ctx,
        ctx.db,
        c.get('rc').actor.municipalityId,
        c.req.valid('param').token,
      );
      return c.json(
        {
          id: s.id,
          area: s.area,
          title: s.title,
          summary: s.summary,
          status: s.status,
          submittedAt: s.submittedAt,
          decisions: s.decisions,
          planId: s.planId,
          planItemId: s.planItemId,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/project-ideas/follow/{token}/revision',
      tags,
      summary: 'Send a revised idea after being asked to revise it',
      request: {
        params: tokenParam,
        body: {
          content: { 'application/json': { schema: documented(reviseIdeaInput, 'ProjectIdeaRevision') } },
          required: true,
        },
      },
      responses: {
        204: { description: 'Sent back to the programme office' },
        400: problemResponses[400],
        422: invalidLink,
      },
    }),
    async (c) => {
      await reviseIdea(ctx, contextOf(c), c.req.valid('param').token, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/project-ideas',
      tags,
      summary: 'Confirmed project ideas, newest first',
      description: 'Coordinators, administrators and assessors see all; area officers those of their areas.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          status: z.enum(ideaStatuses).optional(),
          area: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Area code: ideas in this area and the areas inside it.' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of ideas',
          content: {
            'application/json': { schema: z.object({ items: z.array(ideaSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listIdeas(contextOf(c), {
        status: q.status === 'unconfirmed' ? undefined : q.status,
        areaCode: q.area,
        cursor: q.cursor,
        limit: q.limit,
      });
      if (q.status === 'unconfirmed') return c.json({ items: [], _links: pageLinks(c.req.url, null) }, 200);
      return c.json(
        { items: page.ideas.map(ideaJson), _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/project-ideas/{id}',
      tags,
      summary: 'One idea with its scores, the rule’s outcome with reasons, and the decisions',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: { description: 'The idea', content: { 'application/json': { schema: ideaViewSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await getIdeaView(contextOf(c), c.req.valid('param').id);
      return c.json(viewJson(v, c.get('rc').locale), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/project-ideas/{id}/assessments',
      tags,
      summary: 'Save the caller’s scores (none / some / substantial, each with a motivation)',
      description: 'Assessors and coordinators. Scores sent again replace the caller’s earlier ones.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: {
          content: {
            'application/json': {
              schema: documented(assessIdeaInput, 'ProjectAssessmentInput', {
                example: {
                  scores: [
                    {
                      criterionId: '0b0e3d2a-6a53-4c55-9d8e-2f0c6c1a5b11',
                      score: 'substantial',
                      motivation: 'Buren ontmoeten elkaar elke week in de tuin.',
                    },
                  ],
                },
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'The idea with the new scores',
          content: { 'application/json': { schema: ideaViewSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await assessIdea(contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(viewJson(v, c.get('rc').locale), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/project-ideas/{id}/decision',
      tags,
      summary: 'Decide: accept (becomes an intervention under actionLineId), ask to revise, or reject',
      description:
        'Coordinators and administrators. The reasons are mailed to the submitter. version: the idea’s version the decision is about.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: {
          content: { 'application/json': { schema: documented(decideIdeaInput, 'ProjectDecisionInput') } },
          required: true,
        },
      },
      responses: {
        200: { description: 'The decided idea', content: { 'application/json': { schema: ideaViewSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const v = await decideIdea(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(viewJson(v, c.get('rc').locale), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/project-ideas/{id}/goals',
      tags,
      summary: 'The goals of wijkplannen this idea serves (for the coherence view)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: {
          content: { 'application/json': { schema: documented(setIdeaGoalsInput, 'ProjectIdeaGoals') } },
          required: true,
        },
      },
      responses: {
        200: { description: 'The idea', content: { 'application/json': { schema: ideaViewSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await setIdeaGoals(contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(viewJson(v, c.get('rc').locale), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/effect-framework',
      tags,
      summary: 'The municipality’s effect framework (public)',
      responses: {
        200: { description: 'The framework', content: { 'application/json': { schema: frameworkSchema } } },
      },
    }),
    async (c) => c.json(frameworkJson(await getFramework(ctx.db, c.get('rc').actor.municipalityId)), 200),
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/effect-framework',
      tags,
      summary: 'Change the effect framework (coordinators, administrators)',
      description:
        'Send every effect and criterion: with id to change one, without to add one; active false retires it. version: as read.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: {
            'application/json': { schema: documented(updateFrameworkInput, 'EffectFrameworkInput') },
          },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'The new framework',
          content: { 'application/json': { schema: frameworkSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        409: conflict,
      },
    }),
    async (c) => c.json(frameworkJson(await updateFramework(contextOf(c), c.req.valid('json'))), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/programme/coherence',
      tags,
      summary:
        'Fragmentation view of an area: projects with their effects and goals, projects serving no goal, goals no project serves',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: z.object({ area: z.string().min(1).max(20).openapi({ example: 'WK999902' }) }) },
      responses: {
        200: {
          description: 'The coherence of the area',
          content: {
            'application/json': {
              schema: z
                .object({
                  area: areaRef,
                  effects: z.array(criterionSchema),
                  plans: z.array(
                    z.object({ id: z.uuid(), title: z.string(), state: z.string(), area: areaRef }),
                  ),
                  goals: z.array(
                    z.object({
                      id: z.uuid(),
                      title: z.string(),
                      planId: z.uuid(),
                      planTitle: z.string(),
                      ideaIds: z.array(z.uuid()),
                    }),
                  ),
                  ideas: z.array(
                    z.object({
                      id: z.uuid(),
                      title: z.string(),
                      status: z.enum(ideaStatuses),
                      area: areaRef,
                      effectScores: z.record(z.string(), z.enum(['none', 'some', 'substantial']).nullable()),
                      goalIds: z.array(z.uuid()),
                    }),
                  ),
                  ideasWithoutGoal: z.array(z.uuid()),
                  goalsWithoutIdea: z.array(z.uuid()),
                  effectsUnserved: z.array(z.uuid()),
                })
                .openapi('ProgrammeCoherence'),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => c.json(await getCoherence(contextOf(c), c.req.valid('query').area), 200),
  );
}
