import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// The area officer's pages: the overview per area, the module's settings, and imports.
export const officerRoutes: RouteConfigEntry[] = [
  route('sociale-kaart/overzicht', 'routes/social-map/officer/overview-index.tsx'),
  route('sociale-kaart/overzicht/:code', 'routes/social-map/officer/overview.tsx'),
  route('sociale-kaart/instellingen', 'routes/social-map/officer/settings.tsx'),
  route('sociale-kaart/importeren', 'routes/social-map/officer/imports.tsx'),
  route('sociale-kaart/importeren/:id', 'routes/social-map/officer/import-job.tsx'),
];
