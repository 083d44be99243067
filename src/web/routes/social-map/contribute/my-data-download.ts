import { DomainError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { exportPersonalData } from '../../../../modules/social-map/personal-data.ts';
import type { Route } from './+types/my-data-download.ts';

// The download of everything the social map keeps about the address in the link, as a JSON file.

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const json = await exportPersonalData(rc.app, serviceContext(rc), params.token);
    return new Response(json, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="sociale-kaart-mijn-gegevens.json"',
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.key === 'socialMap.error.invalidLink')
      return new Response(translate(rc.locale, 'socialMap.error.invalidLink'), {
        status: 410,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    throw error;
  }
}
