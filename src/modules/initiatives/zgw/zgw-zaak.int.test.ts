import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { submitItem } from '../intake/submit-item.ts';
import { createInitiativesFixture, type InitiativesFixture } from '../testing.ts';

// GET /api/v1/initiatives/items/{id}/zgw-zaak on a real database: the zaak follows
// docs/zgw-mapping.md through the item's life (received → decided → done), and only staff who
// may read the item get it (others 404, anonymous 401).

let t: TestApp;
let fx: InitiativesFixture;
let itemId: string;
let reference: string;
const path = () => `/api/v1/initiatives/items/${itemId}/zgw-zaak`;

async function zaakAs(email: string) {
  const res = await t.request(path(), { headers: await bearerFor(t, email, ['read']) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  fx = await createInitiativesFixture(t.ctx.db);
  const result = await submitItem(
    t.ctx,
    { db: t.ctx.db, actor: systemActor(fx.municipalityId, 'test'), meta: { ip: '198.51.100.7' } },
    {
      channel: 'web',
      categoryId: fx.categories.pavement,
      description: 'Losse stoeptegel voor de bakker op de Markt, gevaarlijk voor rollators.',
      lat: 52.056123,
      lon: 5.638456,
      address: 'Markt 12',
      contactName: 'Sanne de Vries',
      contactEmail: 'sanne@example.org',
      consent: true,
    },
  );
  itemId = result.id;
  reference = result.reference;
});
afterAll(() => t.close());

describe('the ZGW zaak of an item', () => {
  it('maps a new item: zaak, zaaktype, first status, roles, buurt and point, no result yet', async () => {
    const { status, body } = await zaakAs('coordinator@voorbeeld.example');
    expect(status).toBe(200);
    const row = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_items')
      .selectAll()
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(body.zaak).toMatchObject({
      uuid: itemId,
      identificatie: reference,
      omschrijving: row.title,
      toelichting: row.description,
      zaaktype: 'urn:wijkwerk:gm9999:zaaktype:losse-tegel',
      uiterlijkeEinddatumAfdoening: row.deadline_on,
      einddatumGepland: row.deadline_on,
      einddatum: null,
      communicatiekanaalNaam: 'Website',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      zaakgeometrie: { type: 'Point', coordinates: [5.638456, 52.056123] },
      resultaat: null,
      opschorting: { indicatie: false, reden: '' },
    });
    expect(body.zaak.url).toMatch(new RegExp(`/api/v1/initiatives/items/${itemId}/zgw-zaak$`));
    expect(body.zaak.startdatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.zaak._expand.zaaktype).toMatchObject({
      identificatie: 'losse-tegel',
      omschrijving: 'Losse stoeptegel',
      omschrijvingGeneriek: 'Melding',
      handelingInitiator: 'Melden',
      doorlooptijd: 'P7D',
    });
    expect(body.statussen).toHaveLength(1);
    expect(body.statussen[0]._expand.statustype).toMatchObject({ omschrijving: 'Ontvangen', volgnummer: 1 });
    expect(body.zaak.status).toBe(body.statussen[0].url);

    const initiator = body.rollen.find(
      (r: { omschrijvingGeneriek: string }) => r.omschrijvingGeneriek === 'initiator',
    );
    expect(initiator).toMatchObject({
      betrokkeneType: 'natuurlijk_persoon',
      betrokkeneIdentificatie: { inpBsn: '', geslachtsnaam: 'Sanne de Vries' },
      contactpersoonRol: { emailadres: 'sanne@example.org' },
    });
    const behandelaar = body.rollen.find(
      (r: { omschrijvingGeneriek: string }) => r.omschrijvingGeneriek === 'behandelaar',
    );
    expect(behandelaar).toMatchObject({
      betrokkeneType: 'organisatorische_eenheid',
      betrokkeneIdentificatie: {
        identificatie: fx.organisations.publicSpace,
        naam: 'Afdeling Openbare Ruimte',
      },
    });
    expect(body.zaak.rollen).toEqual(body.rollen.map((r: { url: string }) => r.url));
    expect(body.zaakobjecten).toMatchObject([
      {
        objectType: 'buurt',
        relatieomschrijving: 'Buurt van de melding (BU99990101)',
        objectIdentificatie: {
          buurtCode: '01',
          buurtNaam: 'Marktkwartier',
          gemGemeenteCode: '9999',
          wykWijkCode: '01',
        },
      },
      {
        objectType: 'overige',
        objectTypeOverige: 'locatie',
        objectIdentificatie: { overigeData: { geometrie: { type: 'Point' }, adres: 'Markt 12' } },
      },
    ]);
    expect(body.resultaat).toBeNull();
  });

  it('follows the item: a decision gives the result, done the eindstatus and einddatum', async () => {
    const db = initiativesDb(t.ctx.db);
    const event = async (to: 'decided' | 'done', text: string) =>
      db
        .insertInto('initiative_events')
        .values({
          municipality_id: fx.municipalityId,
          item_id: itemId,
          event: to,
          to_status: to,
          public_text: text,
          actor_label: 'test',
        })
        .execute();
    await db
      .updateTable('initiative_items')
      .set({
        status: 'decided',
        decision: 'rejected',
        answer: 'Deze tegel is van de buren.',
        decided_at: new Date(),
      })
      .where('id', '=', itemId)
      .execute();
    await event('decided', 'Wij hebben besloten.');
    const decided = (await zaakAs('coordinator@voorbeeld.example')).body;
    expect(
      decided.statussen.map(
        (s: { _expand: { statustype: { omschrijving: string } } }) => s._expand.statustype.omschrijving,
      ),
    ).toEqual(['Ontvangen', 'Besloten']);
    expect(decided.resultaat).toMatchObject({
      toelichting: 'Deze tegel is van de buren.',
      _expand: {
        resultaattype: {
          omschrijving: 'Afgewezen',
          omschrijvingGeneriek: 'Afgewezen',
          archiefnominatie: 'vernietigen',
        },
      },
    });
    expect(decided.zaak.resultaat).toBe(decided.resultaat.url);
    expect(decided.zaak.einddatum).toBeNull();

    await db
      .updateTable('initiative_items')
      .set({ status: 'done', closed_at: new Date('2026-12-20T10:00:00Z') })
      .where('id', '=', itemId)
      .execute();
    await event('done', 'Afgehandeld.');
    const done = (await zaakAs('coordinator@voorbeeld.example')).body;
    expect(done.statussen.at(-1)._expand.statustype).toMatchObject({
      omschrijving: 'Afgehandeld',
      isEindstatus: true,
    });
    expect(done.zaak.einddatum).toBe('2026-12-20');
    expect(done.zaak.archiefnominatie).toBe('vernietigen');
  });

  it('is for staff who may read the item: the department and the area officer yes, others 404', async () => {
    expect((await zaakAs('openbareruimte.medewerker@voorbeeld.example')).status).toBe(200);
    expect((await zaakAs('wijkambtenaar.centrum@voorbeeld.example')).status).toBe(200);
    for (const email of [
      'wijkambtenaar.noordoost@voorbeeld.example',
      'k.deboer@woonstichting.voorbeeld.example',
      'bewoner@voorbeeld.example',
    ]) {
      const res = await zaakAs(email);
      expect(res.status, email).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('sanne@example.org');
    }
    const anonymous = await t.request(path());
    expect(anonymous.status).toBe(401);
    const coordinator = await bearerFor(t, 'coordinator@voorbeeld.example', ['read']);
    expect(
      (
        await t.request('/api/v1/initiatives/items/00000000-0000-4000-8000-000000000000/zgw-zaak', {
          headers: coordinator,
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.request('/api/v1/initiatives/items/niet-een-id/zgw-zaak', { headers: coordinator })).status,
    ).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await t.request('/api/v1/openapi.json')).json();
    expect(doc.paths['/initiatives/items/{id}/zgw-zaak']?.get).toBeDefined();
  });
});
