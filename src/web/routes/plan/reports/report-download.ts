import { DomainError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getPlanReport } from '../../../../modules/plan/reports/build-report.ts';
import { attachment, type ReportFormat, reportFile } from '../../../../modules/plan/reports/report-files.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import type { Route } from './+types/report-download.ts';

// /wijkplannen/:id/rapportage.pdf, .docx, .xlsx and .csv (?tabel=status…): the plan's report as a
// file. One loader for the four routes; the format is the path's extension.

export function formatOf(request: Request): ReportFormat {
  const ext = new URL(request.url).pathname.split('.').at(-1);
  return ext === 'pdf' || ext === 'docx' || ext === 'xlsx' ? ext : 'csv';
}

/** The file as a download; a bad table name is a plain 400 in the reader's language. */
export async function downloadResponse(
  locale: 'nl' | 'en',
  make: () => Promise<{ body: Uint8Array | string; contentType: string; filename: string }>,
): Promise<Response> {
  try {
    const file = await make();
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': attachment(file.filename),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      const first = error.fieldErrors[0];
      return new Response(translate(locale, first?.key ?? error.key), {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    if (error instanceof DomainError) throwAsRouteError(error);
    throw error;
  }
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const table = new URL(request.url).searchParams.get('tabel');
  try {
    return await downloadResponse(rc.locale, async () =>
      reportFile(await getPlanReport(serviceContext(rc), params.id), rc.locale, formatOf(request), table),
    );
  } catch (error) {
    throwAsRouteError(error);
  }
}
