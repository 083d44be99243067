import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import { anonymous } from '../../../core/permissions/actor.ts';
import { searchAssets } from '../search/search-assets.ts';
import { smDb } from '../social-map.tables.ts';
import { voorbeeldId } from '../testing.ts';

// The exports through the real HTTP app on the full demo: iCalendar per area, theme and
// organisation (parsed back with ical.js), GeoJSON per area, CSV of the list (parsed back with
// csv-parse), public data only, CORS for partners' websites, conditional requests.

let t: TestApp;
let m: string;

interface Row {
  id: string;
  title: string;
  kind: string;
  area_path: string;
  themes: string[];
  owner_organisation_id: string | null;
  lat: number | null;
}

async function rows(where = sql`true`): Promise<Row[]> {
  const r = await sql<Row>`
    select s.id, s.title, s.kind, a.path as area_path, s.themes, s.owner_organisation_id, s.lat
    from social_map_assets s join areas a on a.id = s.area_id
    where s.municipality_id = ${m} and ${where}
    order by s.title`.execute(t.ctx.db);
  return r.rows;
}

const visible = sql`s.status = 'published' and s.hidden_for_reports_at is null
  and s.freshness_state <> 'hidden_stale' and s.personal_data_removed_at is null
  and (s.valid_until is null or s.valid_until >= to_char(current_date, 'YYYY-MM-DD'))`;

async function setColumns(id: string, values: Record<string, unknown>) {
  await smDb(t.ctx.db)
    .updateTable('social_map_assets')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

function calendarOf(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

/** The asset id in a UID "<asset id>-<n>@sociale-kaart.wijkwerk". */
const assetIdOf = (uid: string) => uid.slice(0, 36);

function eventAssetIds(text: string): Set<string> {
  return new Set(
    calendarOf(text)
      .getAllSubcomponents('vevent')
      .map((e) => assetIdOf(String(e.getFirstPropertyValue('uid')))),
  );
}

beforeAll(async () => {
  t = await createTestApp({ template: 'full' });
  m = await voorbeeldId(t.ctx.db);
});
afterAll(() => t.close());

describe('iCalendar feeds', () => {
  it('an area feed holds the public activities and groups of the area and its sub-areas, as series in Europe/Amsterdam', async () => {
    const res = await t.request('/api/v1/social-map/calendars/areas/WK999901.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('last-modified')).toBeTruthy();
    const text = await res.text();
    const cal = calendarOf(text);
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');

    const expected = (
      await rows(
        sql`${visible} and s.kind in ('activity', 'group') and jsonb_array_length(s.schedules) > 0
          and (a.path = 'GM9999/WK999901' or a.path like 'GM9999/WK999901/%')`,
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(3);
    // Sub-areas count: some of them lie in a buurt below the wijk.
    const inBuurt = await rows(sql`a.path like 'GM9999/WK999901/%' and s.id = any(${expected}::uuid[])`);
    expect(inBuurt.length).toBeGreaterThan(0);
    expect([...eventAssetIds(text)].sort()).toEqual([...new Set(expected)].sort());

    // Every timed event starts in Europe/Amsterdam; recurring ones carry their RRULE.
    const events = cal.getAllSubcomponents('vevent');
    const recurring = events.filter((e) => e.hasProperty('rrule'));
    expect(recurring.length).toBeGreaterThan(0);
    for (const e of events) {
      const start = e.getFirstProperty('dtstart');
      if (start?.type === 'date-time') expect(start.getParameter('tzid')).toBe('Europe/Amsterdam');
    }
  });

  it('recurrence, exceptions and moved occurrences survive, at the same wall-clock time across DST', async () => {
    const [activity] = await rows(sql`${visible} and s.kind = 'activity' and a.path like 'GM9999/WK999902%'`);
    if (!activity) throw new Error('no activity in WK999902');
    await setColumns(activity.id, {
      schedules: JSON.stringify([
        {
          start: '2026-03-17T10:00',
          durationMinutes: 90,
          rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
          exdates: ['2026-03-31T10:00'],
          overrides: [{ recurrenceId: '2026-04-07T10:00', start: '2026-04-07T14:00', note: 'Later' }],
        },
      ]),
    });
    const text = await (await t.request('/api/v1/social-map/calendars/areas/WK999902.ics')).text();
    const cal = calendarOf(text);
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const mine = cal
      .getAllSubcomponents('vevent')
      .filter((e) => assetIdOf(String(e.getFirstPropertyValue('uid'))) === activity.id);
    const master = mine.find((e) => !e.hasProperty('recurrence-id'));
    const moved = mine.find((e) => e.hasProperty('recurrence-id'));
    if (!master || !moved) throw new Error('series or override missing');
    const event = new ICAL.Event(master);
    event.relateException(moved);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      // Wall-clock time in Amsterdam and the UTC instant.
      starts.push(`${details.startDate.toString()} ${details.startDate.toJSDate().toISOString()}`);
    }
    expect(starts).toEqual([
      '2026-03-17T10:00:00 2026-03-17T09:00:00.000Z',
      '2026-03-24T10:00:00 2026-03-24T09:00:00.000Z',
      // 31 March is excepted (EXDATE); summer time started on 29 March: still 10:00 local.
      '2026-04-07T14:00:00 2026-04-07T12:00:00.000Z',
      '2026-04-14T10:00:00 2026-04-14T08:00:00.000Z',
      '2026-04-21T10:00:00 2026-04-21T08:00:00.000Z',
    ]);
    expect(moved.getFirstPropertyValue('comment')).toBe('Later');
  });

  it('never lists hidden, pending, stale, expired or unconsented items', async () => {
    const candidates = await rows(
      sql`${visible} and s.kind in ('activity', 'group') and jsonb_array_length(s.schedules) > 0`,
    );
    expect(candidates.length).toBeGreaterThanOrEqual(5);
    const [reported, pending, stale, expired, archived] = candidates.slice(-5).map((r) => r.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    await setColumns(reported, { hidden_for_reports_at: new Date() });
    await setColumns(pending, { status: 'pending' });
    await setColumns(stale, { freshness_state: 'hidden_stale' });
    await setColumns(expired, { valid_until: '2020-01-01' });
    await setColumns(archived, { status: 'archived' });
    const text = await (await t.request('/api/v1/social-map/calendars/areas/GM9999.ics')).text();
    const ids = eventAssetIds(text);
    expect(ids.size).toBeGreaterThan(5);
    for (const id of [reported, pending, stale, expired, archived]) expect(ids.has(id)).toBe(false);
    const keyPersons = await rows(sql`s.kind = 'key_person'`);
    for (const k of keyPersons) expect(ids.has(k.id)).toBe(false);
  });

  it('theme and organisation feeds hold only their own items', async () => {
    const themed = await rows(sql`${visible} and s.kind = 'activity' and cardinality(s.themes) > 0`);
    const theme = themed[0]?.themes[0];
    if (!theme) throw new Error('no themed activity');
    const byTheme = await t.request(`/api/v1/social-map/calendars/themes/${theme}.ics`);
    expect(byTheme.status).toBe(200);
    const themeIds = eventAssetIds(await byTheme.text());
    expect(themeIds.size).toBeGreaterThan(0);
    for (const r of await rows(sql`s.id = any(${[...themeIds]}::uuid[])`)) expect(r.themes).toContain(theme);

    const owned =
      themed.find((r) => r.owner_organisation_id) ??
      (await rows(sql`${visible} and s.kind = 'activity' and s.owner_organisation_id is not null`))[0];
    const org = owned?.owner_organisation_id;
    if (!org) throw new Error('no activity of an organisation');
    const byOrg = await t.request(`/api/v1/social-map/calendars/organisations/${org}.ics`);
    expect(byOrg.status).toBe(200);
    const orgIds = eventAssetIds(await byOrg.text());
    for (const r of await rows(sql`s.id = any(${[...orgIds]}::uuid[])`))
      expect(r.owner_organisation_id).toBe(org);
  });

  it('answers conditional requests with 304 and changes its ETag when an item changes', async () => {
    const path = '/api/v1/social-map/calendars/areas/WK999903.ics';
    const first = await t.request(path);
    const etag = first.headers.get('etag') as string;
    const lastModified = first.headers.get('last-modified') as string;
    const same = await t.request(path, { headers: { 'If-None-Match': etag } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(same.headers.get('etag')).toBe(etag);
    expect((await t.request(path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await t.request(path, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    const head = await t.request(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);

    const [one] = await rows(
      sql`${visible} and s.kind = 'activity' and jsonb_array_length(s.schedules) > 0 and a.path like 'GM9999/WK999903%'`,
    );
    if (!one) throw new Error('no activity in WK999903');
    await setColumns(one.id, { title: `${one.title} (gewijzigd)`, updated_at: new Date(Date.now() + 5000) });
    const changed = await t.request(path, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await t.request(path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(200);
  });

  it('unknown scopes are 404 and malformed ones 400, as problem+json', async () => {
    for (const path of [
      '/api/v1/social-map/calendars/areas/WK123456.ics',
      '/api/v1/social-map/calendars/themes/bestaat-niet.ics',
      '/api/v1/social-map/calendars/organisations/00000000-0000-4000-8000-000000000000.ics',
    ]) {
      const res = await t.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    for (const path of [
      '/api/v1/social-map/calendars/areas/wk%20x.ics',
      '/api/v1/social-map/calendars/themes/NOPE!.ics',
      '/api/v1/social-map/calendars/organisations/123.ics',
    ]) {
      const res = await t.request(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await t.request('/api/v1/social-map/calendars/areas/WK999901.ics/')).status).toBe(404);
  });

  it('uses a fixed number of queries for a large area', async () => {
    // Twenty copies of every activity: the feed of the whole municipality grows, its queries do not.
    await sql`create temp table copies as select * from social_map_assets where municipality_id = ${m} and kind = 'activity'`.execute(
      t.ctx.db,
    );
    for (let i = 0; i < 20; i++) {
      await sql`update copies set id = gen_random_uuid(), source_id = null`.execute(t.ctx.db);
      await sql`insert into social_map_assets select * from copies`.execute(t.ctx.db);
    }
    await sql`drop table copies`.execute(t.ctx.db);
    const count = async (path: string) => {
      const { result, queries } = await countQueries(async () => {
        const res = await t.request(path);
        return { status: res.status, text: await res.text() };
      });
      expect(result.status).toBe(200);
      return { queries, events: eventAssetIds(result.text).size };
    };
    const small = await count('/api/v1/social-map/calendars/areas/BU99990101.ics');
    const large = await count('/api/v1/social-map/calendars/areas/GM9999.ics');
    expect(large.events).toBeGreaterThan(200);
    expect(large.queries).toBeLessThanOrEqual(small.queries);
    expect(large.queries).toBeLessThanOrEqual(5);
  });
});

describe('GeoJSON per area', () => {
  it('is an RFC 7946 FeatureCollection of public items with [lon, lat] points', async () => {
    const res = await t.request('/api/v1/social-map/areas/WK999901/assets.geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const body = (await res.json()) as {
      type: string;
      bbox: number[];
      features: Array<{
        type: string;
        id: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }>;
    };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThan(3);
    const [west, south, east, north] = body.bbox as [number, number, number, number];
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      // The Netherlands: longitude 3–8 east, latitude 50–54 north. Swapped order would fail.
      expect(lon).toBeGreaterThan(3);
      expect(lon).toBeLessThan(8);
      expect(lat).toBeGreaterThan(50);
      expect(lat).toBeLessThan(54);
      expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
      expect(f.id).toBe(f.properties.id);
      expect(f.properties).toMatchObject({
        title: expect.any(String),
        kind: expect.stringMatching(/^(place|offering|activity|group)$/),
        url: `http://wijkwerk.test/sociale-kaart/${f.id}`,
      });
    }
    // Public items with their own point in the wijk are all there; key persons and hidden items are not.
    const withPoint = await rows(
      sql`${visible} and s.kind <> 'key_person' and s.lat is not null and a.path like 'GM9999/WK999901%'`,
    );
    const ids = new Set(body.features.map((f) => f.id));
    for (const r of withPoint) expect(ids.has(r.id), r.title).toBe(true);
    const hidden = await rows(
      sql`(s.kind = 'key_person' or not (${visible})) and a.path like 'GM9999/WK999901%'`,
    );
    for (const r of hidden) expect(ids.has(r.id), r.title).toBe(false);
  });

  it('leaves out items without a point of their own or of their place, and 404s an unknown area', async () => {
    const [noPlace] = await rows(sql`${visible} and s.kind = 'group' and a.path like 'GM9999/WK999902%'`);
    if (!noPlace) throw new Error('no group in WK999902');
    await setColumns(noPlace.id, { lat: null, lon: null, location_type: 'none', street: null });
    await sql`delete from social_map_asset_links where asset_id = ${noPlace.id}`.execute(t.ctx.db);
    const body = (await (await t.request('/api/v1/social-map/areas/WK999902/assets.geojson')).json()) as {
      features: Array<{ id: string }>;
    };
    expect(body.features.map((f) => f.id)).not.toContain(noPlace.id);

    const unknown = await t.request('/api/v1/social-map/areas/WK123456/assets.geojson');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect((await t.request('/api/v1/social-map/areas/nope/assets.geojson')).status).toBe(400);
  });
});

describe('CSV', () => {
  const csvRows = async (path: string, init?: RequestInit) => {
    const res = await t.request(path, init);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { res, bytes, records: parseCsv(Buffer.from(bytes), { bom: true, delimiter: ';' }) as string[][] };
  };

  it('is UTF-8 with a BOM, semicolon-separated, with the list’s filters and only public items', async () => {
    const { res, bytes, records } = await csvRows('/api/v1/social-map/assets.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const etag = res.headers.get('etag') as string;
    expect(
      (await t.request('/api/v1/social-map/assets.csv', { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...data] = records;
    expect(header?.[0]).toBe('id');
    expect(header).toContain('titel');
    const all = await searchAssets(t.ctx.db, anonymous(m), { limit: 1 });
    expect(data.length).toBe(all.total);
    const ids = new Set(data.map((r) => r[0]));
    for (const r of await rows(sql`not (${visible})`)) expect(ids.has(r.id), r.title).toBe(false);
    const unconsented = await rows(sql`s.kind = 'key_person' and not s.publication_consent`);
    for (const r of unconsented) expect(ids.has(r.id)).toBe(false);

    const filtered = await csvRows('/api/v1/social-map/assets.csv?area=WK999901&kind=activity&kind=group');
    const expected = await searchAssets(t.ctx.db, anonymous(m), {
      areaCode: 'WK999901',
      kind: ['activity', 'group'],
      limit: 1,
    });
    expect(filtered.records.length - 1).toBe(expected.total);
    expect(expected.total).toBeGreaterThan(0);
    const kindColumn = header?.indexOf('soort') ?? -1;
    for (const r of filtered.records.slice(1))
      expect(['Activiteit', 'Groep of initiatief']).toContain(r[kindColumn]);

    const [place] = await rows(sql`${visible} and s.kind = 'place' and s.lat is not null`);
    const lat = Number(place?.lat);
    const lon = (
      await sql<{ lon: number }>`select lon from social_map_assets where id = ${place?.id}`.execute(t.ctx.db)
    ).rows[0]?.lon;
    const near = await csvRows(`/api/v1/social-map/assets.csv?lat=${lat}&lon=${lon}&radiusKm=0.5`);
    const nearExpected = await searchAssets(t.ctx.db, anonymous(m), {
      near: { lat, lon: Number(lon), radiusKm: 0.5 },
      limit: 1,
    });
    expect(near.records.length - 1).toBe(nearExpected.total);
    expect(near.records.slice(1).map((r) => r[0])).toContain(place?.id);

    const en = await csvRows('/api/v1/social-map/assets.csv?lang=en&area=WK999901');
    expect(en.records[0]).toContain('title');
  });

  it('defuses formulas and quotes separators, quotes and line breaks so they read back unchanged', async () => {
    const [a, b] = await rows(sql`${visible} and s.kind = 'place' and a.path like 'GM9999/WK999904%'`);
    if (!a || !b) throw new Error('two places in WK999904 needed');
    await setColumns(a.id, { title: '=HYPERLINK("http://evil.example";"klik")', summary: '+31 6 12345678' });
    await setColumns(b.id, { title: '@SUM(A1:A2)', summary: 'Regel 1;\r\nregel "2"\n-3' });
    const { records } = await csvRows('/api/v1/social-map/assets.csv?area=WK999904&kind=place');
    const [header, ...data] = records;
    const title = header?.indexOf('titel') ?? -1;
    const summary = header?.indexOf('samenvatting') ?? -1;
    const rowA = data.find((r) => r[0] === a.id);
    const rowB = data.find((r) => r[0] === b.id);
    expect(rowA?.[title]).toBe(`'=HYPERLINK("http://evil.example";"klik")`);
    expect(rowA?.[summary]).toBe(`'+31 6 12345678`);
    expect(rowB?.[title]).toBe(`'@SUM(A1:A2)`);
    expect(rowB?.[summary]).toBe('Regel 1;\r\nregel "2"\n-3');
    for (const r of data) expect(r).toHaveLength(header?.length ?? 0);
  });

  it('bad filters are 400 and an unknown area 404', async () => {
    const bad = await t.request('/api/v1/social-map/assets.csv?kind=spaceship');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await bad.json()) as { invalidParams: Array<{ name: string }> };
    expect(problem.invalidParams.map((p) => p.name)).toContain('kind');
    expect((await t.request('/api/v1/social-map/assets.csv?free=maybe')).status).toBe(400);
    expect((await t.request('/api/v1/social-map/assets.csv?lat=52.1')).status).toBe(400);
    expect((await t.request('/api/v1/social-map/assets.csv?kind=place&kind=spaceship')).status).toBe(400);
    expect((await t.request('/api/v1/social-map/assets.csv?area=WK123456')).status).toBe(404);
  });
});

describe('partners’ websites', () => {
  it('may read every export from another origin (CORS *), preflight included', async () => {
    for (const path of [
      '/api/v1/social-map/calendars/areas/WK999901.ics',
      '/api/v1/social-map/areas/WK999901/assets.geojson',
      '/api/v1/social-map/assets.csv',
      '/api/v1/hsds/services',
    ]) {
      const res = await t.request(path, { headers: { Origin: 'https://buurtvereniging.example' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      // Shared caches may keep the public feeds: they must not carry anybody's cookie.
      if (res.headers.get('cache-control')?.startsWith('public'))
        expect(res.headers.get('set-cookie'), path).toBeNull();
    }
    const preflight = await t.request('/api/v1/social-map/calendars/areas/WK999901.ics', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://buurtvereniging.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('publishes the exports in the OpenAPI document with their media types', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const content = (path: string) => Object.keys(doc.paths[path]?.get.responses['200']?.content ?? {});
    expect(content('/social-map/calendars/areas/{code}.ics')).toEqual(['text/calendar']);
    expect(content('/social-map/calendars/themes/{theme}.ics')).toEqual(['text/calendar']);
    expect(content('/social-map/calendars/organisations/{id}.ics')).toEqual(['text/calendar']);
    expect(content('/social-map/areas/{code}/assets.geojson')).toEqual(['application/geo+json']);
    expect(content('/social-map/assets.csv')).toEqual(['text/csv']);
  });
});
