import type { RouteConfigEntry } from '@react-router/dev/routes';
import { budgetRoutes } from './budget/budget-routes.ts';
import { configRoutes } from './config/config-routes.ts';
import { handlingRoutes } from './handling/handling-routes.ts';
import { intakeRoutes } from './intake/intake-routes.ts';
import { signalsRoutes } from './signals/signals-routes.ts';

// The pages of initiatives and signals, by part: the public form and the resident's follow page
// (intake), the staff work pages (handling), quick budgets and ledgers (budget), trends,
// wijksignalen and the public map (signals), and configuration (config). Paths are Dutch and
// listed in src/modules/initiatives/initiatives-paths.ts.
export const initiativesRoutes: RouteConfigEntry[] = [
  ...intakeRoutes,
  ...handlingRoutes,
  ...budgetRoutes,
  ...signalsRoutes,
  ...configRoutes,
];
