import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ValidationError } from '../../../core/errors.ts';
import { problemSchema } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import '../i18n.ts';

// Small pieces every social-map API file shares: the validation hook that keeps the module's own
// message keys, a guard for bodies that are not JSON, ETags from revision ids, and the context.

/** The services' SocialMapApp plus the request's service context. */
export function contextOf(c: Context<HonoEnv>) {
  return serviceContext(c.get('rc'));
}

/**
 * Route hook: schema failures become a translated 400 with invalidParams, keeping the
 * module's own keys ('socialMap.…') that the core's mapping does not know.
 */
export function smHook(
  result: { success: true } | { success: false; error: z.ZodError },
  // biome-ignore lint/suspicious/noExplicitAny: any route's context
  _c: Context<HonoEnv, any, any>,
): undefined {
  if (result.success) return undefined;
  const issues = result.error.issues;
  const errors = toFieldErrors(result.error).map((e, i) => {
    const message = issues[i]?.message ?? '';
    return message.startsWith('socialMap.') ? { field: e.field, key: message } : e;
  });
  throw new ValidationError(errors);
}

/**
 * Before a JSON body is validated: another media type is a 415 and unparsable JSON a 400 (the
 * validator would otherwise throw an HTTPException that surfaces as a 500).
 */
export const jsonBody = createMiddleware<HonoEnv>(async (c, next) => {
  const locale = c.get('rc').locale;
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) {
    return problemResponse(c, {
      status: 415,
      title: titleFor(415, locale),
      detail: translate(locale, 'socialMap.api.jsonOnly'),
    });
  }
  try {
    await c.req.json();
  } catch {
    throw new ValidationError([{ field: '_', key: 'socialMap.api.malformedJson' }]);
  }
  await next();
});

/** The version of an asset's content, as a strong ETag: its current revision. */
export function etagOf(currentRevisionId: string | null): string | undefined {
  return currentRevisionId ? `"${currentRevisionId}"` : undefined;
}

/**
 * The revision an If-Match names. Undefined without the header; '*' matches any version.
 * Anything that is not one of our ETags can never match.
 */
export function ifMatchRevision(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '*') return undefined;
  const m = value.match(/^"([0-9a-f-]{36})"$/i);
  return m?.[1] ?? null;
}

export function preconditionFailed(c: Context<HonoEnv>): never {
  const locale = c.get('rc').locale;
  return problemResponse(c, {
    status: 412,
    title: titleFor(412, locale),
    detail: translate(locale, 'socialMap.api.preconditionFailed'),
  }) as never;
}

export const apiBase = '/api/v1/social-map';

/** An error answer in the OpenAPI document: problem+json with what it means here. */
export function problem(description: string) {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

/** The 415 of every route with a JSON body (see jsonBody). */
export const notJson = problem('The body is not JSON');
