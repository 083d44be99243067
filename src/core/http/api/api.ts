import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { registerModuleApis } from '../../../modules/module-apis.ts';
import type { AppContext } from '../../app-context.ts';
import { ValidationError } from '../../errors.ts';
import { toFieldErrors } from '../../validation.ts';
import type { HonoEnv } from '../app.ts';
import { problemFromError, problemResponse, titleFor } from '../problem.ts';
import { registerAreaRoutes } from './areas.api.ts';
import { registerAuditRoutes } from './audit.api.ts';
import { registerMeRoutes } from './me.api.ts';
import { registerOrganisationRoutes } from './organisations.api.ts';
import { registerPeopleRoutes } from './people.api.ts';

// The JSON API, following the NL GOV API Design Rules: version in the path and in the
// API-Version header, problem+json errors, kebab-case paths, camelCase query keys, cursor
// pagination with Link headers, and the OpenAPI document at /api/v1/openapi.json.

export const apiVersion = '1.0.0';

export type Api = OpenAPIHono<HonoEnv>;

export function createApi(ctx: AppContext): Api {
  const api = new OpenAPIHono<HonoEnv>({
    strict: true,
    defaultHook: (result, c) => {
      if (!result.success) {
        const rc = c.get('rc');
        const error = new ValidationError(toFieldErrors(result.error));
        const { problem } = problemFromError(error, rc.locale);
        return problemResponse(c, problem);
      }
    },
  });

  api.use('*', async (c, next) => {
    await next();
    c.res.headers.set('API-Version', apiVersion);
  });

  api.onError((error, c) => {
    const rc = c.get('rc');
    // The validators' own 400s (malformed JSON, unreadable form data) are bad input, not a 500.
    const cause = error instanceof HTTPException && error.status === 400 ? new ValidationError([]) : error;
    const { problem, headers } = problemFromError(cause, rc?.locale ?? 'nl');
    if (problem.status === 500) console.error(error);
    const res = problemResponse(c, problem, headers);
    res.headers.set('API-Version', apiVersion);
    return res;
  });

  api.notFound((c) => {
    const locale = c.get('rc')?.locale ?? 'nl';
    const res = problemResponse(c, {
      status: 404,
      title: titleFor(404, locale),
      detail: locale === 'nl' ? 'Dit pad bestaat niet in de API.' : 'This path does not exist in the API.',
    });
    res.headers.set('API-Version', apiVersion);
    return res;
  });

  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal access token (ww_…) created on the account page.',
  });

  registerAreaRoutes(api, ctx);
  registerOrganisationRoutes(api, ctx);
  registerPeopleRoutes(api, ctx);
  registerAuditRoutes(api, ctx);
  registerMeRoutes(api, ctx);
  registerModuleApis(api, ctx);

  api.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Wijkwerk API',
      version: apiVersion,
      description:
        'The API of Wijkwerk, for wijkgericht werken. Follows the NL GOV API Design Rules. Errors are application/problem+json; lists use cursor pagination with Link headers.',
      contact: {
        name: 'Wijkwerk',
        url: 'https://github.com/wijkwerk/wijkwerk',
        email: 'api@wijkwerk.example',
      },
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
    },
    servers: [{ url: `${new URL(c.req.url).origin}/api/v1`, description: 'This server' }],
  }));
  return api;
}
