import type { RouteConfigEntry } from '@react-router/dev/routes';
import { cyclesRoutes } from './cycles/cycles-routes.ts';
import { financingRoutes } from './financing/financing-routes.ts';
import { plansRoutes } from './plans/plans-routes.ts';
import { programmeRoutes } from './programme/programme-routes.ts';
import { publicRoutes } from './public/public-routes.ts';
import { reportsRoutes } from './reports/reports-routes.ts';
import { reviewsRoutes } from './reviews/reviews-routes.ts';

// The pages of the wijkplan and the programme, by part: editing plans and items, the public
// plan pages, review moments and versions, planning cycles and the timeline (and wijktoetsen),
// project ideas and their assessment, financing, progress reports. Paths are Dutch.
export const planRoutes: RouteConfigEntry[] = [
  ...plansRoutes,
  ...publicRoutes,
  ...reviewsRoutes,
  ...cyclesRoutes,
  ...programmeRoutes,
  ...financingRoutes,
  ...reportsRoutes,
];
