import type { Hono } from 'hono';
import type { AppContext } from '../core/app-context.ts';
import { mountOidc } from '../core/auth/oidc-routes.ts';
import type { HonoEnv } from '../core/http/app.ts';
import { mountOpen311 } from './initiatives/open311/mount-open311.ts';

// The composition root for routes outside the core API: each module adds its mount here.
export function mountModules(app: Hono<HonoEnv>, ctx: AppContext): void {
  mountOidc(app, ctx);
  mountOpen311(app, ctx);
}
