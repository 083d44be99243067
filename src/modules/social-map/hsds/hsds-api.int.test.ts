import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { type Actor, anonymous } from '../../../core/permissions/actor.ts';
import { hasAssets } from '../assets.repository.ts';
import { loadSocialMapDemo } from '../demo/load-social-map-demo.ts';
import { listAssets } from '../list-assets.ts';
import { smDb } from '../social-map.tables.ts';
import { demoActor, voorbeeldId } from '../testing.ts';
import {
  hsdsOrganizations,
  hsdsService,
  hsdsServiceAtLocations,
  hsdsServices,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
} from './hsds-api.ts';
import { officialSchemasOrSkip } from './hsds-test-data.ts';

let t: TestApp;
let m: string;
let publicActor: Actor;
let coordinator: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  if (!(await hasAssets(smDb(t.ctx.db), m))) await loadSocialMapDemo(t.ctx.db);
  publicActor = anonymous(m);
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
});
afterAll(() => t.close());

describe('HSDS API over the demo social map', () => {
  it('lists public services only, paginated, and every one validates against the official schema', async () => {
    const all = await listAssets(t.ctx.db, coordinator, { includeHidden: true, limit: 500 });
    const page = await hsdsServices(t.ctx.db, publicActor, { per_page: 200 });
    const ids = new Set(page.contents.map((s) => s.id));
    const keyPersons = all.filter((a) => a.kind === 'key_person').map((a) => a.id);
    expect(keyPersons.length).toBeGreaterThan(0);
    expect(keyPersons.some((id) => ids.has(id))).toBe(false);
    const hidden = all.filter((a) => !a.publiclyVisible).map((a) => a.id);
    expect(hidden.some((id) => ids.has(id))).toBe(false);
    expect(page.total_items).toBe(page.contents.length);
    expect(page.total_items).toBeGreaterThan(5);

    const first = await hsdsServices(t.ctx.db, publicActor, { per_page: 2, page: 1 });
    expect(first).toMatchObject({
      size: 2,
      page_number: 1,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(first.total_pages).toBe(Math.ceil(page.total_items / 2));

    const schemas = officialSchemasOrSkip();
    if (!schemas) return;
    for (const s of page.contents) expect(schemas.validate('service', s), String(s.name)).toEqual([]);
  });

  it('filters by taxonomy term, organisation and search', async () => {
    const terms = await hsdsTaxonomyTerms(t.ctx.db, publicActor, { search: 'ontmoeting' });
    const term = terms.contents[0];
    if (!term) throw new Error('no term ontmoeting');
    const byTerm = await hsdsServices(t.ctx.db, publicActor, {
      taxonomy_term_id: String(term.id),
      per_page: 200,
    });
    expect(byTerm.total_items).toBeGreaterThan(0);
    for (const s of byTerm.contents) {
      const codes = (s.attributes as Array<{ taxonomy_term: { code: string } }>).map(
        (a) => a.taxonomy_term.code,
      );
      expect(codes).toContain('ontmoeting');
    }
    const search = await hsdsServices(t.ctx.db, publicActor, { search: 'Taalcafé' });
    expect(search.contents.map((s) => s.name)).toContain('Taalcafé Centrum');

    const orgs = await hsdsOrganizations(t.ctx.db, publicActor, {});
    const org = orgs.contents[0];
    if (!org) throw new Error('no organisations');
    const byOrg = await hsdsServices(t.ctx.db, publicActor, {
      organization_id: String(org.id),
      per_page: 200,
    });
    for (const s of byOrg.contents) expect(s.organization_id).toBe(org.id);
    const one = await hsdsService(t.ctx.db, publicActor, String(search.contents[0]?.id));
    expect(one?.name).toBe(search.contents[0]?.name);
  });

  it('returns organisations, service_at_locations, taxonomies and terms that validate', async () => {
    const orgs = await hsdsOrganizations(t.ctx.db, publicActor, { full_service: true });
    const sals = await hsdsServiceAtLocations(t.ctx.db, publicActor, { per_page: 200 });
    const taxonomies = await hsdsTaxonomies(t.ctx.db, publicActor, {});
    const terms = await hsdsTaxonomyTerms(t.ctx.db, publicActor, { per_page: 200 });
    expect(orgs.total_items).toBeGreaterThan(0);
    expect(sals.total_items).toBeGreaterThan(0);
    expect(taxonomies.total_items).toBe(3);
    expect(terms.total_items).toBeGreaterThanOrEqual(26);
    const schemas = officialSchemasOrSkip();
    if (!schemas) return;
    for (const o of orgs.contents) expect(schemas.validate('organization', o)).toEqual([]);
    for (const s of sals.contents) expect(schemas.validate('service_at_location', s)).toEqual([]);
    for (const x of taxonomies.contents) expect(schemas.validate('taxonomy', x)).toEqual([]);
    for (const x of terms.contents) expect(schemas.validate('taxonomy_term', x)).toEqual([]);
  });
});
