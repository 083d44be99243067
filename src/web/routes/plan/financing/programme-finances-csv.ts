import { serviceContext } from '../../../../core/http/request-context.ts';
import { budgetLinesCsv } from '../../../../modules/plan/financing/budget-lines-csv.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/programme-finances-csv.ts';
import { programmeFilter } from './financing.server.ts';

// /programma/financien.csv: every budget line of the programme overview (same filters, same
// access) as a spreadsheet for the finance department.
export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const csv = await budgetLinesCsv(serviceContext(rc), programmeFilter(new URL(request.url)), rc.locale);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'attachment; filename="begrotingsregels.csv"',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    throwAsRouteError(error);
  }
}
