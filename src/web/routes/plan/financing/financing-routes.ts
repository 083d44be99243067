import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// Financing: the money of one part of a plan (budget lines, share from other sources) and the
// programme's finances over all plans with the CSV export for the finance department.
export const financingRoutes: RouteConfigEntry[] = [
  route('wijkplannen/:id/onderdelen/:itemId/financiering', 'routes/plan/financing/item-financing.tsx'),
  route('programma/financien', 'routes/plan/financing/programme-finances.tsx'),
  route('programma/financien.csv', 'routes/plan/financing/programme-finances-csv.ts'),
];
