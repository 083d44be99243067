import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { UnauthenticatedError } from '../../errors.ts';
import { getPerson } from '../../people/get-person.ts';
import type { Api } from './api.ts';
import { bearerAuth, signedIn } from './api-helpers.ts';
import { problemResponses } from './pagination.ts';
import { personJson, personSchema } from './people.api.ts';

const meSchema = personSchema
  .extend({
    scopes: z
      .array(z.string())
      .nullable()
      .openapi({ description: 'The scopes of the API token used; null for a browser session.' }),
  })
  .openapi('Me');

export function registerMeRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['People'],
      summary: 'Who is calling: the signed-in person and their roles',
      security: bearerAuth,
      middleware: [signedIn],
      responses: {
        200: { description: 'The caller', content: { 'application/json': { schema: meSchema } } },
        401: problemResponses[401],
      },
    }),
    async (c) => {
      const { actor } = c.get('rc');
      if (!actor.personId) throw new UnauthenticatedError();
      const person = await getPerson(ctx.db, actor, actor.personId);
      return c.json({ ...personJson(person), scopes: actor.tokenScopes ?? null }, 200);
    },
  );
}
