import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The pages of the signals part (paths in src/modules/initiatives/initiatives-paths.ts): the
// officer's dashboard and trends, wijksignalen, and the public signal map.
export const signalsRoutes: RouteConfigEntry[] = [
  route('meldingen/overzicht', 'routes/initiatives/signals/dashboard.tsx'),
  route('meldingen/trends', 'routes/initiatives/signals/trends.tsx'),
  route('meldingen/wijksignalen', 'routes/initiatives/signals/signals.tsx'),
  route('meldingen/wijksignalen/:id', 'routes/initiatives/signals/signal.tsx'),
  route('meldingen/kaart', 'routes/initiatives/signals/public-map.tsx'),
];
