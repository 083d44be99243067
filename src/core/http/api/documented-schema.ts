import { z } from '@hono/zod-openapi';

type OpenApiMetadata<T extends z.ZodType> = Parameters<T['openapi']>[1];

/**
 * Names a schema from the domain layer for the OpenAPI document.
 *
 * `@hono/zod-openapi` adds `.openapi()` to zod when it is first imported, and
 * zod 4 only gives that method to schemas built afterwards. A domain schema
 * (built in a module that imports plain `zod`) may have been built first,
 * depending on which file a program or test loads first, so call the method
 * through the prototype: it returns a fresh copy that has it.
 */
export function documented<T extends z.ZodType>(schema: T, refId: string, metadata?: OpenApiMetadata<T>): T {
  return z.ZodType.prototype.openapi.call(schema, refId, metadata) as T;
}
