import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The public views of the social map: list (search), map and agenda sharing one filter state in
// the query string, the item page, and the embeds for other websites.
export const publicRoutes: RouteConfigEntry[] = [
  route('sociale-kaart', 'routes/social-map/public/list.tsx'),
  route('sociale-kaart/kaart', 'routes/social-map/public/map.tsx'),
  route('sociale-kaart/agenda', 'routes/social-map/public/agenda.tsx'),
  route('sociale-kaart/insluiten/:code/agenda', 'routes/social-map/public/embed-agenda.tsx'),
  route('sociale-kaart/insluiten/:code/kaart', 'routes/social-map/public/embed-map.tsx'),
  route('sociale-kaart/:id', 'routes/social-map/public/item.tsx'),
];
