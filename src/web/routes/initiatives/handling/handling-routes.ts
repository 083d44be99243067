import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The staff pages of handling (paths in src/modules/initiatives/initiatives-paths.ts): the work
// inbox, one item with all its handling forms, and the figures per department.
export const handlingRoutes: RouteConfigEntry[] = [
  route('meldingen/werkbak', 'routes/initiatives/handling/inbox.tsx'),
  route('meldingen/behandelen/:id', 'routes/initiatives/handling/item.tsx'),
  route('meldingen/cijfers', 'routes/initiatives/handling/figures.tsx'),
];
