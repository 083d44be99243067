import { Link } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { getPlanAccess } from '../../../../modules/plan/plan-access.ts';
import { getPlanReport } from '../../../../modules/plan/reports/build-report.ts';
import '../../../../modules/plan/reports/report-i18n.ts';
import { reportOutline } from '../../../../modules/plan/reports/report-outline.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ReportDocument, voiceViews } from '../../../components/plan/report-document.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/plan-report.ts';
import printCss from './report-print.css?url';

// /wijkplannen/:id/rapportage: the plan's progress report for the council, print-ready, with the
// PDF, Word, Excel and CSV downloads. Whoever may read the plan may read its report.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: printCss }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const report = await getPlanReport(serviceContext(rc), params.id);
    const { permissions } = await getPlanAccess(rc.app.db, rc.actor, params.id);
    return {
      planId: report.plan.id,
      planTitle: report.plan.title,
      outline: reportOutline(report, rc.locale),
      voices: voiceViews(report.voices),
      mayAddVoices: permissions.manage || permissions.editableItemIds.length > 0,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.outline.title ?? ''} | Wijkwerk` }];
}

export default function PlanReportPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const base = `/wijkplannen/${d.planId}/rapportage`;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: `/wijkplannen/${d.planId}`, label: d.planTitle },
        ]}
        current={t('plan.report.title')}
      />
      <ReportDocument
        outline={d.outline}
        downloadBase={base}
        voices={d.voices}
        voicesAction={
          d.mayAddVoices ? (
            <p className="utrecht-paragraph wijkwerk-report-actions">
              <Link className="utrecht-link" to={`${base}/stemmen`}>
                {t('plan.report.voices.manage')}
              </Link>
            </p>
          ) : undefined
        }
      />
    </>
  );
}
