import { data } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { attachment, ledgerFile } from '../../../../modules/initiatives/budget/ledger-export.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/ledger-download.ts';
import { uuidPattern } from './budget.server.ts';

// /meldingen/budgetten/:id/grootboek.csv and .xlsx: the ledger as a file for the finance
// department, with the same access as the ledger page.
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!uuidPattern.test(params.id)) throw data(null, { status: 404 });
  const format = new URL(request.url).pathname.endsWith('.xlsx') ? 'xlsx' : 'csv';
  try {
    const file = await ledgerFile(serviceContext(rc), params.id, format, rc.locale);
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': attachment(file.filename),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    throwAsRouteError(error);
  }
}
