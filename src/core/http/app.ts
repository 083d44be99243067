import { randomBytes, randomUUID } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type RequestHandler, RouterContextProvider } from 'react-router';
import { mountModules } from '../../modules/mount.ts';
import type { AppContext } from '../app-context.ts';
import { authenticateApiToken } from '../auth/api-tokens.ts';
import {
  anonCookieName,
  csrfFieldName,
  csrfHeaderName,
  csrfTokenFor,
  newAnonId,
  verifyCsrf,
} from '../auth/csrf.ts';
import { loadActor } from '../auth/load-actor.ts';
import { findSessionPerson, sessionCookieName, touchSession } from '../auth/sessions.ts';
import { isLocale, negotiateLocale, translate } from '../i18n/i18n.ts';
import { listMunicipalities } from '../municipalities/municipalities.repository.ts';
import type { Municipality } from '../municipalities/municipality.ts';
import { resolveMunicipality } from '../municipalities/resolve-municipality.ts';
import { anonymous } from '../permissions/actor.ts';
import { createApi } from './api/api.ts';
import { problemResponse, titleFor } from './problem.ts';
import { type RequestContext, requestContextKey } from './request-context.ts';
import { securityHeaders } from './security-headers.ts';

// One Hono app: health check, static assets, the JSON API under /api/v1, and every other path
// handed to React Router. Middleware builds the request context once (tenant, actor, language,
// CSRF token) for both.

export type HonoEnv = { Variables: { rc: RequestContext; bindingId: string; secure: boolean } };

export interface HttpAppOptions {
  /** React Router's request handler; absent in API-only tests. */
  pages?: RequestHandler | undefined;
  /** Folder with the built client assets (build/client). */
  assetsDir?: string | undefined;
}

export const langCookie = 'wijkwerk_lang';

export function createHttpApp(ctx: AppContext, options: HttpAppOptions = {}): Hono<HonoEnv> {
  const app = new Hono<HonoEnv>();
  const municipalities = municipalityCache(ctx);

  app.use(securityHeaders());

  app.get('/healthz', async (c) => {
    try {
      await ctx.database.execScript('select 1');
      return c.json({ status: 'ok', database: ctx.database.kind });
    } catch {
      return c.json({ status: 'error', database: 'unreachable' }, 503);
    }
  });

  if (options.assetsDir) {
    const root = options.assetsDir;
    app.use(
      '/assets/*',
      async (c, next) => {
        await next();
        if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
      },
      serveStatic({ root }),
    );
    app.use('/favicon.ico', serveStatic({ root }));
    app.use('/static/*', serveStatic({ root }));
  }

  // Tenant, actor, language and CSRF token for everything below.
  app.use('*', async (c, next) => {
    const all = await municipalities.get();
    const municipality = resolveMunicipality(all, c.req.header('host'), ctx.config.municipalityHosts);
    const locale = requestLocale(
      c.req.query('lang'),
      getCookie(c, langCookie),
      c.req.path.startsWith('/api/') ? c.req.header('accept-language') : undefined,
    );
    if (c.req.query('lang') && isLocale(c.req.query('lang'))) {
      setCookie(c, langCookie, c.req.query('lang') as string, {
        path: '/',
        sameSite: 'Lax',
        maxAge: 31536000,
      });
    }
    if (!municipality) {
      return c.text(translate(locale, 'error.server.body'), 503);
    }
    const secure = isSecure(c.req.url, c.req.header('x-forwarded-proto'), ctx.config.trustProxy);
    const meta = {
      ip: clientIp(c.req.raw, c.env, c.req.header('x-forwarded-for'), ctx.config.trustProxy),
      userAgent: c.req.header('user-agent'),
      requestId: c.req.header('x-request-id') ?? randomUUID(),
    };
    let actor = anonymous(municipality.id);
    let viewer: RequestContext['viewer'] = null;
    const sessionToken = getCookie(c, sessionCookieName(secure));
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer && c.req.path.startsWith('/api/')) {
      const p = await authenticateApiToken(ctx.db, municipality.id, bearer);
      if (!p)
        return problemResponse(
          c,
          { status: 401, title: titleFor(401, locale), detail: translate(locale, 'error.unauthenticated') },
          { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        );
      actor = await loadActor(ctx.db, municipality.id, p, p.scopes);
      viewer = { personId: p.id, name: p.name, email: p.email };
    } else if (sessionToken) {
      const p = await findSessionPerson(ctx.db, municipality.id, sessionToken);
      if (p) {
        actor = await loadActor(ctx.db, municipality.id, p);
        viewer = { personId: p.id, name: p.name, email: p.email };
        await touchSession(ctx.db, p.session_id, new Date(p.expires_at));
      }
    }
    let bindingId = sessionToken && viewer ? sessionToken : getCookie(c, anonCookieName);
    if (!bindingId) {
      bindingId = newAnonId();
      setCookie(c, anonCookieName, bindingId, { path: '/', httpOnly: true, sameSite: 'Lax', secure });
    }
    c.set('bindingId', bindingId);
    c.set('secure', secure);
    c.set('rc', {
      app: ctx,
      municipality,
      actor,
      viewer,
      locale,
      csrfToken: csrfTokenFor(ctx.secret, bindingId),
      nonce: randomBytes(16).toString('base64'),
      meta,
    });
    await next();
  });

  // CSRF: unsafe requests that rely on cookies must carry the token (forms: a hidden field;
  // scripts: a header). Bearer-token API calls carry no cookies and are exempt.
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    // Only when the token itself authenticated the request: a malformed Authorization header
    // must not switch the check off for a cookie-authenticated request.
    if (c.get('rc').actor.tokenScopes !== undefined) return next();
    // Open311 (modules/initiatives/open311) authenticates by the api_key form field and never
    // by the session cookie, so a forged cross-site form can do nothing a stranger could not.
    if (c.req.path.startsWith('/open311/')) return next();
    let token = c.req.header(csrfHeaderName);
    const type = c.req.header('content-type') ?? '';
    if (
      !token &&
      (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))
    ) {
      try {
        const form = await c.req.raw.clone().formData();
        const v = form.get(csrfFieldName);
        token = typeof v === 'string' ? v : undefined;
      } catch {
        token = undefined;
      }
    }
    if (!verifyCsrf(ctx.secret, c.get('bindingId'), token)) {
      const rc = c.get('rc');
      return problemResponse(c, {
        status: 403,
        title: titleFor(403, rc.locale),
        detail: translate(rc.locale, 'error.csrf'),
      });
    }
    return next();
  });

  app.route('/api/v1', createApi(ctx));
  // Modules' routes outside the JSON API (OIDC, feeds): src/modules/mount.ts.
  mountModules(app, ctx);

  const pages = options.pages;
  if (pages) {
    app.all('*', async (c) => {
      const provider = new RouterContextProvider();
      provider.set(requestContextKey, c.get('rc'));
      const res = await pages(c.req.raw, provider);
      // The cookies set above (anonymous id, language) wait on the context; a raw Response
      // returned as is would drop them, so build the answer through the context.
      return c.newResponse(res.body, res);
    });
  }
  return app;
}

/** Pages: the language switch, else Dutch. API clients may also ask by Accept-Language. */
function requestLocale(
  query: string | undefined,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
) {
  const asked = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return negotiateLocale(isLocale(query) ? query : (cookie ?? asked));
}

function isSecure(url: string, forwardedProto: string | undefined, trustProxy: boolean): boolean {
  if (trustProxy && forwardedProto) return forwardedProto.split(',')[0]?.trim() === 'https';
  return url.startsWith('https:');
}

function clientIp(
  _req: Request,
  env: unknown,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string | undefined {
  if (trustProxy && forwardedFor) return forwardedFor.split(',')[0]?.trim();
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

/** Municipalities change rarely; read them at most every 10 seconds. */
function municipalityCache(ctx: AppContext) {
  let cached: { at: number; list: Municipality[] } | undefined;
  return {
    async get(): Promise<Municipality[]> {
      if (!cached || Date.now() - cached.at > 10_000 || cached.list.length === 0) {
        cached = { at: Date.now(), list: await listMunicipalities(ctx.db) };
      }
      return cached.list;
    },
  };
}
