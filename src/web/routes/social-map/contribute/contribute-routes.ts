import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// Residents without an account: submit an item and confirm it by e-mail, report an error or
// abuse, confirm an item is still correct, see / download / remove their personal data.
export const contributeRoutes: RouteConfigEntry[] = [
  route('sociale-kaart/aanmelden', 'routes/social-map/contribute/submit.tsx'),
  route('sociale-kaart/bevestigen/:token', 'routes/social-map/contribute/confirm.tsx'),
  route('sociale-kaart/:id/melden', 'routes/social-map/contribute/report.tsx'),
  route('sociale-kaart/nog-actueel/:token', 'routes/social-map/contribute/verify.tsx'),
  route('sociale-kaart/mijn-gegevens', 'routes/social-map/contribute/my-data.tsx'),
  route('sociale-kaart/mijn-gegevens/:token', 'routes/social-map/contribute/my-data-view.tsx'),
  route('sociale-kaart/mijn-gegevens/:token/download', 'routes/social-map/contribute/my-data-download.ts'),
];
