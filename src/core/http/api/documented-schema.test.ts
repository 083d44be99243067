import { describe, expect, it } from 'vitest';
import { z as plainZod } from 'zod';

// Built before @hono/zod-openapi is loaded, as a domain module may be.
const early = plainZod.object({ name: plainZod.string().min(1) });
const { OpenAPIHono, createRoute } = await import('@hono/zod-openapi');
const { documented } = await import('./documented-schema.ts');

describe('documented', () => {
  it('names a schema built before zod was extended, keeping its validation', () => {
    expect((early as { openapi?: unknown }).openapi).toBeUndefined();
    const named = documented(early, 'Early', { description: 'Built early' });
    expect(named.safeParse({ name: '' }).success).toBe(false);
    expect(named.parse({ name: 'Wijk' })).toEqual({ name: 'Wijk' });

    const app = new OpenAPIHono();
    const route = createRoute({
      method: 'post',
      path: '/early',
      request: { body: { content: { 'application/json': { schema: named } } } },
      responses: { 204: { description: 'Done' } },
    });
    app.openapi(route, (c) => c.body(null, 204));
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(doc.components?.schemas?.Early).toMatchObject({ description: 'Built early' });
  });
});
