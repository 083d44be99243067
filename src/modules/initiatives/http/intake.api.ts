import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';

// Placeholder: the intake part registers its /api/v1/initiatives/... routes here.
export function registerIntakeApi(api: Api, ctx: AppContext): void {
  void api;
  void ctx;
}
