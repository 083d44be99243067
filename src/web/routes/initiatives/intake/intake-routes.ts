import type { RouteConfigEntry } from '@react-router/dev/routes';

// Placeholder: the pages of the intake part (paths in src/modules/initiatives/initiatives-paths.ts).
export const intakeRoutes: RouteConfigEntry[] = [];
