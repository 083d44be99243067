import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import {
  apiTestEnv,
  assetIdByTitle,
  componentErrors,
  responseValidator,
  withLocale,
} from './social-map-api.testing.ts';

let t: TestApp;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let officer: Record<string, string>; // Centrum (WK999901)
let resident: Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON document
let doc: any;
let check: ReturnType<typeof responseValidator>;

const base = '/api/v1/social-map';

/** The routes of this part (api-core). */
const routes = [
  ['get', '/social-map/assets'],
  ['post', '/social-map/assets'],
  ['get', '/social-map/assets/{id}'],
  ['patch', '/social-map/assets/{id}'],
  ['post', '/social-map/assets/{id}/verify'],
  ['get', '/social-map/assets/{id}/revisions'],
  ['post', '/social-map/revisions/{id}/restore'],
  ['get', '/social-map/queue'],
  ['post', '/social-map/revisions/{id}/review'],
  ['post', '/social-map/assets/{id}/reports/resolve'],
  ['post', '/social-map/submissions'],
  ['post', '/social-map/submissions/confirm'],
  ['post', '/social-map/assets/{id}/reports'],
  ['post', '/social-map/verifications'],
  ['get', '/social-map/editorial-policies/{areaCode}'],
  ['put', '/social-map/editorial-policies/{areaCode}'],
  ['get', '/social-map/settings'],
  ['put', '/social-map/settings'],
  ['get', '/social-map/synonyms'],
  ['put', '/social-map/synonyms/{term}'],
  ['delete', '/social-map/synonyms/{term}'],
  ['post', '/social-map/synonyms/restore-defaults'],
  ['get', '/social-map/taxonomy'],
  ['get', '/social-map/assets/{id}/consents'],
  ['post', '/social-map/assets/{id}/consents'],
  ['delete', '/social-map/assets/{id}/consents/{purpose}'],
  ['post', '/social-map/personal-data/requests'],
  ['get', '/social-map/personal-data/{token}'],
  ['get', '/social-map/personal-data/{token}/export'],
  ['delete', '/social-map/personal-data/{token}'],
] as const;

beforeAll(async () => {
  t = await createTestApp({ template: 'full', env: apiTestEnv });
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  coordinator = await bearerFor(t, 'coordinator@voorbeeld.example');
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
  doc = await (await t.request('/api/v1/openapi.json')).json();
  check = responseValidator(doc);
});
afterAll(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  t.request(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('editorial policies', () => {
  it('tells anyone the own and effective policy of an area, with a label in their language', async () => {
    const res = await t.request(`${base}/editorial-policies/BU99990202`);
    expect(res.status).toBe(200);
    const p = await res.json();
    expect(check('/social-map/editorial-policies/{areaCode}', 'get', 200, p)).toEqual([]);
    expect(p).toMatchObject({
      areaCode: 'BU99990202',
      own: null,
      effective: 'partners_only',
      fromAreaCode: 'WK999902',
    });
    expect(p.label).toBe('Alleen partners');
    const en = await (
      await t.request(`${base}/editorial-policies/BU99990202`, { headers: withLocale({}, 'en') })
    ).json();
    expect(en.label).toBe('Partners only');
    const centrum = await (await t.request(`${base}/editorial-policies/WK999901`)).json();
    expect(centrum).toMatchObject({ own: null, effective: 'edited', fromAreaCode: null });
    expect((await t.request(`${base}/editorial-policies/WK000000`)).status).toBe(404);
  });

  it('lets the editors of an area set it (and clear it to inherit), nobody else', async () => {
    expect(
      (await send('PUT', '/editorial-policies/BU99990101', anonymousJson(t), { policy: 'open' })).status,
    ).toBe(401);
    expect(
      (await send('PUT', '/editorial-policies/BU99990101', jsonWith(resident), { policy: 'open' })).status,
    ).toBe(403);
    expect(
      (await send('PUT', '/editorial-policies/BU99990202', jsonWith(officer), { policy: 'open' })).status,
    ).toBe(403);
    const set = await send('PUT', '/editorial-policies/BU99990101', jsonWith(officer), { policy: 'open' });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ own: 'open', effective: 'open', fromAreaCode: 'BU99990101' });
    const cleared = await send('PUT', '/editorial-policies/BU99990101', jsonWith(officer), { policy: null });
    expect(await cleared.json()).toMatchObject({ own: null, effective: 'edited' });
  });

  it('answers a bad policy with 400 in Dutch or English', async () => {
    const nl = await send('PUT', '/editorial-policies/BU99990101', jsonWith(officer), { policy: 'anarchy' });
    expect(nl.status).toBe(400);
    expect((await nl.json()).invalidParams).toEqual([
      { name: 'policy', code: 'validation.choice', reason: 'Kies een van de mogelijkheden.' },
    ]);
    const en = await send('PUT', '/editorial-policies/BU99990101', withLocale(jsonWith(officer), 'en'), {});
    expect((await en.json()).invalidParams[0]).toMatchObject({ name: 'policy', reason: expect.any(String) });
  });
});

describe('settings', () => {
  const settings = {
    reportHideThreshold: 5,
    verifyAfterMonths: 12,
    graceMonths: 2,
    hideAfterMonths: 6,
    keyPersonRetentionMonths: 36,
    submitterRetentionMonths: 6,
  };

  it('shows the settings to anyone and lets only administrators change them', async () => {
    const res = await t.request(`${base}/settings`);
    expect(res.status).toBe(200);
    expect(check('/social-map/settings', 'get', 200, await res.json())).toEqual([]);
    expect((await send('PUT', '/settings', anonymousJson(t), settings)).status).toBe(401);
    expect((await send('PUT', '/settings', jsonWith(officer), settings)).status).toBe(403);
    const put = await send('PUT', '/settings', jsonWith(admin), settings);
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual(settings);
    expect(await (await t.request(`${base}/settings`)).json()).toEqual(settings);
  });

  it('refuses out-of-range values and wrong types, and changes nothing', async () => {
    const before = await (await t.request(`${base}/settings`)).json();
    const res = await send('PUT', '/settings', jsonWith(admin), {
      ...settings,
      reportHideThreshold: 0,
      graceMonths: 'veel',
    });
    expect(res.status).toBe(400);
    const names = (await res.json()).invalidParams.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['graceMonths', 'reportHideThreshold']);
    expect((await send('PUT', '/settings', jsonWith(admin), [])).status).toBe(400);
    expect(await (await t.request(`${base}/settings`)).json()).toEqual(before);
  });
});

describe('synonyms', () => {
  it('lists them publicly; coordinators and administrators set, remove and restore them', async () => {
    const list = await (await t.request(`${base}/synonyms`)).json();
    expect(check('/social-map/synonyms', 'get', 200, list)).toEqual([]);
    expect(list.items.length).toBeGreaterThan(0);

    expect(
      (await send('PUT', '/synonyms/breien', jsonWith(officer), { synonyms: ['handwerken'] })).status,
    ).toBe(403);
    expect(
      (await send('PUT', '/synonyms/breien', anonymousJson(t), { synonyms: ['handwerken'] })).status,
    ).toBe(401);
    const put = await send('PUT', '/synonyms/Bréien', jsonWith(coordinator), {
      synonyms: ['Handwerken', 'haken'],
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ term: 'breien', synonyms: ['handwerken', 'haken'] });
    const found = await (await t.request(`${base}/assets?q=handwerken`)).json();
    expect(found.searchedFor).toEqual([expect.arrayContaining(['handwerken', 'breien'])]);

    expect((await send('PUT', '/synonyms/breien', jsonWith(coordinator), { synonyms: [] })).status).toBe(204);
    const first = list.items[0].term as string;
    expect((await send('DELETE', `/synonyms/${encodeURIComponent(first)}`, jsonWith(admin))).status).toBe(
      204,
    );
    const without = await (await t.request(`${base}/synonyms`)).json();
    expect(without.items.map((i: { term: string }) => i.term)).not.toContain(first);
    expect((await send('POST', '/synonyms/restore-defaults', jsonWith(officer))).status).toBe(403);
    const restored = await send('POST', '/synonyms/restore-defaults', jsonWith(admin));
    expect(restored.status).toBe(200);
    expect((await restored.json()).items.map((i: { term: string }) => i.term)).toContain(first);
  });

  it('answers bad entries with 400', async () => {
    const res = await send('PUT', '/synonyms/breien', jsonWith(admin), { synonyms: 'handwerken' });
    expect(res.status).toBe(400);
    expect((await send('PUT', '/synonyms/%20', jsonWith(admin), { synonyms: ['x'] })).status).toBe(400);
  });
});

describe('taxonomy', () => {
  it('gives themes, target groups and the ABCD categories with both labels', async () => {
    const res = await t.request(`${base}/taxonomy`);
    const body = await res.json();
    expect(check('/social-map/taxonomy', 'get', 200, body)).toEqual([]);
    expect(body.themes.find((x: { code: string }) => x.code === 'ontmoeting')).toEqual({
      code: 'ontmoeting',
      labelNl: 'Ontmoeting',
      labelEn: 'Meeting people',
      label: 'Ontmoeting',
    });
    expect(body.abcdCategories).toHaveLength(6);
    expect(body.targetGroups.length).toBeGreaterThan(0);
    const en = await (await t.request(`${base}/taxonomy?lang=en`)).json();
    expect(en.themes.find((x: { code: string }) => x.code === 'ontmoeting').label).toBe('Meeting people');
  });
});

describe('the OpenAPI document', () => {
  it('describes every route: summary, tag, problem+json errors, bearer auth where signed in', () => {
    for (const [method, path] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.summary, path).toBeTruthy();
      expect(op.tags[0], path).toMatch(/^Social map/);
      for (const [status, r] of Object.entries(op.responses) as Array<[string, { content?: object }]>) {
        if (Number(status) >= 400)
          expect(Object.keys(r.content ?? {}), `${method} ${path} ${status}`).toEqual([
            'application/problem+json',
          ]);
      }
      // Kebab-case paths, no trailing slash (NL GOV API Design Rules).
      expect(path).toMatch(/^(\/([a-z0-9-]+|\{[a-zA-Z]+\}))+$/);
    }
    expect(doc.paths['/social-map/queue'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/social-map/assets'].get.security).toBeUndefined();
    expect(doc.paths['/social-map/submissions'].post.security).toBeUndefined();
  });

  it('resolves every reference, and its examples fit their schemas', () => {
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const name = ref.slice('"#/components/schemas/'.length, -1);
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
    const withExamples = Object.entries(doc.components.schemas).filter(
      ([name, s]) => name.startsWith('SocialMap') && (s as { example?: unknown }).example !== undefined,
    );
    expect(withExamples.length).toBeGreaterThan(10);
    for (const [name, schema] of withExamples) {
      expect(componentErrors(doc, name, (schema as { example: unknown }).example), name).toEqual([]);
    }
  });
});

describe('robustness', () => {
  it('never answers 500 to malformed or mistyped bodies', async () => {
    const id = await assetIdByTitle(t, 'Bibliotheek Voorbeeld, vestiging Centrum');
    const fill = (path: string) =>
      path
        .replace('{id}', id)
        .replace('{areaCode}', 'BU99990101')
        .replace('{term}', 'koffie')
        .replace('{token}', 'x'.repeat(40))
        .replace('{purpose}', 'publication');
    const mistyped = ['null', '[]', '"tekst"', '{"title": 5, "decision": [], "token": {}, "synonyms": "x"}'];
    const ours = new Set(routes.map(([method, path]) => `${method} ${path}`));
    let checked = 0;
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { requestBody?: unknown }>>,
    )) {
      for (const [method, op] of Object.entries(item)) {
        if (!op.requestBody || !['post', 'put', 'patch'].includes(method)) continue;
        // Malformed JSON on every route of the API; wrong types on this part's routes.
        const bodies = ours.has(`${method} ${path}`) ? ['{', ...mistyped] : ['{'];
        for (const body of bodies) {
          const res = await t.request(`/api/v1${fill(path)}`, {
            method: method.toUpperCase(),
            headers: jsonWith(admin),
            body,
          });
          expect(res.status, `${method} ${path} ${body}`).toBeLessThan(500);
          expect(res.status, `${method} ${path} ${body}`).toBeGreaterThanOrEqual(400);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  it('searches with a fixed number of queries whatever the page size', async () => {
    const queriesFor = async (path: string) => {
      const { queries } = await countQueries(async () => {
        expect((await t.request(path)).status).toBe(200);
      });
      return queries;
    };
    const small = await queriesFor(`${base}/assets?q=koffie&limit=1`);
    const large = await queriesFor(`${base}/assets?q=koffie&limit=100`);
    expect(large).toBe(small);
    expect(await queriesFor(`${base}/assets?limit=100&theme=ontmoeting`)).toBeLessThanOrEqual(small);
  });
});
