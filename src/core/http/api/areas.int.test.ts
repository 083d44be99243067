import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/areas', () => {
  it('lists the wijken of the demo municipality with API-Version and paging links', async () => {
    const res = await t.request('/api/v1/areas?kind=wijk&limit=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('API-Version')).toBe('1.0.0');
    const body = await res.json();
    expect(body.items.map((a: { code: string }) => a.code)).toEqual(['WK999901', 'WK999902']);
    expect(res.headers.get('Link')).toMatch(
      /<http:\/\/wijkwerk\.test\/api\/v1\/areas\?kind=wijk&limit=2&cursor=WK999902>; rel="next"/,
    );
    const next = await t.request(body._links.next.href);
    const page2 = await next.json();
    expect(page2.items.map((a: { code: string }) => a.code)).toEqual(['WK999903', 'WK999904']);
    expect(next.headers.get('Link')).toBeNull();
  });

  it('answers bad query values with problem+json and field errors', async () => {
    const res = await t.request('/api/v1/areas?kind=planet&limit=0');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await res.json();
    expect(p.status).toBe(400);
    expect(p.invalidParams.map((i: { name: string }) => i.name).sort()).toEqual(['kind', 'limit']);
  });

  it('gives 404 for a trailing slash and for an unknown area', async () => {
    expect((await t.request('/api/v1/areas/')).status).toBe(404);
    const res = await t.request('/api/v1/areas/WK000000');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('locates a point in its buurt and wijk', async () => {
    const wijk = await (await t.request('/api/v1/areas/BU99990202')).json();
    const res = await t.request(`/api/v1/areas/locate?lat=${wijk.centroid.lat}&lon=${wijk.centroid.lon}`);
    const loc = await res.json();
    expect(loc.buurt.code).toBe('BU99990202');
    expect(loc.wijk.code).toBe('WK999902');
    expect(loc.gemeente.code).toBe('GM9999');
    const outside = await (await t.request('/api/v1/areas/locate?lat=10&lon=10')).json();
    expect(outside.buurt).toBeNull();
  });

  it('serves a GeoJSON boundary and the OpenAPI document', async () => {
    const res = await t.request('/api/v1/areas/WK999901/geometry');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const f = await res.json();
    expect(f.type).toBe('Feature');
    expect(f.geometry.type).toBe('Polygon');
    const doc = await (await t.request('/api/v1/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.contact.email).toBeTruthy();
    expect(Object.keys(doc.paths)).toContain('/areas/{code}/geometry');
  });
});
