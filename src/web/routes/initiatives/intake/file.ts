import { NotFoundError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getFileContent } from '../../../../modules/initiatives/intake/files.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import type { Route } from './+types/file.ts';

// A photo or receipt of an item, for staff who may read the item or for the resident (their
// follow token in ?t=). Images show inline; PDFs always download. Never cached publicly, never
// sniffed into something else, and sandboxed should anyone open one as a page.

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const token = new URL(request.url).searchParams.get('t');
  try {
    const file = await getFileContent(serviceContext(rc), params.id, token);
    const disposition = file.contentType === 'application/pdf' ? 'attachment' : 'inline';
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `${disposition}; filename="${file.fileName}"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, max-age=3600',
        'Referrer-Policy': 'no-referrer',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError)
      return new Response(translate(rc.locale, 'initiatives.error.itemNotFound'), {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    throw error;
  }
}
