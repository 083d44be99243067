import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { getZgwZaak } from '../zgw/get-zgw-zaak.ts';

// The ZGW export: an item as a zaak of the VNG Zaken API, following docs/zgw-mapping.md.

const tags = ['Initiatives'];

const ref = z.string();
const zgwZaakSchema = z
  .object({
    mappingVersion: z.string(),
    zaak: z
      .object({
        url: z.string(),
        uuid: z.uuid(),
        identificatie: z.string(),
        bronorganisatie: z.string(),
        verantwoordelijkeOrganisatie: z.string(),
        omschrijving: z.string(),
        toelichting: z.string(),
        zaaktype: ref,
        registratiedatum: z.string(),
        startdatum: z.string(),
        einddatumGepland: z.string(),
        uiterlijkeEinddatumAfdoening: z.string(),
        einddatum: z.string().nullable(),
        communicatiekanaalNaam: z.string(),
        vertrouwelijkheidaanduiding: z.string(),
        zaakgeometrie: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }).nullable(),
        status: ref.nullable(),
        resultaat: ref.nullable(),
        rollen: z.array(ref),
        zaakobjecten: z.array(ref),
        _expand: z.object({ zaaktype: z.record(z.string(), z.unknown()) }),
      })
      .catchall(z.unknown()),
    statussen: z.array(z.record(z.string(), z.unknown())),
    rollen: z.array(z.record(z.string(), z.unknown())),
    zaakobjecten: z.array(z.record(z.string(), z.unknown())),
    resultaat: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('ZgwZaakExport', {
    description:
      'The item as a ZGW zaak (VNG Zaken API field names). Catalogue references (zaaktype, statustype, resultaattype, roltype) are URNs with their content under _expand. See docs/zgw-mapping.md.',
  });

export function registerZgwApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/items/{id}/zgw-zaak',
      tags,
      summary: 'The item as a ZGW zaak (zaakgericht werken)',
      description:
        'For staff who may read the item: the zaak with its zaaktype, status history, roles, zaakobjecten and result. Contains the resident’s contact details. Anyone else gets 404.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: {
        200: { description: 'The zaak', content: { 'application/json': { schema: zgwZaakSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const zaak = await getZgwZaak(ctx, serviceContext(c.get('rc')), id);
      c.header('Cache-Control', 'private, no-store');
      return c.json(zaak as z.infer<typeof zgwZaakSchema>, 200);
    },
  );
}
