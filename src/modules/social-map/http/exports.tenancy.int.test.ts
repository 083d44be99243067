import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { insertArea } from '../../../core/areas/areas.repository.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { createMunicipality } from '../../../core/municipalities/create-municipality.ts';
import { systemActor } from '../../../core/permissions/actor.ts';

// Two municipalities on one install: the exports and the HSDS API of one never show the other's
// items, areas or organisations.

let t: TestApp;
let serviceId: string;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp({
    template: 'full',
    env: { MUNICIPALITY_HOSTS: 'GM9999=voorbeeld.test,GM0308=baarn.test' },
  });
  const baarn = await createMunicipality(t.ctx.db, {
    code: 'GM0308',
    name: 'Baarn',
    slug: 'baarn',
    isDemo: false,
  });
  await runWrite({ db: t.ctx.db, actor: systemActor(baarn.id), meta: {} }, async (tx, audit) => {
    await insertArea(tx, baarn.id, {
      code: 'GM0308',
      name: 'Baarn',
      kind: 'gemeente',
      parentId: null,
      path: 'GM0308',
      depth: 0,
      boundary: null,
      centroid: null,
      bbox: null,
      source: 'test',
      attributes: {},
    });
    audit({ action: 'area.create', resourceType: 'area', resourceId: 'GM0308' });
  });
  const services = (await (
    await t.request('/api/v1/hsds/services?per_page=200', on('voorbeeld.test'))
  ).json()) as {
    contents: Array<{ id: string; organization_id?: string }>;
  };
  const owned = services.contents.find((s) => s.organization_id);
  if (!owned?.organization_id) throw new Error('no service of an organisation in the demo');
  serviceId = owned.id;
  organisationId = owned.organization_id;
});
afterAll(() => t.close());

const on = (host: string) => ({ headers: { Host: host } });

describe('exports per municipality', () => {
  it('the other municipality’s calendars, areas and organisations are not found', async () => {
    const base = '/api/v1/social-map';
    expect((await t.request(`${base}/calendars/areas/WK999901.ics`, on('baarn.test'))).status).toBe(404);
    expect(
      (await t.request(`${base}/calendars/organisations/${organisationId}.ics`, on('baarn.test'))).status,
    ).toBe(404);
    expect((await t.request(`${base}/areas/WK999901/assets.geojson`, on('baarn.test'))).status).toBe(404);
    expect(
      (await t.request(`${base}/calendars/organisations/${organisationId}.ics`, on('voorbeeld.test'))).status,
    ).toBe(200);
  });

  it('its own feeds are empty, not filled with the neighbour’s items', async () => {
    const base = '/api/v1/social-map';
    const ics = await (await t.request(`${base}/calendars/areas/GM0308.ics`, on('baarn.test'))).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
    const geo = (await (await t.request(`${base}/areas/GM0308/assets.geojson`, on('baarn.test'))).json()) as {
      features: unknown[];
    };
    expect(geo.features).toEqual([]);
    const csv = await (await t.request(`${base}/assets.csv`, on('baarn.test'))).text();
    expect(parseCsv(csv, { bom: true, delimiter: ';' })).toHaveLength(1);
  });

  it('the HSDS API shows nothing of the other municipality', async () => {
    const services = (await (await t.request('/api/v1/hsds/services', on('baarn.test'))).json()) as {
      total_items: number;
    };
    expect(services.total_items).toBe(0);
    const orgs = (await (await t.request('/api/v1/hsds/organizations', on('baarn.test'))).json()) as {
      total_items: number;
    };
    expect(orgs.total_items).toBe(0);
    expect((await t.request(`/api/v1/hsds/services/${serviceId}`, on('baarn.test'))).status).toBe(404);
    expect((await t.request(`/api/v1/hsds/organizations/${organisationId}`, on('baarn.test'))).status).toBe(
      404,
    );
    expect((await t.request(`/api/v1/hsds/services/${serviceId}`, on('voorbeeld.test'))).status).toBe(200);
  });
});
