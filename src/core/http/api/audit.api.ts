import type { AppContext } from '../../app-context.ts';
import type { Api } from './api.ts';

export function registerAuditRoutes(_api: Api, _ctx: AppContext) {}
