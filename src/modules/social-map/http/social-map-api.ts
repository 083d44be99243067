import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { registerAgendaRoutes } from './agenda.api.ts';
import { registerAssetRoutes } from './assets.api.ts';
import { registerContributionRoutes } from './contributions.api.ts';
import { registerExportsApi } from './exports.api.ts';
import { registerFeedsApi } from './feeds.api.ts';
import { registerHsdsApi } from './hsds.api.ts';
import { registerImportRoutes } from './imports.api.ts';
import { registerModerationRoutes } from './moderation.api.ts';
import { registerOverviewRoutes } from './overview.api.ts';
import { registerPersonalDataRoutes } from './personal-data.api.ts';
import { registerSettingsRoutes } from './settings.api.ts';

// The social map's routes in the JSON API, one file per resource group.
export function registerSocialMapApi(api: Api, ctx: AppContext): void {
  registerAssetRoutes(api, ctx);
  registerAgendaRoutes(api, ctx);
  registerModerationRoutes(api, ctx);
  registerContributionRoutes(api, ctx);
  registerSettingsRoutes(api, ctx);
  registerPersonalDataRoutes(api, ctx);
  registerHsdsApi(api, ctx);
  registerExportsApi(api, ctx);
  registerOverviewRoutes(api, ctx);
  registerImportRoutes(api, ctx);
  registerFeedsApi(api, ctx);
}
