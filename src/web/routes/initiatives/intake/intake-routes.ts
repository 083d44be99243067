import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The intake pages (paths in src/modules/initiatives/initiatives-paths.ts): the public start page
// and form (no account), the resident's follow page by the private link, staff registering on
// behalf of a resident, and the files (photos, receipts) for those who may see the item.
export const intakeRoutes: RouteConfigEntry[] = [
  route('meldingen', 'routes/initiatives/intake/start.tsx'),
  route('meldingen/nieuw', 'routes/initiatives/intake/submit.tsx'),
  route('meldingen/volgen/:token', 'routes/initiatives/intake/follow.tsx'),
  route('meldingen/registreren', 'routes/initiatives/intake/register.tsx'),
  route('meldingen/bestanden/:id', 'routes/initiatives/intake/file.ts'),
];
