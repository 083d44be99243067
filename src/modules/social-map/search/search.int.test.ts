import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import { createMunicipality } from '../../../core/municipalities/create-municipality.ts';
import { type Actor, anonymous } from '../../../core/permissions/actor.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import { hasAssets } from '../assets.repository.ts';
import { type CreateAssetInput, createAsset } from '../create-asset.ts';
import { loadSocialMapDemo } from '../demo/load-social-map-demo.ts';
import { smDb } from '../social-map.tables.ts';
import { demoActor, voorbeeldId } from '../testing.ts';
import { searchAssets } from './search-assets.ts';
import { listSynonyms, restoreDefaultSynonyms, setSynonyms } from './synonyms.ts';

let t: TestApp;
let m: string;
let admin: Actor;
let henk: Actor;
let resident: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  if (!(await hasAssets(smDb(t.ctx.db), m))) await loadSocialMapDemo(t.ctx.db);
  admin = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
  henk = await demoActor(t.ctx.db, m, 'bewoner@voorbeeld.example');
  resident = anonymous(m);
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });
const create = async (input: CreateAssetInput, actor = admin) =>
  (await createAsset(as(actor), input)).assetId;
const search = (input: Parameters<typeof searchAssets>[2], actor = resident) =>
  searchAssets(t.ctx.db, actor, input);

describe('resident search', () => {
  it('"waar kan ik terecht met schulden" finds an item that only says "geldzaken", via the synonym', async () => {
    const id = await create({
      kind: 'offering',
      formality: 'formal',
      title: 'Budgetspreekuur Zuidrand',
      summary: 'Hulp bij geldzaken en het ordenen van post.',
      areaCode: 'BU99990101',
    });
    const found = await search({ q: 'waar kan ik terecht met schulden' });
    expect(found.searchedFor[0]).toContain('geldzaken');
    expect(found.items.map((i) => i.id)).toContain(id);

    // Without the synonyms the item is not found: it is the synonym that finds it.
    for (const e of await listSynonyms(t.ctx.db, resident)) {
      if (e.term === 'schulden' || e.synonyms.includes('schulden')) {
        await setSynonyms(as(admin), { term: e.term, synonyms: [] });
      }
    }
    expect((await search({ q: 'waar kan ik terecht met schulden' })).items.map((i) => i.id)).not.toContain(
      id,
    );
    await setSynonyms(as(admin), { term: 'Schulden', synonyms: ['Géldzaken'] });
    expect((await listSynonyms(t.ctx.db, resident)).find((e) => e.term === 'schulden')?.synonyms).toEqual([
      'geldzaken',
    ]);
    expect((await search({ q: 'schulden' })).items.map((i) => i.id)).toContain(id);
    await restoreDefaultSynonyms(as(admin));
    expect((await listSynonyms(t.ctx.db, resident)).find((e) => e.term === 'geldzorgen')).toBeDefined();
    // …and it works the other way round.
    const other = await search({ q: 'geldzaken' });
    expect(other.searchedFor[0]).toContain('schulden');
  });

  it('only coordinators and administrators edit the synonyms', async () => {
    await expect(setSynonyms(as(henk), { term: 'fiets', synonyms: ['rijwiel'] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
    await setSynonyms(as(coordinator), { term: 'fiets', synonyms: ['rijwiel'] });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('municipality_id', '=', m)
      .where('resource_type', '=', 'social_map_synonyms')
      .execute();
    expect(audit.map((a) => a.action)).toContain('social_map.synonyms.set');
  });

  it('"koffie ochtend ouderen" ranks the koffieochtend for older people first', async () => {
    const id = await create({
      kind: 'activity',
      formality: 'informal',
      title: 'Koffieochtend voor ouderen',
      summary: 'Iedere donderdag een kop koffie en een praatje in de ochtend.',
      areaCode: 'BU99990101',
      targetGroups: ['ouderen'],
    });
    const found = await search({ q: 'koffie ochtend ouderen' });
    expect(found.items[0]?.id).toBe(id);
    expect(found.total).toBeGreaterThan(1);
  });

  it('is tolerant of typos and accents', async () => {
    const typo = await search({ q: 'bibliotheeek' });
    expect(typo.items.map((i) => i.title)).toContain('Bibliotheek Voorbeeld, vestiging Centrum');
    for (const q of ['cafe', 'café', 'CAFE']) {
      expect((await search({ q })).items.map((i) => i.title)).toContain('Repair Café Centrum');
    }
  });

  it('harmless with tsquery operators and odd input', async () => {
    for (const q of [
      "foo & | ! :* ( ) <-> '",
      "'); drop table social_map_assets; --",
      '!!!',
      '½ ¾',
      'x'.repeat(200),
    ]) {
      await expect(search({ q })).resolves.toBeDefined();
    }
    expect((await search({ q: 'koffie & | !' })).total).toBe((await search({ q: 'koffie' })).total);
  });

  it('facet counts match the filtered results', async () => {
    const all = await search({ q: 'koffie', limit: 100 });
    expect(all.items).toHaveLength(all.total);
    const sum = (list: Array<{ count: number }>) => list.reduce((n, f) => n + f.count, 0);
    expect(sum(all.facets.kind)).toBe(all.total);
    expect(sum(all.facets.formality)).toBe(all.total);
    expect(sum(all.facets.free)).toBe(all.total);
    expect(sum(all.facets.area)).toBe(all.total);
    for (const f of all.facets.kind) {
      expect(all.items.filter((i) => i.kind === f.value)).toHaveLength(f.count);
      const filtered = await search({ q: 'koffie', kind: [f.value], limit: 100 });
      expect(filtered.total).toBe(f.count);
      expect(filtered.items.every((i) => i.kind === f.value)).toBe(true);
    }
    for (const f of all.facets.theme) {
      expect(all.items.filter((i) => i.themes.includes(f.value))).toHaveLength(f.count);
      expect((await search({ q: 'koffie', theme: f.value })).total).toBe(f.count);
    }
    const informal = all.facets.formality.find((f) => f.value === 'informal')?.count ?? 0;
    expect((await search({ q: 'koffie', formality: 'informal' })).total).toBe(informal);
    const free = all.facets.free.find((f) => f.value)?.count ?? 0;
    expect((await search({ q: 'koffie', free: true })).total).toBe(free);
    const accessible = all.facets.accessible.find((f) => f.value)?.count ?? 0;
    expect((await search({ q: 'koffie', accessible: 'true' })).total).toBe(accessible);
    const areaTotal = await search({ q: 'koffie', areaCode: 'WK999901', limit: 100 });
    expect(areaTotal.items.every((i) => i.area.path.split('/').includes('WK999901'))).toBe(true);
  });

  it('pages with a cursor through every result exactly once', async () => {
    for (const input of [{ q: 'koffie' }, {}, { near: { lat: 52.09, lon: 5.63, radiusKm: 50 } }]) {
      const everything = await search({ ...input, limit: 100 });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ ...input, limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(everything.items.map((i) => i.id));
      expect(new Set(seen).size).toBe(everything.total);
    }
  });

  it('never shows unpublished, hidden or unconsented items, nor another municipality’s', async () => {
    const word = 'Zeldzaamheidsproef';
    const visible = await create({
      kind: 'place',
      formality: 'informal',
      title: `${word} zichtbaar`,
      areaCode: 'BU99990101',
    });
    const pending = await create(
      { kind: 'group', formality: 'informal', title: `${word} wachtend`, areaCode: 'BU99990101' },
      henk,
    );
    const keyPerson = await create({
      kind: 'key_person',
      formality: 'informal',
      title: `${word} sleutelfiguur`,
      areaCode: 'BU99990101',
    });
    const hidden = await create({
      kind: 'place',
      formality: 'informal',
      title: `${word} verborgen`,
      areaCode: 'BU99990101',
    });
    const moved = await create({
      kind: 'place',
      formality: 'informal',
      title: `${word} elders`,
      areaCode: 'BU99990101',
    });
    await sql`update social_map_assets set hidden_for_reports_at = now() where id = ${hidden}`.execute(
      t.ctx.db,
    );
    const other = await createMunicipality(t.ctx.db, {
      code: 'GM9997',
      name: 'Gemeente Elders',
      slug: 'elders',
      isDemo: true,
    });
    await sql`update social_map_assets set municipality_id = ${other.id} where id = ${moved}`.execute(
      t.ctx.db,
    );

    for (const q of [word, word.toLowerCase().slice(0, -1), 'zeldzaamheidsprof']) {
      const ids = (await search({ q })).items.map((i) => i.id);
      expect(ids).toContain(visible);
      for (const id of [pending, keyPerson, hidden, moved]) expect(ids).not.toContain(id);
    }
    // Not even for the owner of the pending item: search is the public view.
    expect((await search({ q: word }, henk)).items.map((i) => i.id)).not.toContain(pending);
    // The other municipality sees only its own item.
    expect((await search({ q: word }, anonymous(other.id))).items.map((i) => i.id)).toEqual([moved]);
  });

  it('near a point: sorted by distance, within the radius', async () => {
    const at = (title: string, lat: number) =>
      create({
        kind: 'place',
        formality: 'informal',
        title,
        areaCode: 'BU99990101',
        locationType: 'address',
        address: { street: 'Dorpsstraat 1', postalCode: '9999 AA', city: 'Voorbeeld' },
        point: { lat, lon: 5.63 },
      });
    const far = await at('Nabijheidsproef ver', 52.1); // ~6.7 km
    const near = await at('Nabijheidsproef dichtbij', 52.0405); // ~0.05 km
    const middle = await at('Nabijheidsproef midden', 52.06); // ~2.2 km
    const found = await search({ q: 'nabijheidsproef', near: { lat: 52.04, lon: 5.63, radiusKm: 5 } });
    expect(found.items.map((i) => i.id)).toEqual([near, middle]);
    expect(found.items[0]?.distanceKm).toBeCloseTo(0.056, 2);
    expect(found.items[1]?.distanceKm).toBeCloseTo(2.22, 1);
    const wide = await search({ q: 'nabijheidsproef', near: { lat: 52.04, lon: 5.63, radiusKm: 10 } });
    expect(wide.items.map((i) => i.id)).toEqual([near, middle, far]);
  });

  it('uses a small fixed number of queries, whatever the number of results', async () => {
    const few = await countQueries(() =>
      search({ q: 'waar kan ik terecht met schulden', areaCode: 'WK999901', limit: 1 }),
    );
    const many = await countQueries(() => search({ q: 'de buurt', areaCode: 'WK999901', limit: 100 }));
    const browse = await countQueries(() => search({ areaCode: 'GM9999', limit: 100 }));
    expect(many.result.items.length).toBeGreaterThan(few.result.items.length);
    expect(few.queries).toBeLessThanOrEqual(5);
    expect(many.queries).toBe(few.queries);
    expect(browse.queries).toBe(few.queries - 2); // no words: no synonym lookup, no typo check
  });
});
