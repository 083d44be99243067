import type { RouteConfigEntry } from '@react-router/dev/routes';
import { contributeRoutes } from './contribute/contribute-routes.ts';
import { editorRoutes } from './editor/editor-routes.ts';
import { feedsRoutes } from './feeds/feeds-routes.ts';
import { officerRoutes } from './officer/officer-routes.ts';
import { publicRoutes } from './public/public-routes.ts';

// The social map's pages (sociale kaart), by audience: the public views, contributing as a
// resident, editing and moderation, the area officer's overview, calendar feeds. Paths are
// Dutch; e-mails link to some of them (src/modules/social-map/links.ts).
export const socialMapRoutes: RouteConfigEntry[] = [
  ...publicRoutes,
  ...contributeRoutes,
  ...editorRoutes,
  ...officerRoutes,
  ...feedsRoutes,
];
