import { type RouteConfigEntry, route } from '@react-router/dev/routes';

// Review moments (peilmomenten) and versions of a plan.
export const reviewsRoutes: RouteConfigEntry[] = [
  route('wijkplannen/:id/peilmomenten', 'routes/plan/reviews/reviews.tsx'),
  route('wijkplannen/:id/peilmomenten/:reviewId', 'routes/plan/reviews/review.tsx'),
  route('wijkplannen/:id/versies', 'routes/plan/reviews/versions.tsx'),
  route('wijkplannen/:id/versies/vergelijken', 'routes/plan/reviews/compare.tsx'),
];
