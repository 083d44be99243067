import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// Planning cycles (tandwielen), the plan's timeline, and the wijktoets.
export const cyclesRoutes: RouteConfigEntry[] = [
  route('planningscycli', 'routes/plan/cycles/cycles.tsx'),
  route('planningscycli/nieuw', 'routes/plan/cycles/cycle-new.tsx'),
  route('planningscycli/:id', 'routes/plan/cycles/cycle-edit.tsx'),
  route('wijkplannen/:id/tijdlijn', 'routes/plan/cycles/timeline.tsx'),
  route('wijktoetsen', 'routes/plan/cycles/checks.tsx'),
  route('wijktoetsen/nieuw', 'routes/plan/cycles/check-new.tsx'),
  route('wijktoetsen/:id', 'routes/plan/cycles/check.tsx'),
];
