import { z } from '@hono/zod-openapi';

// Cursor pagination: ?limit=&cursor=; the next page's URL goes in a Link header (rel="next")
// and in the body's _links, as the NL GOV API Design Rules describe.

export const paginationQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: 'Items per page (1–200).' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Opaque cursor from the previous page’s next link.' }),
};

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function nextLink(requestUrl: string, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', nextCursor);
  return url.toString();
}

export function linkHeader(requestUrl: string, nextCursor: string | null): Record<string, string> {
  const next = nextLink(requestUrl, nextCursor);
  return next ? { Link: `<${next}>; rel="next"` } : {};
}

export const linksSchema = z
  .object({
    self: z.object({ href: z.string() }),
    next: z.object({ href: z.string() }).optional(),
  })
  .openapi('Links');

export function pageLinks(requestUrl: string, nextCursor: string | null) {
  const next = nextLink(requestUrl, nextCursor);
  return { self: { href: requestUrl }, ...(next ? { next: { href: next } } : {}) };
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), code: z.string(), reason: z.string() })).optional(),
  })
  .openapi('Problem');

export const problemResponses = {
  400: { description: 'Invalid input', content: { 'application/problem+json': { schema: problemSchema } } },
  401: {
    description: 'Not authenticated',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
  403: { description: 'Forbidden', content: { 'application/problem+json': { schema: problemSchema } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: problemSchema } } },
} as const;
