import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The programme: anyone submits a project idea (residents confirm by e-mail and follow it by a
// private link); staff assess and decide; the effect framework; the coherence (fragmentation) view.
export const programmeRoutes: RouteConfigEntry[] = [
  route('projecten/indienen', 'routes/plan/programme/submit.tsx'),
  route('projecten/bevestigen/:token', 'routes/plan/programme/confirm.tsx'),
  route('projecten/volgen/:token', 'routes/plan/programme/follow.tsx'),
  route('projecten', 'routes/plan/programme/ideas.tsx'),
  route('projecten/:id', 'routes/plan/programme/idea.tsx'),
  route('programma/effecten', 'routes/plan/programme/framework.tsx'),
  route('programma/samenhang', 'routes/plan/programme/coherence.tsx'),
];
