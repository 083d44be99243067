import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// Calendar feeds (agenda-koppelingen): the list with states, registering one, and one feed with
// its state, recent fetches, "fetch now", changing and removing it.
export const feedsRoutes: RouteConfigEntry[] = [
  route('sociale-kaart/agenda-koppelingen', 'routes/social-map/feeds/feeds.tsx'),
  route('sociale-kaart/agenda-koppelingen/nieuw', 'routes/social-map/feeds/feed-new.tsx'),
  route('sociale-kaart/agenda-koppelingen/:id', 'routes/social-map/feeds/feed.tsx'),
];
