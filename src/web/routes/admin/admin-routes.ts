import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// The administration section's pages (users, roles, organisations, areas, audit log, outbox).
export const adminRoutes: RouteConfigEntry[] = [];
void route;
