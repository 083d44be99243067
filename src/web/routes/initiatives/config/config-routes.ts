import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// Setting up initiatives and signals (administrators and coordinators): the section's start page,
// settings, kinds, categories (with extra questions), routing rules (order, test) and the texts
// to residents. Paths in src/modules/initiatives/initiatives-paths.ts.
export const configRoutes: RouteConfigEntry[] = [
  route('beheer/meldingen', 'routes/initiatives/config/overview.tsx'),
  route('beheer/meldingen/instellingen', 'routes/initiatives/config/settings.tsx'),
  route('beheer/meldingen/soorten', 'routes/initiatives/config/kinds.tsx'),
  route('beheer/meldingen/soorten/:id', 'routes/initiatives/config/kind.tsx'),
  route('beheer/meldingen/categorieen', 'routes/initiatives/config/categories.tsx'),
  route('beheer/meldingen/categorieen/:id', 'routes/initiatives/config/category.tsx'),
  route('beheer/meldingen/routering', 'routes/initiatives/config/routing.tsx'),
  route('beheer/meldingen/routering/:id', 'routes/initiatives/config/routing-rule.tsx'),
  route('beheer/meldingen/berichten', 'routes/initiatives/config/templates.tsx'),
  route('beheer/meldingen/berichten/:event', 'routes/initiatives/config/template.tsx'),
];
