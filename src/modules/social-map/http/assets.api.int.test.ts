import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { smDb } from '../social-map.tables.ts';
import { apiTestEnv, assetIdByTitle, responseValidator, withLocale } from './social-map-api.testing.ts';

let t: TestApp;
let admin: Record<string, string>;
let officer: Record<string, string>; // Centrum (WK999901)
let officerNoord: Record<string, string>; // Noordhoek and Oosterpark
let resident: Record<string, string>; // lives in Noorderhof (WK999902: partners only)
let check: ReturnType<typeof responseValidator>;

const base = '/api/v1/social-map';

beforeAll(async () => {
  t = await createTestApp({ template: 'full', env: apiTestEnv });
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  officerNoord = await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
  check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
});
afterAll(() => t.close());

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  t.request(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
const patch = (path: string, headers: Record<string, string>, body: unknown) =>
  t.request(`${base}${path}`, { method: 'PATCH', headers, body: JSON.stringify(body) });

describe('GET /social-map/assets (search)', () => {
  it('finds items in plain Dutch, with facet counts and labels, as the document says', async () => {
    const res = await t.request(`${base}/assets?q=koffie`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(check('/social-map/assets', 'get', 200, body)).toEqual([]);
    const titles = body.items.map((i: { title: string }) => i.title);
    expect(titles).toContain('Koffieochtend De Brug');
    expect(body.total).toBe(body.items.length);
    const kinds = body.facets.kind.map((f: { label: string }) => f.label);
    expect(kinds).toContain('Activiteit');
    expect(body.facets.theme.find((f: { value: string }) => f.value === 'ontmoeting').label).toBe(
      'Ontmoeting',
    );
    const en = await (await t.request(`${base}/assets?q=koffie`, { headers: withLocale({}, 'en') })).json();
    expect(en.facets.kind.map((f: { label: string }) => f.label)).toContain('Activity');
    expect(en.facets.theme.find((f: { value: string }) => f.value === 'ontmoeting').label).toBe(
      'Meeting people',
    );
  });

  it('pages with a cursor in the Link header until every match was seen once', async () => {
    const first = await t.request(`${base}/assets?limit=7&theme=ontmoeting`);
    const page1 = await first.json();
    expect(first.headers.get('Link')).toContain(page1._links.next.href);
    expect(first.headers.get('Link')).toMatch(/rel="next"/);
    const seen = new Set<string>(page1.items.map((i: { id: string }) => i.id));
    let next: string | undefined = page1._links.next?.href;
    let pages = 1;
    while (next) {
      const res = await t.request(next);
      const page = await res.json();
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      next = page._links.next?.href;
      if (!next) expect(res.headers.get('Link')).toBeNull();
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(page1.total);
  });

  it('filters by kind (repeated), free, accessible, area, and sorts by distance near a point', async () => {
    const both = await (await t.request(`${base}/assets?kind=activity&kind=group&limit=100`)).json();
    expect(new Set(both.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['activity', 'group']));
    const free = await (await t.request(`${base}/assets?free=true&accessible=true&limit=100`)).json();
    expect(free.items.length).toBeGreaterThan(0);
    for (const i of free.items) {
      expect(i.costFree).toBe(true);
      expect(i.accessibility).toContain('wheelchair');
    }
    const centrum = await (await t.request(`${base}/assets?area=WK999901&limit=100`)).json();
    expect(
      centrum.items.every(
        (i: { area: { code: string } }) => i.area.code.startsWith('BU999901') || i.area.code === 'WK999901',
      ),
    ).toBe(true);
    const near = await (await t.request(`${base}/assets?lat=52.0425&lon=5.6155&radiusKm=2&limit=10`)).json();
    const distances = near.items.map((i: { distanceKm: number }) => i.distanceKm);
    expect(distances.length).toBeGreaterThan(1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('never shows key persons without consent, or what is not published', async () => {
    const all = await (await t.request(`${base}/assets?kind=key_person`)).json();
    // Ria consented to publication; Samir did not.
    expect(all.items.map((i: { title: string }) => i.title)).toEqual(['Ria Hendriks']);
  });

  it('answers bad filters with a translated 400 problem', async () => {
    const nl = await t.request(`${base}/assets?kind=club&free=misschien`);
    expect(nl.status).toBe(400);
    expect(nl.headers.get('content-type')).toContain('application/problem+json');
    const p = await nl.json();
    expect(check('/social-map/assets', 'get', 400, p)).toEqual([]);
    expect(p.invalidParams.map((i: { name: string }) => i.name).sort()).toEqual(['free', 'kind']);
    expect(p.invalidParams[0].reason).toBe('Deze waarde is niet geldig.');
    const en = await (await t.request(`${base}/assets?kind=club`, { headers: withLocale({}, 'en') })).json();
    expect(en.title).toBe('Bad request');
    expect(en.invalidParams[0].reason).toBe('This value is not valid.');
    const half = await (await t.request(`${base}/assets?lat=52`)).json();
    expect(half.invalidParams).toEqual([
      { name: 'lon', code: 'socialMap.api.nearNeedsBoth', reason: 'Geef zowel lat als lon op.' },
    ]);
    const cursor = await t.request(`${base}/assets?cursor=bm9uc2Vuc2U`);
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).invalidParams[0].name).toBe('cursor');
    expect((await t.request(`${base}/assets?limit=1000`)).status).toBe(400);
    expect((await t.request(`${base}/assets?area=WK000000`)).status).toBe(404);
  });
});

describe('GET /social-map/assets/{id}', () => {
  it('gives the full item with schedule, contact, freshness and an ETag', async () => {
    const id = await assetIdByTitle(t, 'Koffieochtend De Brug');
    const res = await t.request(`${base}/assets/${id}`);
    expect(res.status).toBe(200);
    const a = await res.json();
    expect(check('/social-map/assets/{id}', 'get', 200, a)).toEqual([]);
    expect(res.headers.get('ETag')).toBe(`"${a.currentRevisionId}"`);
    expect(a.title).toBe('Koffieochtend De Brug');
    expect(a.schedules.length).toBeGreaterThan(0);
    expect(a.freshness.state).toBe('fresh');
    expect(a.area.code).toBe('BU99990102');
    expect(a._links.self.href).toBe(`${base}/assets/${id}`);
  });

  it('shows a key person without consent only to the editors of its area', async () => {
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    expect((await t.request(`${base}/assets/${samir}`)).status).toBe(404);
    expect((await t.request(`${base}/assets/${samir}`, { headers: resident })).status).toBe(404);
    expect((await t.request(`${base}/assets/${samir}`, { headers: officer })).status).toBe(404);
    const staff = await t.request(`${base}/assets/${samir}`, { headers: officerNoord });
    expect(staff.status).toBe(200);
    expect((await staff.json()).kind).toBe('key_person');
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    expect((await t.request(`${base}/assets/not-a-uuid`)).status).toBe(400);
    expect((await t.request(`${base}/assets/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });
});

describe('POST /social-map/assets', () => {
  const breiclub = {
    kind: 'group',
    formality: 'informal',
    title: 'Breiclub Noorderhof API',
    summary: 'Elke week samen breien en haken.',
    areaCode: 'BU99990202',
    themes: ['ontmoeting'],
    targetGroups: ['ouderen'],
    locationType: 'none',
    costFree: true,
  };

  it('needs a signed-in caller', async () => {
    const res = await post('/assets', anonymousJson(t), breiclub);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  it('lets a resident propose (pending under partners only) and an editor publish at once', async () => {
    const res = await post('/assets', jsonWith(resident), breiclub);
    expect(res.status).toBe(201);
    const r = await res.json();
    expect(check('/social-map/assets', 'post', 201, r)).toEqual([]);
    expect(r.outcome).toBe('pending');
    expect(res.headers.get('Location')).toBe(`${base}/assets/${r.assetId}`);
    // The owner sees it; the public does not, yet.
    expect((await t.request(`${base}/assets/${r.assetId}`, { headers: resident })).status).toBe(200);
    expect((await t.request(`${base}/assets/${r.assetId}`)).status).toBe(404);
    const search = await (await t.request(`${base}/assets?q=breiclub`)).json();
    expect(search.items.map((i: { id: string }) => i.id)).not.toContain(r.assetId);

    const byEditor = await post('/assets', jsonWith(officer), {
      ...breiclub,
      title: 'Breiclub Havenbuurt',
      areaCode: 'BU99990102',
    });
    expect(byEditor.status).toBe(201);
    const e = await byEditor.json();
    expect(e.outcome).toBe('published');
    expect((await t.request(`${base}/assets/${e.assetId}`)).status).toBe(200);

    const open = await post('/assets', jsonWith(resident), {
      ...breiclub,
      title: 'Ruilkast',
      areaCode: 'BU99990401',
    });
    expect((await open.json()).outcome).toBe('to_check');
  });

  it('refuses key persons from non-editors', async () => {
    const res = await post('/assets', jsonWith(resident), {
      ...breiclub,
      kind: 'key_person',
      title: 'Buurvrouw',
    });
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toBe('U heeft hier geen rechten voor.');
  });

  it('answers bad input with invalidParams in Dutch or English, and writes nothing', async () => {
    const before = await countAssets();
    const input = {
      ...breiclub,
      title: '',
      locationType: 'address',
      address: { street: 'Markt 1', postalCode: '12', city: 'Voorbeeld' },
    };
    const nl = await post('/assets', jsonWith(officer), input);
    expect(nl.status).toBe(400);
    const p = await nl.json();
    expect(check('/social-map/assets', 'post', 400, p)).toEqual([]);
    const byName = Object.fromEntries(
      p.invalidParams.map((i: { name: string; reason: string }) => [i.name, i.reason]),
    );
    expect(byName.title).toBe('Vul dit veld in.');
    expect(byName['address.postalCode']).toBe('Vul een postcode in zoals 1234 AB.');
    const en = await (await post('/assets', withLocale(jsonWith(officer), 'en'), input)).json();
    const enByName = Object.fromEntries(
      en.invalidParams.map((i: { name: string; reason: string }) => [i.name, i.reason]),
    );
    expect(enByName['address.postalCode']).toBe('Enter a postcode such as 1234 AB.');
    // Rules between fields come from the service, in the same shape.
    const cross = await (await post('/assets', jsonWith(officer), { ...breiclub, costFree: false })).json();
    expect(cross.invalidParams).toEqual([
      { name: 'costText', code: 'validation.required', reason: 'Vul dit veld in.' },
    ]);
    expect(await countAssets()).toBe(before);
  });

  it('never answers 500 to malformed JSON, wrong types or another media type', async () => {
    const raw = (body: string, type = 'application/json') =>
      t.request(`${base}/assets`, { method: 'POST', headers: { ...officer, 'Content-Type': type }, body });
    const malformed = await raw('{"kind": "group",');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).invalidParams[0].code).toBe('socialMap.api.malformedJson');
    for (const body of [
      'null',
      '[]',
      '"breiclub"',
      '42',
      JSON.stringify({ ...breiclub, title: 5, themes: 'x', point: 'here', schedules: [{}] }),
    ]) {
      const res = await raw(body);
      expect(res.status, body).toBe(400);
    }
    expect((await raw('kind=group', 'application/x-www-form-urlencoded')).status).toBe(415);
  });
});

describe('PATCH /social-map/assets/{id}', () => {
  it('changes an item with If-Match, and refuses a stale or foreign ETag with 412', async () => {
    const id = await assetIdByTitle(t, 'Taalcafé Centrum');
    const get = await t.request(`${base}/assets/${id}`, { headers: officer });
    const etag = get.headers.get('ETag') as string;
    const res = await patch(
      `/assets/${id}`,
      { ...jsonWith(officer), 'If-Match': etag },
      { summary: 'Elke woensdag Nederlands oefenen.' },
    );
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(check('/social-map/assets/{id}', 'patch', 200, r)).toEqual([]);
    expect(r.outcome).toBe('published');
    expect(res.headers.get('ETag')).toBe(`"${r.revisionId}"`);
    expect((await (await t.request(`${base}/assets/${id}`)).json()).summary).toBe(
      'Elke woensdag Nederlands oefenen.',
    );

    const stale = await patch(
      `/assets/${id}`,
      { ...jsonWith(officer), 'If-Match': etag },
      { summary: 'Oud' },
    );
    expect(stale.status).toBe(412);
    const p = await stale.json();
    expect(p.title).toBe('Voorwaarde niet vervuld');
    const foreign = await patch(
      `/assets/${id}`,
      { ...withLocale(jsonWith(officer), 'en'), 'If-Match': 'W/"x"' },
      { summary: 'Oud' },
    );
    expect(foreign.status).toBe(412);
    expect((await foreign.json()).detail).toMatch(/changed in the meantime/);
    expect((await (await t.request(`${base}/assets/${id}`)).json()).summary).toBe(
      'Elke woensdag Nederlands oefenen.',
    );
  });

  it('keeps others out: 401 anonymous, 403 a resident on an item of someone else, 404 what they cannot see', async () => {
    const id = await assetIdByTitle(t, 'Taalcafé Centrum');
    expect((await patch(`/assets/${id}`, anonymousJson(t), { summary: 'x' })).status).toBe(401);
    expect((await patch(`/assets/${id}`, jsonWith(resident), { summary: 'x' })).status).toBe(403);
    expect((await patch(`/assets/${id}`, jsonWith(officerNoord), { summary: 'x' })).status).toBe(403);
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    expect((await patch(`/assets/${samir}`, jsonWith(officer), { summary: 'x' })).status).toBe(404);
  });

  it('turns an owner’s change under an edited policy into a proposal; nothing changed is a 400', async () => {
    const created = await (
      await post('/assets', jsonWith(resident), {
        kind: 'group',
        title: 'Leesclub Havenbuurt',
        areaCode: 'BU99990102',
        locationType: 'none',
        costFree: true,
      })
    ).json();
    expect(created.outcome).toBe('pending');
    const res = await patch(`/assets/${created.assetId}`, jsonWith(resident), {
      summary: 'Boeken bespreken.',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).outcome).toBe('pending');
    expect(res.headers.get('ETag')).toBeNull();
    const same = await patch(`/assets/${created.assetId}`, jsonWith(officer), {
      title: 'Leesclub Havenbuurt',
    });
    expect(same.status).toBe(400);
    expect((await same.json()).invalidParams[0].code).toBe('socialMap.validation.noChanges');
  });
});

describe('POST /social-map/assets/{id}/verify', () => {
  it('lets the owner or an editor confirm, nobody else', async () => {
    const id = await assetIdByTitle(t, 'Repair Café Centrum');
    await smDb(t.ctx.db)
      .updateTable('social_map_assets')
      .set({ last_verified_at: new Date('2025-01-01T00:00:00Z') })
      .where('id', '=', id)
      .execute();
    expect((await post(`/assets/${id}/verify`, anonymousJson(t), {})).status).toBe(401);
    expect((await post(`/assets/${id}/verify`, jsonWith(resident), {})).status).toBe(403);
    const res = await post(`/assets/${id}/verify`, jsonWith(officer), {});
    expect(res.status).toBe(204);
    const a = await (await t.request(`${base}/assets/${id}`)).json();
    expect(Date.now() - Date.parse(a.freshness.lastVerifiedAt)).toBeLessThan(60_000);
  });
});

describe('revisions: history with diffs, and restore', () => {
  it('lists the history newest first with diffs, page by page, and restores an earlier version', async () => {
    const id = await assetIdByTitle(t, 'Wandelgroep Marktkwartier');
    for (const summary of ['Eerste wijziging', 'Tweede wijziging']) {
      expect((await patch(`/assets/${id}`, jsonWith(officer), { summary })).status).toBe(200);
    }
    const res = await t.request(`${base}/assets/${id}/revisions?limit=2`, { headers: officer });
    expect(res.status).toBe(200);
    const page1 = await res.json();
    expect(check('/social-map/assets/{id}/revisions', 'get', 200, page1)).toEqual([]);
    expect(page1.items.map((r: { number: number }) => r.number)).toEqual([3, 2]);
    expect(page1.items[0].changes).toEqual([
      { field: 'summary', before: 'Eerste wijziging', after: 'Tweede wijziging' },
    ]);
    expect(res.headers.get('Link')).toMatch(/rel="next"/);
    const page2 = await (await t.request(page1._links.next.href, { headers: officer })).json();
    expect(page2.items.map((r: { number: number }) => r.number)).toEqual([1]);
    expect(page2._links.next).toBeUndefined();

    const original = page2.items[0];
    expect((await post(`/revisions/${original.id}/restore`, jsonWith(resident), {})).status).toBe(403);
    expect((await post(`/revisions/${original.id}/restore`, jsonWith(officerNoord), {})).status).toBe(403);
    const restored = await post(`/revisions/${original.id}/restore`, jsonWith(officer), {});
    expect(restored.status).toBe(201);
    expect((await restored.json()).outcome).toBe('published');
    const a = await (await t.request(`${base}/assets/${id}`)).json();
    expect(a.summary).not.toBe('Tweede wijziging');
    const history = await (await t.request(`${base}/assets/${id}/revisions`, { headers: officer })).json();
    expect(history.items[0]).toMatchObject({ number: 4, source: 'restore', restoredFromId: original.id });
  });

  it('is only for owners and editors', async () => {
    const id = await assetIdByTitle(t, 'Wandelgroep Marktkwartier');
    expect((await t.request(`${base}/assets/${id}/revisions`)).status).toBe(401);
    expect((await t.request(`${base}/assets/${id}/revisions`, { headers: resident })).status).toBe(404);
    expect((await t.request(`${base}/assets/${id}/revisions?cursor=xyz`, { headers: admin })).status).toBe(
      400,
    );
  });
});

async function countAssets(): Promise<number> {
  const r = await smDb(t.ctx.db)
    .selectFrom('social_map_assets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
