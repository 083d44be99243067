import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import type { HsdsObjectName } from '../hsds/hsds-schemas.ts';
import { officialSchemasOrSkip } from '../hsds/hsds-test-data.ts';
import { voorbeeldId } from '../testing.ts';
import { responseValidator } from './social-map-api.testing.ts';

// The HSDS 3.0 API over HTTP on the full demo: every endpoint, every record validated against
// the official JSON Schemas, the Page objects, paging, filters, 404s and 400 problems.

let t: TestApp;
let m: string;

type Rec = Record<string, unknown> & { id: string };
interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Rec[];
}

async function get<T = Page>(path: string, status = 200): Promise<T> {
  const res = await t.request(`/api/v1/hsds${path}`);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type'), path).toBe(
    status === 200 ? 'application/json' : 'application/problem+json',
  );
  return (await res.json()) as T;
}

function expectValid(name: HsdsObjectName, records: unknown[]) {
  const schemas = officialSchemasOrSkip();
  if (!schemas) return;
  for (const r of records) expect(schemas.validate(name, r), JSON.stringify(r).slice(0, 200)).toEqual([]);
}

function expectPage(page: Page) {
  expect(Object.keys(page).sort()).toEqual(
    [
      'contents',
      'empty',
      'first_page',
      'last_page',
      'page_number',
      'size',
      'total_items',
      'total_pages',
    ].sort(),
  );
  expect(page.size).toBe(page.contents.length);
  expect(page.empty).toBe(page.contents.length === 0);
}

const notPublic = sql`not (s.status = 'published' and s.hidden_for_reports_at is null
  and s.freshness_state <> 'hidden_stale' and s.personal_data_removed_at is null
  and (s.valid_until is null or s.valid_until >= to_char(current_date, 'YYYY-MM-DD')))`;

beforeAll(async () => {
  t = await createTestApp({ template: 'full' });
  m = await voorbeeldId(t.ctx.db);
});
afterAll(() => t.close());

describe('HSDS 3.0 API', () => {
  it('has the HSDS root with its version, without a trailing slash', async () => {
    const meta = await get<Record<string, string>>('');
    expect(meta.version).toBe('3.0');
    expect(meta.openapi_url).toBe('http://wijkwerk.test/api/v1/openapi.json');
    expect((await t.request('/api/v1/hsds/')).status).toBe(404);
  });

  it('lists services that validate, with only public items and never key persons', async () => {
    // A hidden, a pending and a stale service must not show up.
    const victims = await sql<{ id: string }>`
      select id from social_map_assets s where municipality_id = ${m} and kind in ('offering', 'activity')
      and status = 'published' order by title limit 3`.execute(t.ctx.db);
    const [hidden, pending, stale] = victims.rows.map((r) => r.id) as [string, string, string];
    await sql`update social_map_assets set hidden_for_reports_at = now() where id = ${hidden}`.execute(
      t.ctx.db,
    );
    await sql`update social_map_assets set status = 'pending' where id = ${pending}`.execute(t.ctx.db);
    await sql`update social_map_assets set freshness_state = 'hidden_stale' where id = ${stale}`.execute(
      t.ctx.db,
    );

    const page = await get('/services?per_page=200');
    expectPage(page);
    expect(page.total_items).toBe(page.contents.length);
    expect(page.total_items).toBeGreaterThan(10);
    expectValid('service', page.contents);
    const ids = new Set(page.contents.map((s) => s.id));
    const excluded = await sql<{ id: string }>`
      select id from social_map_assets s where municipality_id = ${m}
      and (kind in ('key_person', 'place') or ${notPublic})`.execute(t.ctx.db);
    expect(excluded.rows.length).toBeGreaterThan(3);
    for (const r of excluded.rows) expect(ids.has(r.id)).toBe(false);
    for (const id of [hidden, pending, stale]) {
      expect(ids.has(id)).toBe(false);
      await get(`/services/${id}`, 404);
    }

    // Every service by id: full and valid.
    const one = page.contents[0] as Rec;
    const full = await get<Rec>(`/services/${one.id}`);
    expect(full.name).toBe(one.name);
    expectValid('service', [full]);
    // full=false: the one-to-one fields only.
    const basic = await get('/services?per_page=5&full=false');
    for (const s of basic.contents) {
      expect(Object.values(s).every((v) => typeof v !== 'object' || v === null)).toBe(true);
    }
    expectValid('service', basic.contents);
  });

  it('pages with page and per_page', async () => {
    const all = await get('/services?per_page=200');
    const first = await get('/services?per_page=3');
    expect(first).toMatchObject({ page_number: 1, size: 3, first_page: true, last_page: false });
    expect(first.total_pages).toBe(Math.ceil(all.total_items / 3));
    const second = await get('/services?per_page=3&page=2');
    expect(second).toMatchObject({ page_number: 2, first_page: false });
    expect(second.contents.map((s) => s.id)).toEqual(all.contents.slice(3, 6).map((s) => s.id));
    const last = await get(`/services?per_page=3&page=${first.total_pages}`);
    expect(last.last_page).toBe(true);
    const beyond = await get(`/services?per_page=3&page=${first.total_pages + 1}`);
    expect(beyond).toMatchObject({ empty: true, size: 0, total_items: all.total_items });
  });

  it('filters services by taxonomy term, taxonomy, organisation, search and modified_after', async () => {
    const terms = await get('/taxonomy_terms?search=ontmoeting');
    const term = terms.contents[0] as Rec;
    const byTerm = await get(`/services?per_page=200&taxonomy_term_id=${term.id}`);
    expect(byTerm.total_items).toBeGreaterThan(0);
    for (const s of byTerm.contents) {
      const codes = (s.attributes as Array<{ taxonomy_term: { code: string } }>).map(
        (a) => a.taxonomy_term.code,
      );
      expect(codes).toContain('ontmoeting');
    }
    const byTaxonomy = await get(`/services?per_page=200&taxonomy_id=${term.taxonomy_id}`);
    expect(byTaxonomy.total_items).toBeGreaterThanOrEqual(byTerm.total_items);

    const org = {
      id: (await get('/services?per_page=200')).contents.find((s) => s.organization_id)?.organization_id,
    };
    const byOrg = await get(`/services?per_page=200&organization_id=${org.id}`);
    expect(byOrg.total_items).toBeGreaterThan(0);
    for (const s of byOrg.contents) expect(s.organization_id).toBe(org.id);

    const search = await get('/services?search=Taalcaf%C3%A9');
    expect(search.contents.map((s) => s.name)).toContain('Taalcafé Centrum');

    const future = await get('/services?modified_after=2999-01-01T00:00:00Z');
    expect(future).toMatchObject({ total_items: 0, empty: true });
    const past = await get('/services?modified_after=2000-01-01&per_page=200');
    expect(past.total_items).toBe((await get('/services?per_page=200')).total_items);
  });

  it('serves organizations, by id too, with basic or full services', async () => {
    const orgs = await get('/organizations?per_page=200');
    expectPage(orgs);
    expect(orgs.total_items).toBeGreaterThan(0);
    expectValid('organization', orgs.contents);
    const withFull = await get('/organizations?per_page=200&full_service=true');
    expectValid('organization', withFull.contents);
    for (const o of orgs.contents) {
      const one = await get<Rec>(`/organizations/${o.id}`);
      expect(one.name).toBe(o.name);
      expect(Array.isArray(one.services)).toBe(true);
      expectValid('organization', [one]);
    }
    const ownerId = (await get('/services?per_page=200')).contents.find(
      (s) => s.organization_id,
    )?.organization_id;
    const first = orgs.contents.find((o) => o.id === ownerId) as Rec;
    const full = await get<Rec & { services: Rec[] }>(`/organizations/${first.id}?full_service=true`);
    expect(full.services.length).toBeGreaterThan(0);
    expectValid('organization', [full]);
    expectValid('service', full.services);
    const searched = await get(`/organizations?search=${encodeURIComponent(String(first.name).slice(0, 6))}`);
    expect(searched.contents.map((o) => o.id)).toContain(first.id);
    // An organisation without public items is not in the HSDS API.
    const hiddenOrg = await sql<{ id: string }>`
      select o.id from organisations o where o.municipality_id = ${m}
      and not exists (select 1 from social_map_assets s where s.owner_organisation_id = o.id
        and s.status = 'published' and s.kind <> 'key_person') limit 1`.execute(t.ctx.db);
    if (hiddenOrg.rows[0]) await get(`/organizations/${hiddenOrg.rows[0].id}`, 404);
  });

  it('serves service_at_locations, by id too, that validate', async () => {
    const sals = await get('/service_at_locations?per_page=200');
    expectPage(sals);
    expect(sals.total_items).toBeGreaterThan(0);
    expectValid('service_at_location', sals.contents);
    const full = await get('/service_at_locations?per_page=200&full=true');
    expectValid('service_at_location', full.contents);
    for (const s of sals.contents.slice(0, 10)) {
      const one = await get<Rec>(`/service_at_locations/${s.id}`);
      expect(one.location_id).toBe(s.location_id);
      expect((one.service as Rec).id).toBe(s.service_id);
      expectValid('service_at_location', [one]);
    }
    const terms = await get('/taxonomy_terms?search=ontmoeting');
    const term = terms.contents[0] as Rec;
    const byTerm = await get(`/service_at_locations?per_page=200&taxonomy_term_id=${term.id}`);
    expect(byTerm.total_items).toBeLessThanOrEqual(sals.total_items);
  });

  it('serves taxonomies and terms, by id too, that validate', async () => {
    const taxonomies = await get('/taxonomies');
    expectPage(taxonomies);
    expect(taxonomies.total_items).toBe(3);
    expectValid('taxonomy', taxonomies.contents);
    for (const x of taxonomies.contents) expect((await get<Rec>(`/taxonomies/${x.id}`)).name).toBe(x.name);

    const terms = await get('/taxonomy_terms?per_page=200');
    expect(terms.total_items).toBeGreaterThanOrEqual(26);
    expectValid('taxonomy_term', terms.contents);
    for (const x of terms.contents.slice(0, 5)) {
      const one = await get<Rec>(`/taxonomy_terms/${x.id}`);
      expect(one).toEqual(x);
    }
    const theme = taxonomies.contents[0] as Rec;
    const ofTheme = await get(`/taxonomy_terms?per_page=200&taxonomy_id=${theme.id}`);
    expect(ofTheme.total_items).toBeGreaterThan(0);
    for (const x of ofTheme.contents) expect(x.taxonomy_id).toBe(theme.id);
    expect((await get('/taxonomy_terms?per_page=200&top_only=true')).total_items).toBe(terms.total_items);
    expect((await get(`/taxonomy_terms?parent_id=${theme.id}`)).empty).toBe(true);
  });

  it('answers 404 problems for unknown ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const kind of [
      'services',
      'organizations',
      'service_at_locations',
      'taxonomies',
      'taxonomy_terms',
    ]) {
      await get(`/${kind}/${unknown}`, 404);
      await get(`/${kind}/not-a-uuid`, 404);
    }
    // A key person is no service, a place neither.
    const other = await sql<{ id: string }>`
      select id from social_map_assets where municipality_id = ${m} and kind in ('key_person', 'place') limit 2`.execute(
      t.ctx.db,
    );
    for (const r of other.rows) await get(`/services/${r.id}`, 404);
  });

  it('answers 400 problems naming the bad parameters', async () => {
    const cases: Array<[string, string]> = [
      ['/services?per_page=0', 'per_page'],
      ['/services?per_page=1000', 'per_page'],
      ['/services?page=abc', 'page'],
      ['/services?page=0', 'page'],
      ['/services?taxonomy_term_id=nope', 'taxonomy_term_id'],
      ['/services?organization_id=123', 'organization_id'],
      ['/services?modified_after=yesterday', 'modified_after'],
      ['/services?full=maybe', 'full'],
      ['/services?format=ndjson', 'format'],
      ['/organizations?full_service=2', 'full_service'],
      ['/service_at_locations?taxonomy_id=x', 'taxonomy_id'],
      ['/taxonomies?per_page=-1', 'per_page'],
      ['/taxonomy_terms?top_only=yes', 'top_only'],
    ];
    for (const [path, name] of cases) {
      const problem = await get<{ status: number; invalidParams: Array<{ name: string }> }>(path, 400);
      expect(problem.status).toBe(400);
      expect(
        problem.invalidParams.map((p) => p.name),
        path,
      ).toContain(name);
    }
  });

  it('lists organizations with full services in a fixed number of queries (none per organisation)', async () => {
    await t.request('/api/v1/hsds/taxonomies'); // warms the municipality cache
    const orgs = await get('/organizations?per_page=200');
    expect(orgs.total_items).toBeGreaterThan(3);
    const { queries: few } = await countQueries(() =>
      t.request('/api/v1/hsds/organizations?per_page=1&full_service=true'),
    );
    const { queries: many } = await countQueries(() =>
      t.request('/api/v1/hsds/organizations?per_page=200&full_service=true'),
    );
    expect(few).toBeLessThanOrEqual(many);
    // Organisations, their rows, the taxonomy, services and their links, places and their links, owners.
    expect(many).toBeLessThanOrEqual(8);
  });

  it('answers as its OpenAPI document says', async () => {
    const check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
    expect(check('/hsds', 'get', 200, await get<unknown>(''))).toEqual([]);
    for (const plural of [
      'services',
      'organizations',
      'service_at_locations',
      'taxonomies',
      'taxonomy_terms',
    ]) {
      const page = await get(`/${plural}?per_page=3`);
      expect(check(`/hsds/${plural}`, 'get', 200, page), plural).toEqual([]);
      const first = page.contents[0] as Rec;
      expect(check(`/hsds/${plural}/{id}`, 'get', 200, await get(`/${plural}/${first.id}`)), plural).toEqual(
        [],
      );
      expect(check(`/hsds/${plural}`, 'get', 400, await get(`/${plural}?page=0`, 400))).toEqual([]);
      expect(
        check(
          `/hsds/${plural}/{id}`,
          'get',
          404,
          await get(`/${plural}/00000000-0000-4000-8000-000000000000`, 404),
        ),
      ).toEqual([]);
    }
  });

  it('is in the OpenAPI document under its HSDS path names', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/hsds',
      '/hsds/services',
      '/hsds/services/{id}',
      '/hsds/organizations',
      '/hsds/organizations/{id}',
      '/hsds/service_at_locations',
      '/hsds/service_at_locations/{id}',
      '/hsds/taxonomies',
      '/hsds/taxonomies/{id}',
      '/hsds/taxonomy_terms',
      '/hsds/taxonomy_terms/{id}',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
