import { serviceContext } from '../../../../core/http/request-context.ts';
import { getProgrammeReport } from '../../../../modules/plan/reports/build-report.ts';
import '../../../../modules/plan/reports/report-i18n.ts';
import { reportOutline } from '../../../../modules/plan/reports/report-outline.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ReportDocument, voiceViews } from '../../../components/plan/report-document.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/programme-report.ts';
import printCss from './report-print.css?url';

// /programma/rapportage: the programme's progress report over every current plan, for the
// programme office (coordinators) and administrators, with the same downloads as a plan's.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: printCss }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const report = await getProgrammeReport(serviceContext(rc), rc.municipality.name);
    return { outline: reportOutline(report, rc.locale), voices: voiceViews(report.voices) };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.outline.title ?? ''} | Wijkwerk` }];
}

export default function ProgrammeReportPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb
        items={[{ href: '/wijkplannen', label: t('plan.title') }]}
        current={t('plan.report.title')}
      />
      <ReportDocument outline={d.outline} downloadBase="/programma/rapportage" voices={d.voices} />
    </>
  );
}
