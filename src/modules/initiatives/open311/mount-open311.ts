import type { Hono } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { HonoEnv } from '../../../core/http/app.ts';

// Placeholder: Open311 GeoReport v2 under /open311/v2 (discovery, services, requests, tokens).
export function mountOpen311(app: Hono<HonoEnv>, ctx: AppContext): void {
  void app;
  void ctx;
}
