import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../app-context.ts';
import type { HonoEnv } from '../http/app.ts';
import {
  beginOidc,
  callbackUrl,
  finishOidc,
  oidcCookieName,
  oidcCookiePath,
  oidcStateSeconds,
  openState,
} from './oidc.ts';
import { safeNext } from './safe-next.ts';
import { sessionCookieName, sessionCookieOptions } from './sessions.ts';
import { signInWithOidc } from './sign-in-oidc.ts';

// OpenID Connect sign-in for staff; mounted only when OIDC_ISSUER is configured.
// /auth/oidc/start?next=/path → the provider → /auth/oidc/callback → a session, back to `next`.
// Failures land on the sign-in page, which explains them (?oidc=unknown|failed).
export function mountOidc(app: Hono<HonoEnv>, ctx: AppContext): void {
  const settings = ctx.config.oidc;
  if (!settings) return;

  app.get('/auth/oidc/start', async (c) => {
    try {
      const { url, sealedState } = await beginOidc(
        settings,
        ctx.secret,
        ctx.publicUrl,
        safeNext(c.req.query('next')),
      );
      setCookie(c, oidcCookieName, sealedState, {
        path: oidcCookiePath,
        httpOnly: true,
        sameSite: 'Lax', // the provider sends the browser back with a top-level GET
        secure: c.get('secure'),
        maxAge: oidcStateSeconds,
      });
      return c.redirect(url, 302);
    } catch (error) {
      console.warn(`oidc: cannot start sign-in at ${settings.issuer}: ${(error as Error).message}`);
      return c.redirect('/inloggen?oidc=failed', 302);
    }
  });

  app.get('/auth/oidc/callback', async (c) => {
    const rc = c.get('rc');
    const secure = c.get('secure');
    const state = openState(ctx.secret, getCookie(c, oidcCookieName));
    deleteCookie(c, oidcCookieName, { path: oidcCookiePath, secure });
    if (!state) return c.redirect('/inloggen?oidc=failed', 302);
    // The redirect_uri the provider knows, with the parameters it sent (behind a proxy the
    // request URL may differ from the public one).
    const current = new URL(callbackUrl(ctx.publicUrl));
    current.search = new URL(c.req.url).search;
    let result: Awaited<ReturnType<typeof signInWithOidc>>;
    try {
      const identity = await finishOidc(settings, current, state);
      const cookieName = sessionCookieName(secure);
      result = await signInWithOidc(ctx.db, rc.municipality.id, identity, rc.meta, getCookie(c, cookieName));
      if (result) setCookie(c, cookieName, result.token, sessionCookieOptions(secure));
    } catch (error) {
      console.warn(`oidc: sign-in failed: ${(error as Error).message}`);
      return c.redirect('/inloggen?oidc=failed', 302);
    }
    if (!result) return c.redirect('/inloggen?oidc=unknown', 302);
    return c.redirect(safeNext(state.next), 302);
  });
}
