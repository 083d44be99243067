import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// The administration section's pages (users, roles, organisations, areas, audit log, outbox).
export const adminRoutes: RouteConfigEntry[] = [
  route('beheer', 'routes/admin/overview.tsx'),
  route('beheer/gebruikers', 'routes/admin/users.tsx'),
  route('beheer/gebruikers/nieuw', 'routes/admin/user-new.tsx'),
  route('beheer/gebruikers/:id', 'routes/admin/user.tsx'),
  route('beheer/organisaties', 'routes/admin/organisations.tsx'),
  route('beheer/organisaties/nieuw', 'routes/admin/organisation-new.tsx'),
  route('beheer/organisaties/:id', 'routes/admin/organisation.tsx'),
  route('beheer/gebieden', 'routes/admin/areas.tsx'),
  route('beheer/gebieden/:code', 'routes/admin/area.tsx'),
  route('beheer/logboek', 'routes/admin/audit-log.tsx'),
  route('beheer/uitgaande-mail', 'routes/admin/outbox.tsx'),
];
