import type { z } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { UnauthenticatedError, ValidationError } from '../../errors.ts';
import type { HonoEnv } from '../app.ts';
import { decodeCursor } from './pagination.ts';

/**
 * Route middleware for endpoints that need a signed-in caller: anonymous requests get a 401
 * problem before their input is validated (a 400 would tell them nothing useful).
 */
export const signedIn = createMiddleware<HonoEnv>(async (c, next) => {
  if (c.get('rc').actor.personId === null) throw new UnauthenticatedError();
  await next();
});

/** The OpenAPI security requirement of endpoints behind signedIn. */
export const bearerAuth = [{ bearerAuth: [] }];

/** Decodes an opaque cursor; a cursor that is not ours is a 400, not a silent first page. */
export function cursorValue<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  const value = decodeCursor(cursor, schema);
  if (value === undefined) throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
  return value;
}
