import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { registerCyclesApi } from './cycles.api.ts';
import { registerFinancingApi } from './financing.api.ts';
import { registerPlansApi } from './plans.api.ts';
import { registerProgrammeApi } from './programme.api.ts';
import { registerReportsApi } from './reports.api.ts';
import { registerReviewsApi } from './reviews.api.ts';

// The plan module's JSON API under /api/v1 (plans, items, reviews, cycles, projects, assessments,
// financing, reports, wijktoetsen): each part registers its routes here.
export function registerPlanApi(api: Api, ctx: AppContext): void {
  void api;
  void ctx;
  registerPlansApi(api, ctx);
  registerCyclesApi(api, ctx);
  registerProgrammeApi(api, ctx);
  registerFinancingApi(api, ctx);
  registerReviewsApi(api, ctx);
  registerReportsApi(api, ctx);
}
