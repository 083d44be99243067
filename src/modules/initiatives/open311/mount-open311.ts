import type { Context, Hono } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { type Locale, translate } from '../../../core/i18n/i18n.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import {
  contentTypes,
  type Open311Format,
  type Open311Value,
  open311ListItems,
  splitFormat,
  toXml,
} from './open311-format.ts';
import { readRequestQuery } from './open311-mapping.ts';
import {
  actorForApiKey,
  checkJurisdiction,
  createRequest,
  discovery,
  getRequest,
  listRequests,
  listServices,
  Open311Error,
  type Open311Problem,
  requestForToken,
  serviceDefinition,
} from './open311-service.ts';

// Open311 GeoReport v2 at /open311/v2 (wiki.open311.org/GeoReport_v2): discovery, services,
// service definitions, POST and GET requests, tokens; every resource as .json and .xml. The
// caller is whoever the api_key says (a personal API token) — never the browser session, which
// is why these routes need no CSRF token (see core/http/app.ts) and send CORS headers for reads.

const base = '/open311/v2';
/** A POST of a report with attributes fits easily; anything larger is not a report. */
const maxBodyBytes = 64 * 1024;

type C = Context<HonoEnv>;

function send(c: C, format: Open311Format, status: 200 | 400 | 403 | 404, root: string, body: Open311Value) {
  const text = format === 'json' ? JSON.stringify(body) : toXml(root, body, open311ListItems);
  const headers: Record<string, string> = {
    'Content-Type': contentTypes[format],
    'Cache-Control': 'no-store',
  };
  if (c.req.method === 'GET' || c.req.method === 'HEAD') headers['Access-Control-Allow-Origin'] = '*';
  return c.body(text, status, headers);
}

function sendErrors(c: C, format: Open311Format, status: 400 | 403 | 404, problems: Open311Problem[]) {
  const locale = c.get('rc').locale;
  const errors = problems.map((p) => ({
    code: status,
    description: translate(locale, p.key, p.params ?? {}),
  }));
  return send(c, format, status, 'errors', errors);
}

/** The format asked for by the extension; XML (the spec's required format) when there is none. */
function formatOf(segment: string | undefined): Open311Format {
  return splitFormat(segment ?? '')?.format ?? 'xml';
}

async function run(c: C, format: Open311Format, root: string, fn: () => Promise<Open311Value>) {
  try {
    return send(c, format, 200, root, await fn());
  } catch (error) {
    if (error instanceof Open311Error) return sendErrors(c, format, error.status, error.problems);
    // A key without the scope the method needs (can() checks token scopes).
    if (error instanceof ForbiddenError)
      return sendErrors(c, format, 403, [{ key: 'initiatives.open311.error.apiKeyReadScope' }]);
    console.error(error);
    return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.general' }]);
  }
}

function serviceContext(c: C, actor: Actor): ServiceContext {
  return { db: c.get('rc').app.db, actor, meta: c.get('rc').meta };
}

function query(c: C): Record<string, string | undefined> {
  return c.req.query();
}

async function readerContext(c: C): Promise<ServiceContext> {
  const rc = c.get('rc');
  checkJurisdiction(rc.municipality, c.req.header('host'), c.req.query('jurisdiction_id'));
  const actor = await actorForApiKey(rc.app.db, rc.municipality.id, c.req.query('api_key'), 'read');
  return serviceContext(c, actor);
}

async function formParams(c: C): Promise<URLSearchParams> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > maxBodyBytes) throw new Open311Error(400, [{ key: 'initiatives.open311.error.general' }]);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const text = await c.req.text();
    if (text.length > maxBodyBytes)
      throw new Open311Error(400, [{ key: 'initiatives.open311.error.general' }]);
    return new URLSearchParams(text);
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData();
    const params = new URLSearchParams();
    for (const [k, v] of form) if (typeof v === 'string') params.append(k, v);
    return params;
  }
  throw new Open311Error(400, [{ key: 'initiatives.open311.error.contentType' }]);
}

export function mountOpen311(app: Hono<HonoEnv>, ctx: AppContext): void {
  const locale = (c: C): Locale => c.get('rc').locale;

  app.get(`${base}/:file`, async (c) => {
    const file = splitFormat(c.req.param('file'));
    const format = formatOf(c.req.param('file'));
    if (!file) return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.format' }]);
    switch (file.name) {
      case 'discovery':
        return run(c, format, 'discovery', async () => discovery(ctx, c.get('rc').municipality, locale(c)));
      case 'services':
        return run(c, format, 'services', async () => listServices(await readerContext(c), locale(c)));
      case 'requests':
        return run(c, format, 'service_requests', async () => {
          const sctx = await readerContext(c);
          const read = readRequestQuery(query(c), new Date());
          if (!read.ok) throw new Open311Error(400, read.problems);
          return listRequests(sctx, read.query, locale(c));
        });
      default:
        return sendErrors(c, format, 404, [{ key: 'initiatives.open311.error.notFound' }]);
    }
  });

  app.post(`${base}/:file`, async (c) => {
    const file = splitFormat(c.req.param('file'));
    const format = formatOf(c.req.param('file'));
    if (!file) return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.format' }]);
    if (file.name !== 'requests')
      return sendErrors(c, format, 404, [{ key: 'initiatives.open311.error.notFound' }]);
    return run(c, format, 'service_requests', async () => {
      const rc = c.get('rc');
      const params = await formParams(c);
      checkJurisdiction(rc.municipality, c.req.header('host'), params.get('jurisdiction_id') ?? undefined);
      // The api_key's person, with the token's scopes; never the browser session.
      const actor = await actorForApiKey(rc.app.db, rc.municipality.id, params.get('api_key'), 'write');
      const key = c.req.header('idempotency-key')?.trim() || undefined;
      return createRequest(ctx, serviceContext(c, actor), params, locale(c), key);
    });
  });

  app.get(`${base}/services/:file`, async (c) => {
    const file = splitFormat(c.req.param('file'));
    const format = formatOf(c.req.param('file'));
    if (!file) return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.format' }]);
    return run(c, format, 'service_definition', async () =>
      serviceDefinition(await readerContext(c), file.name, locale(c)),
    );
  });

  app.get(`${base}/requests/:file`, async (c) => {
    const file = splitFormat(c.req.param('file'));
    const format = formatOf(c.req.param('file'));
    if (!file) return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.format' }]);
    return run(c, format, 'service_requests', async () =>
      getRequest(await readerContext(c), file.name, locale(c)),
    );
  });

  app.get(`${base}/tokens/:file`, async (c) => {
    const file = splitFormat(c.req.param('file'));
    const format = formatOf(c.req.param('file'));
    if (!file) return sendErrors(c, format, 400, [{ key: 'initiatives.open311.error.format' }]);
    return run(c, format, 'service_requests', async () => requestForToken(await readerContext(c), file.name));
  });

  // Anything else under /open311: the spec's error document, in the format asked for.
  app.all(`${base}/*`, (c) => {
    const last = c.req.path.split('/').pop();
    const format = formatOf(last);
    const known = c.req.method === 'GET' || c.req.method === 'POST' || c.req.method === 'HEAD';
    return sendErrors(c, format, known ? 404 : 400, [
      { key: known ? 'initiatives.open311.error.notFound' : 'initiatives.open311.error.method' },
    ]);
  });
  app.all('/open311', (c) => sendErrors(c, 'xml', 404, [{ key: 'initiatives.open311.error.notFound' }]));
  app.all(`${base}`, (c) => sendErrors(c, 'xml', 404, [{ key: 'initiatives.open311.error.notFound' }]));
}
