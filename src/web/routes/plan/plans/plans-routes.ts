import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The edit pages of a plan: a new plan, its text and state, its members, a new item and an item's
// edit page (with its milestones and indicators). Each form carries the version it started from.
export const plansRoutes: RouteConfigEntry[] = [
  route('wijkplannen/nieuw', 'routes/plan/plans/plan-new.tsx'),
  route('wijkplannen/:id/bewerken', 'routes/plan/plans/plan-edit.tsx'),
  route('wijkplannen/:id/leden', 'routes/plan/plans/members.tsx'),
  route('wijkplannen/:id/onderdelen/nieuw', 'routes/plan/plans/item-new.tsx'),
  route('wijkplannen/:id/onderdelen/:itemId/bewerken', 'routes/plan/plans/item-edit.tsx'),
];
