import { serviceContext } from '../../../../core/http/request-context.ts';
import { getProgrammeReport } from '../../../../modules/plan/reports/build-report.ts';
import { reportFile } from '../../../../modules/plan/reports/report-files.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/programme-report-download.ts';
import { downloadResponse, formatOf } from './report-download.ts';

// /programma/rapportage.pdf, .docx, .xlsx and .csv (?tabel=plans…): the programme report as a file.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const table = new URL(request.url).searchParams.get('tabel');
  try {
    return await downloadResponse(rc.locale, async () =>
      reportFile(
        await getProgrammeReport(serviceContext(rc), rc.municipality.name),
        rc.locale,
        formatOf(request),
        table,
      ),
    );
  } catch (error) {
    throwAsRouteError(error);
  }
}
