import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The progress reports (voortgangsrapportage): a plan's and the programme's, each as a print-ready
// page and as PDF, Word, Excel and CSV downloads; and the page where item owners add voices.
const formats = ['pdf', 'docx', 'xlsx', 'csv'] as const;

export const reportsRoutes: RouteConfigEntry[] = [
  route('wijkplannen/:id/rapportage', 'routes/plan/reports/plan-report.tsx'),
  route('wijkplannen/:id/rapportage/stemmen', 'routes/plan/reports/voices.tsx'),
  ...formats.map((f) =>
    route(`wijkplannen/:id/rapportage.${f}`, 'routes/plan/reports/report-download.ts', {
      id: `plan-report-${f}`,
    }),
  ),
  route('programma/rapportage', 'routes/plan/reports/programme-report.tsx'),
  ...formats.map((f) =>
    route(`programma/rapportage.${f}`, 'routes/plan/reports/programme-report-download.ts', {
      id: `programme-report-${f}`,
    }),
  ),
];
