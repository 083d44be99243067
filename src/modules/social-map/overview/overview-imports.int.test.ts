import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, demoMunicipalityId } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import { listQueue } from '../list-queue.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { demoActor } from '../testing.ts';
import { getAreaOverview } from './get-area-overview.ts';

// The officer's overview and the import jobs through the JSON API on the full demo: figures
// checked against plain queries of the demo data, permissions, dry runs that write nothing,
// imports that write, bad files that report, and jobs of a stopped server marked interrupted.

let t: TestApp;
let m: string;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let centrum: Record<string, string>;
let resident: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ template: 'full' });
  m = await demoMunicipalityId(t);
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  coordinator = await bearerFor(t, 'coordinator@voorbeeld.example');
  centrum = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) => t.request(path, { headers });
const post = (path: string, body: unknown, headers: Record<string, string>) =>
  t.request(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Published items in an area's subtree, straight from the tables. */
async function publishedIn(code: string) {
  const area = await smDb(t.ctx.db)
    .selectFrom('areas')
    .select('path')
    .where('municipality_id', '=', m)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const rows = await smDb(t.ctx.db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select(['s.kind', 's.formality', 's.themes', 's.target_groups', 'a.path'])
    .where('s.municipality_id', '=', m)
    .where('s.status', '=', 'published')
    .execute();
  return rows.filter((r) => r.path === area.path || r.path.startsWith(`${area.path}/`));
}

describe('area overview', () => {
  it('counts what the demo data holds for a wijk, per kind, formality, theme and buurt', async () => {
    const res = await get('/api/v1/social-map/overview/WK999901', admin);
    expect(res.status).toBe(200);
    const o = await res.json();
    const items = await publishedIn('WK999901');
    expect(items.length).toBeGreaterThan(0);
    expect(o.total).toBe(items.length);
    for (const kind of ['place', 'offering', 'group', 'activity', 'key_person']) {
      for (const formality of ['formal', 'informal'] as const) {
        expect(o.byKind[kind][formality], `${kind} ${formality}`).toBe(
          items.filter((i) => i.kind === kind && i.formality === formality).length,
        );
      }
    }
    expect(o.byFormality.informal).toBe(items.filter((i) => i.formality === 'informal').length);

    const terms = await listTaxonomy(t.ctx.db, m);
    const themes = terms.filter((x) => x.vocabulary === 'theme').map((x) => x.code);
    for (const theme of themes) {
      expect(o.themeByKind[theme].activity, theme).toBe(
        items.filter((i) => i.kind === 'activity' && i.themes.includes(theme)).length,
      );
    }
    expect(o.themeByKind['-'].place).toBe(
      items.filter((i) => i.kind === 'place' && i.themes.length === 0).length,
    );

    // Buurt × theme: every buurt of the wijk, zeros included; the gaps are exactly the zeros.
    const buurten = await smDb(t.ctx.db)
      .selectFrom('areas')
      .select(['code', 'path'])
      .where('municipality_id', '=', m)
      .where('kind', '=', 'buurt')
      .where('path', 'like', '%WK999901%')
      .execute();
    expect(o.buurten.map((b: { code: string }) => b.code).sort()).toEqual(buurten.map((b) => b.code).sort());
    for (const b of buurten) {
      const inBuurt = items.filter((i) => i.path === b.path || i.path.startsWith(`${b.path}/`));
      const missing = themes.filter((th) => !inBuurt.some((i) => i.themes.includes(th)));
      for (const th of themes)
        expect(o.buurtByTheme[b.code][th]).toBe(inBuurt.filter((i) => i.themes.includes(th)).length);
      const gap = o.themeGaps.find((g: { buurtCode: string }) => g.buurtCode === b.code);
      expect(gap?.missing ?? []).toEqual(missing);
    }
    expect(o._links.page.href).toBe('/sociale-kaart/overzicht/WK999901');
  });

  it('shows the queue and the freshness of the area as the services count them', async () => {
    const o = await (await get('/api/v1/social-map/overview/WK999901', admin)).json();
    const actor = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
    const queue = await listQueue(t.ctx.db, actor, { areaCode: 'WK999901' });
    expect(o.queue.revisions).toBe(queue.revisions.length);
    expect(o.queue.reportedItems).toBe(queue.reports.length);
    expect(o.freshness.published).toBe(o.total);
    expect(o.freshness.share).toBeGreaterThanOrEqual(0);
    expect(o.freshness.share).toBeLessThanOrEqual(1);
  });

  it('lists the calendar feeds in error of the area, not those elsewhere', async () => {
    const feeds = smDb(t.ctx.db).withTables<{
      social_map_feeds: { id: string; municipality_id: string; area_id: string; state: string; name: string };
    }>();
    const feed = await feeds
      .selectFrom('social_map_feeds as f')
      .innerJoin('areas as a', 'a.id', 'f.area_id')
      .select(['f.id', 'f.name', 'a.path'])
      .where('f.municipality_id', '=', m)
      .executeTakeFirstOrThrow();
    await feeds.updateTable('social_map_feeds').set({ state: 'error' }).where('id', '=', feed.id).execute();
    const wijk = feed.path.split('/').find((c) => c.startsWith('WK')) ?? '';
    const here = await (await get(`/api/v1/social-map/overview/${wijk}`, admin)).json();
    expect(here.feedsInError.map((f: { id: string }) => f.id)).toEqual([feed.id]);
    const whole = await (await get('/api/v1/social-map/overview/GM9999', admin)).json();
    expect(whole.feedsInError.map((f: { id: string }) => f.id)).toContain(feed.id);
    const other = wijk === 'WK999903' ? 'WK999904' : 'WK999903';
    const elsewhere = await (await get(`/api/v1/social-map/overview/${other}`, admin)).json();
    expect(elsewhere.feedsInError).toEqual([]);
  });

  it('takes the same number of queries for a buurt, a wijk and the whole municipality', async () => {
    const actor = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
    const counts: number[] = [];
    for (const code of ['BU99990101', 'WK999901', 'GM9999']) {
      const { queries } = await countQueries(() => getAreaOverview(t.ctx.db, actor, code));
      counts.push(queries);
    }
    expect(new Set(counts).size).toBe(1);
    // area, 6 grouped counts, freshness (area, settings, dates), taxonomy, feeds in error (2).
    expect(counts[0]).toBeLessThanOrEqual(13);
  });

  it('is for staff of the area only', async () => {
    expect((await get('/api/v1/social-map/overview/WK999901', centrum)).status).toBe(200);
    expect((await get('/api/v1/social-map/overview/BU99990101', centrum)).status).toBe(200);
    expect((await get('/api/v1/social-map/overview/WK999902', centrum)).status).toBe(403);
    expect((await get('/api/v1/social-map/overview/GM9999', centrum)).status).toBe(403);
    expect((await get('/api/v1/social-map/overview/WK999901', resident)).status).toBe(403);
    expect((await get('/api/v1/social-map/overview/WK999901')).status).toBe(401);
    expect((await get('/api/v1/social-map/overview/WK000000', admin)).status).toBe(404);
  });
});

/** A Dutch service in HSDS 3.0. */
function service(id: string, name: string) {
  return {
    id,
    name,
    status: 'active',
    description: 'Hulp bij het invullen van formulieren.',
    email: 'hulp@voorbeeld.example',
    organization: { id: 'c0c0c0c0-0000-4000-8000-000000000001', name: 'Stichting Papierwinkel Test' },
  };
}

const assetCount = async () =>
  Number(
    (
      await smDb(t.ctx.db)
        .selectFrom('social_map_assets')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('municipality_id', '=', m)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Follows a job until it stops working (the import runs in the background of the server). */
async function settled(id: string, headers = coordinator) {
  for (let i = 0; i < 600; i++) {
    const job = await (await get(`/api/v1/social-map/imports/${id}`, headers)).json();
    if (job.state !== 'checking' && job.state !== 'importing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not finish');
}

const hsdsFile = (services: unknown[]) => [{ name: 'services.json', content: JSON.stringify(services) }];

describe('imports', () => {
  it('runs a dry run that writes nothing, then an import that creates', async () => {
    const before = await assetCount();
    const services = [
      service('imp-1', 'Formulierenspreekuur Testwijk'),
      service('imp-2', 'Belastinghulp Testwijk'),
    ];
    const res = await post(
      '/api/v1/social-map/imports',
      { format: 'hsds_json', files: hsdsFile(services) },
      coordinator,
    );
    expect(res.status).toBe(202);
    const started = await res.json();
    expect(res.headers.get('location')).toBe(`/api/v1/social-map/imports/${started.id}`);
    const dry = await settled(started.id);
    expect(dry.state).toBe('checked');
    expect(dry.dryRunReport).toMatchObject({ dryRun: true, written: false, created: 2, invalid: [] });
    expect(dry.progress).toMatchObject({ done: 2, total: 2, percent: 100 });
    expect(await assetCount()).toBe(before);

    const real = await post(
      '/api/v1/social-map/imports',
      { format: 'hsds_json', dryRun: false, files: hsdsFile(services) },
      coordinator,
    );
    expect(real.status).toBe(202);
    const done = await settled((await real.json()).id);
    expect(done.state).toBe('imported');
    expect(done.report).toMatchObject({ written: true, created: 2 });
    expect(await assetCount()).toBe(before + 2);
  });

  it('takes a multipart upload of the HSDS tabular CSV files', async () => {
    const form = new FormData();
    form.set('format', 'hsds_csv');
    form.append(
      'file',
      new File(
        ['id,name,status,description\ncsv-1,Voorleesuur Testbieb,active,Voorlezen voor peuters\n'],
        'services.csv',
      ),
    );
    const res = await t.request('/api/v1/social-map/imports', {
      method: 'POST',
      headers: coordinator,
      body: form,
    });
    expect(res.status).toBe(202);
    const job = await settled((await res.json()).id);
    expect(job.state).toBe('checked');
    expect(job.dryRunReport, JSON.stringify(job.dryRunReport)).toMatchObject({ created: 1, invalid: [] });
  });

  it('reports HSDS records with missing required fields and writes nothing', async () => {
    const before = await assetCount();
    const bad = { id: 'imp-bad', status: 'active' }; // no name
    const res = await post(
      '/api/v1/social-map/imports',
      { format: 'hsds_json', dryRun: false, files: hsdsFile([service('imp-3', 'Goed record'), bad]) },
      coordinator,
    );
    const job = await settled((await res.json()).id);
    expect(job.state).toBe('failed');
    expect(job.report.written).toBe(false);
    expect(job.report.invalid.map((r: { ref: string }) => r.ref)).toEqual(['imp-bad']);
    expect(await assetCount()).toBe(before);
  });

  it('refuses files that are not what they claim, with a clear 400', async () => {
    const notJson = await post(
      '/api/v1/social-map/imports',
      { format: 'hsds_json', files: [{ name: 'x.json', content: '{ nope' }] },
      coordinator,
    );
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).invalidParams[0].name).toBe('file');
    const noServices = await post(
      '/api/v1/social-map/imports',
      { format: 'hsds_csv', files: [{ name: 'locations.csv', content: 'id,name\n1,x' }] },
      coordinator,
    );
    expect(noServices.status).toBe(400);
    const big = await post(
      '/api/v1/social-map/imports',
      { format: 'csv', files: [{ name: 'big.csv', content: `naam\n${'x'.repeat(11 * 1024 * 1024)}` }] },
      coordinator,
    );
    expect(big.status).toBe(400);
  });

  it('waits for a CSV mapping, refuses columns the file lacks, and checks with a good mapping', async () => {
    const csv =
      'Naam,Straat,Postcode,Plaats,Omschrijving\nSchaakclub Zwartwit Testmaat,Dorpsstraat 1,3511AA,Voorbeeld,Samen schaken\n';
    const res = await post(
      '/api/v1/social-map/imports',
      { format: 'csv', files: [{ name: 'lijst.csv', content: csv }] },
      coordinator,
    );
    const job = await res.json();
    expect(job.state).toBe('uploaded');
    expect(job.columns).toEqual(['Naam', 'Straat', 'Postcode', 'Plaats', 'Omschrijving']);

    const wrong = await post(
      '/api/v1/social-map/imports',
      { format: 'csv', mapping: { title: 'Titel' }, files: [{ name: 'lijst.csv', content: csv }] },
      coordinator,
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).invalidParams.map((p: { name: string }) => p.name)).toContain('map.title');

    const good = await post(
      '/api/v1/social-map/imports',
      {
        format: 'csv',
        mapping: {
          title: 'Naam',
          street: 'Straat',
          postalCode: 'Postcode',
          city: 'Plaats',
          description: 'Omschrijving',
        },
        files: [{ name: 'lijst.csv', content: csv }],
      },
      coordinator,
    );
    const checked = await settled((await good.json()).id);
    expect(checked.state).toBe('checked');
    expect(checked.dryRunReport, JSON.stringify(checked.dryRunReport)).toMatchObject({
      created: 1,
      invalid: [],
    });
  });

  it('is for coordinators and administrators', async () => {
    const body = { format: 'hsds_json', files: hsdsFile([service('imp-9', 'X')]) };
    expect((await post('/api/v1/social-map/imports', body, centrum)).status).toBe(403);
    expect((await post('/api/v1/social-map/imports', body, resident)).status).toBe(403);
    expect((await post('/api/v1/social-map/imports', body, admin)).status).toBe(202);
    expect((await get('/api/v1/social-map/imports/00000000-0000-4000-8000-000000000000', admin)).status).toBe(
      404,
    );
    expect((await get('/api/v1/social-map/imports/nope', admin)).status).toBe(404);
  });
});

describe('a server restart', () => {
  it('marks the jobs the stopped server was running as interrupted', async () => {
    // The server opens the database anew; the job row says a stopped server was importing.
    const fresh = await createTestApp({ template: 'full' });
    try {
      const row = await fresh.ctx.db
        .withTables<{ social_map_import_jobs: Record<string, unknown> }>()
        .insertInto('social_map_import_jobs')
        .values({
          municipality_id: await demoMunicipalityId(fresh),
          created_by_label: 'test',
          format: 'hsds_json',
          file_name: 'x.json',
          source: '{"hsds":{"json":[]}}',
          state: 'importing',
          runner: 'a-stopped-server',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const headers = await bearerFor(fresh, 'coordinator@voorbeeld.example');
      const job = await (await fresh.request(`/api/v1/social-map/imports/${row.id}`, { headers })).json();
      expect(job.state).toBe('interrupted');
    } finally {
      await fresh.close();
    }
  });
});
