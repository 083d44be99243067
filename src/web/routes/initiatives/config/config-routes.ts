import type { RouteConfigEntry } from '@react-router/dev/routes';

// Placeholder: the pages of the config part (paths in src/modules/initiatives/initiatives-paths.ts).
export const configRoutes: RouteConfigEntry[] = [];
