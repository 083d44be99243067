import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { registerBudgetApi } from './budget.api.ts';
import { registerConfigApi } from './config.api.ts';
import { registerHandlingApi } from './handling.api.ts';
import { registerIntakeApi } from './intake.api.ts';
import { registerSignalsApi } from './signals.api.ts';
import { registerZgwApi } from './zgw.api.ts';

// The initiatives module's JSON API under /api/v1/initiatives (items, categories, routing rules,
// budgets and ledgers, wijksignalen, statistics, the ZGW export): each part registers its routes.
export function registerInitiativesApi(api: Api, ctx: AppContext): void {
  registerConfigApi(api, ctx);
  registerIntakeApi(api, ctx);
  registerHandlingApi(api, ctx);
  registerBudgetApi(api, ctx);
  registerSignalsApi(api, ctx);
  registerZgwApi(api, ctx);
}
