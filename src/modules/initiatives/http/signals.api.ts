import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';

// Placeholder: the signals part registers its /api/v1/initiatives/... routes here.
export function registerSignalsApi(api: Api, ctx: AppContext): void {
  void api;
  void ctx;
}
