import { index, type RouteConfig, route } from '@react-router/dev/routes';
import { adminRoutes } from './routes/admin/admin-routes.ts';
import { initiativesRoutes } from './routes/initiatives/initiatives-routes.ts';
import { planRoutes } from './routes/plan/plan-routes.ts';
import { socialMapRoutes } from './routes/social-map/social-map-routes.ts';

// Every page of the site. Dutch paths, because the site speaks Dutch first.
export default [
  index('routes/home.tsx'),
  route('wijken/:code', 'routes/area.tsx'),
  route('inloggen', 'routes/sign-in.tsx'),
  route('uitloggen', 'routes/sign-out.tsx'),
  route('wachtwoord-vergeten', 'routes/forgot-password.tsx'),
  route('wachtwoord-herstellen/:token', 'routes/reset-password.tsx'),
  route('account', 'routes/account.tsx'),
  ...adminRoutes,
  ...socialMapRoutes,
  ...planRoutes,
  ...initiativesRoutes,
  // Anything else: our own 404 page inside the layout (the root loader still runs).
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
