import type { AppContext } from '../../app-context.ts';
import type { Api } from './api.ts';

export function registerPeopleRoutes(_api: Api, _ctx: AppContext) {}
