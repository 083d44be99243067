import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { anonymousJson } from '../../../../test/bearer.ts';
import type { TestApp } from '../../../../test/test-app.ts';
import { smDb } from '../social-map.tables.ts';

// Helpers for the social-map API's integration tests (not a test file itself).

/** Settings for a test app where each anonymous caller can have its own address (rate limits). */
export const apiTestEnv = { TRUST_PROXY: 'true' };

let nextIp = 0;

/** An anonymous browser (with its CSRF header) from a fresh address, unless one is given. */
export function anonymousFrom(t: TestApp, ip?: string): Record<string, string> {
  nextIp++;
  return { ...anonymousJson(t), 'X-Forwarded-For': ip ?? `198.51.100.${nextIp % 250}` };
}

export function withLocale(headers: Record<string, string>, locale: 'nl' | 'en'): Record<string, string> {
  return { ...headers, 'Accept-Language': locale === 'en' ? 'en-GB,en;q=0.9' : 'nl-NL,nl;q=0.9' };
}

export async function assetIdByTitle(t: TestApp, title: string): Promise<string> {
  const row = await smDb(t.ctx.db)
    .selectFrom('social_map_assets')
    .select('id')
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  return row.id;
}

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: Record<string, unknown>;
};

/**
 * Checks a response body against the schema the OpenAPI document gives for it, so the document
 * says what the API really answers.
 */
export function responseValidator(doc: Doc) {
  const ajv = docAjv(doc);
  return (path: string, method: string, status: number, body: unknown): string[] => {
    const response = doc.paths[path]?.[method]?.responses[String(status)];
    const media = response?.content?.['application/json'] ?? response?.content?.['application/problem+json'];
    if (!media) return [`no schema for ${method} ${path} ${status}`];
    const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"doc#/components/'));
    const validate = ajv.compile(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

function docAjv(doc: Doc): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ components: doc.components }, 'doc');
  return ajv;
}

/** Errors of a value against one of the document's component schemas (for its examples). */
export function componentErrors(doc: Doc, name: string, value: unknown): string[] {
  const validate = docAjv(doc).getSchema(`doc#/components/schemas/${name}`);
  if (!validate) return [`no schema ${name}`];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
