import type { AppContext } from '../core/app-context.ts';
import type { Api } from '../core/http/api/api.ts';
import { registerInitiativesApi } from './initiatives/http/initiatives-api.ts';
import { registerPlanApi } from './plan/http/plan-api.ts';
import { registerSocialMapApi } from './social-map/http/social-map-api.ts';

// The composition root for modules' JSON API routes under /api/v1 (one OpenAPI document).
export function registerModuleApis(api: Api, ctx: AppContext): void {
  registerSocialMapApi(api, ctx);
  registerPlanApi(api, ctx);
  registerInitiativesApi(api, ctx);
}
