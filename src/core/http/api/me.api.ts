import type { AppContext } from '../../app-context.ts';
import type { Api } from './api.ts';

export function registerMeRoutes(_api: Api, _ctx: AppContext) {}
