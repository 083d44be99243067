import type { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { HonoEnv } from '../http/app.ts';

// OpenID Connect sign-in for staff; mounted only when OIDC_ISSUER is configured.
export function mountOidc(_app: Hono<HonoEnv>, ctx: AppContext): void {
  if (!ctx.config.oidc) return;
}
