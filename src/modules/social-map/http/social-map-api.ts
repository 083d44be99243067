import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';

// The social map's routes in the JSON API, one file per resource group.
export function registerSocialMapApi(_api: Api, _ctx: AppContext): void {}
