import type { RouteConfigEntry } from '@react-router/dev/routes';

// Placeholder: the pages of the handling part (paths in src/modules/initiatives/initiatives-paths.ts).
export const handlingRoutes: RouteConfigEntry[] = [];
