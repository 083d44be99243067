import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// Editing and moderation of the social map: the staff hub with the moderation queue, reviewing a
// revision, adding and changing items, their history, and the consent of key persons.
export const editorRoutes: RouteConfigEntry[] = [
  route('sociale-kaart/redactie', 'routes/social-map/editor/queue.tsx'),
  route('sociale-kaart/redactie/:revisionId', 'routes/social-map/editor/review.tsx'),
  route('sociale-kaart/nieuw', 'routes/social-map/editor/asset-new.tsx'),
  route('sociale-kaart/:id/bewerken', 'routes/social-map/editor/asset-edit.tsx'),
  route('sociale-kaart/:id/geschiedenis', 'routes/social-map/editor/history.tsx'),
  route('sociale-kaart/:id/toestemming', 'routes/social-map/editor/consent.tsx'),
];
