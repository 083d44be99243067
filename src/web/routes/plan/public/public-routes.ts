import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The public plan pages: the list of plans, the plan in plain language (with edit links for its
// members) and one goal, approach or action of it. The edit pages are the plans part's.
export const publicRoutes: RouteConfigEntry[] = [
  route('wijkplannen', 'routes/plan/public/plans-list.tsx'),
  route('wijkplannen/:id', 'routes/plan/public/plan.tsx'),
  route('wijkplannen/:id/onderdelen/:itemId', 'routes/plan/public/item.tsx'),
];
