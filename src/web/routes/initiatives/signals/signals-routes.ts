import type { RouteConfigEntry } from '@react-router/dev/routes';

// Placeholder: the pages of the signals part (paths in src/modules/initiatives/initiatives-paths.ts).
export const signalsRoutes: RouteConfigEntry[] = [];
