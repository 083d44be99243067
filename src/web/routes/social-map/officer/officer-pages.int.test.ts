import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { runnerId } from '../../../../modules/social-map/imports/import-runner.ts';
import { voorbeeldId } from '../../../../modules/social-map/testing.ts';

// The officer's pages as HTML over HTTP, without JavaScript: the overview with its SVG charts
// and tables, the settings forms (valid and invalid), and an import from upload to report,
// with the self-refreshing progress page.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'full', pages: true });
});
afterAll(() => t.close());

type Browser = PageBrowser;

const signedIn = (email: string, password: string) => signedInBrowser(t, email, password);
const text = pageText;
const csrfFrom = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';

/** A multipart post (a file upload) with the browser's cookies. */
function postMultipart(b: Browser, path: string, form: FormData): Promise<Response> {
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.request(path, { method: 'POST', headers: { cookie }, body: form, redirect: 'manual' });
}

const admin = () => signedIn('beheerder@voorbeeld.example', 'demo-beheer-2026');
const centrum = () => signedIn('wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
const resident = () => signedIn('bewoner@voorbeeld.example', 'demo-bewoner-2026');

describe('overview pages', () => {
  it('lets an area officer choose their area and shows its charts and tables', async () => {
    const b = await centrum();
    const index = await b.get('/sociale-kaart/overzicht');
    expect(index.status).toBe(200);
    const list = await index.text();
    expect(list).toContain('/sociale-kaart/overzicht/WK999901');
    expect(list).not.toContain('/sociale-kaart/overzicht/WK999902');

    const res = await b.get('/sociale-kaart/overzicht/WK999901');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-kinds-title chart-kinds-desc"/);
    expect(html).toContain('<title id="chart-kinds-title">');
    expect(html).toContain('<table');
    expect(text(html)).toContain('Witte vlekken per buurt');
    expect(html).toContain('/sociale-kaart/redactie?gebied=WK999901');
    expect(html).toContain('/sociale-kaart/agenda-koppelingen');

    const en = await (await b.get('/sociale-kaart/overzicht/WK999901?lang=en')).text();
    expect(text(en)).toContain('Social map overview');
  });

  it('refuses residents, other areas, and sends visitors to sign in', async () => {
    expect((await (await resident()).get('/sociale-kaart/overzicht/WK999901')).status).toBe(403);
    expect((await (await resident()).get('/sociale-kaart/overzicht')).status).toBe(403);
    expect((await (await centrum()).get('/sociale-kaart/overzicht/WK999902')).status).toBe(403);
    expect((await (await admin()).get('/sociale-kaart/overzicht/WK000000')).status).toBe(404);
    const anon = await new PageBrowser(t).get('/sociale-kaart/overzicht/WK999901');
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toContain('/inloggen');
  });
});

describe('settings page', () => {
  it('sets an area’s editorial policy and shows where a policy comes from', async () => {
    const b = await admin();
    const res = await b.submit('/sociale-kaart/instellingen', {
      intent: 'policy',
      area: 'WK999903',
      policy: 'open',
    });
    expect(res.status).toBe(302);
    const page = text(await (await b.get(res.headers.get('location') ?? '')).text());
    expect(page).toContain('Het redactiebeleid is opgeslagen.');
    expect(page).toMatch(/Open \(overgenomen van [^)]+\)/);
    const bad = await b.submit('/sociale-kaart/instellingen', {
      intent: 'policy',
      area: 'WK999903',
      policy: 'anarchy',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('wijkwerk-error-summary');
  });

  it('lets an area officer set the policy of their own areas only', async () => {
    const b = await centrum();
    const page = await (await b.get('/sociale-kaart/instellingen')).text();
    expect(page).toContain('policy-WK999901');
    expect(page).not.toContain('policy-WK999902');
    expect(page).not.toContain('name="reportHideThreshold"');
    const own = await b.submit('/sociale-kaart/instellingen', {
      intent: 'policy',
      area: 'BU99990101',
      policy: 'partners_only',
    });
    expect(own.status).toBe(302);
    const other = await b.submit('/sociale-kaart/instellingen', {
      intent: 'policy',
      area: 'WK999902',
      policy: 'open',
    });
    expect(other.status).toBe(403);
    const settings = await b.submit('/sociale-kaart/instellingen', {
      intent: 'settings',
      reportHideThreshold: '5',
    });
    expect(settings.status).toBe(403);
  });

  it('validates the module settings and saves good values', async () => {
    const b = await admin();
    const values = {
      intent: 'settings',
      reportHideThreshold: '4',
      verifyAfterMonths: '0',
      graceMonths: '1',
      hideAfterMonths: '3',
      keyPersonRetentionMonths: '24',
      submitterRetentionMonths: '12',
    };
    const bad = await b.submit('/sociale-kaart/instellingen', values);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('wijkwerk-error-summary');
    expect(html).toContain('href="#field-verifyAfterMonths"');
    const good = await b.submit('/sociale-kaart/instellingen', { ...values, verifyAfterMonths: '9' });
    expect(good.status).toBe(302);
    const page = await (await b.get('/sociale-kaart/instellingen')).text();
    expect(page).toMatch(/name="verifyAfterMonths"[^>]*value="9"/);
  });

  it('adds, rejects and removes search synonyms', async () => {
    const b = await admin();
    const empty = await b.submit('/sociale-kaart/instellingen', {
      intent: 'synonym',
      term: '  ',
      synonyms: 'x',
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#field-term"');
    const ok = await b.submit('/sociale-kaart/instellingen', {
      intent: 'synonym',
      term: 'moestuin',
      synonyms: 'groentetuin, volkstuin',
    });
    expect(ok.status).toBe(302);
    expect(text(await (await b.get('/sociale-kaart/instellingen')).text())).toContain(
      'groentetuin, volkstuin',
    );
    const removed = await b.submit('/sociale-kaart/instellingen', {
      intent: 'synonymRemove',
      term: 'moestuin',
    });
    expect(removed.status).toBe(302);
    expect(text(await (await b.get('/sociale-kaart/instellingen')).text())).not.toContain('groentetuin');
  });
});

async function settledPage(b: Browser, path: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const html = await (await b.get(path)).text();
    if (!html.includes('http-equiv="refresh"')) return html;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not finish');
}

describe('import pages', () => {
  const services = JSON.stringify([
    {
      id: 'page-1',
      name: 'Rouwcafé Testpagina',
      status: 'active',
      description: 'Praten over verlies, elke maand.',
      email: 'rouw@voorbeeld.example',
    },
  ]);

  async function upload(b: Browser, format: string, name: string, content: string): Promise<Response> {
    const csrf = csrfFrom(await (await b.get('/sociale-kaart/importeren')).text());
    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('format', format);
    form.append('file', new File([content], name, { type: 'application/octet-stream' }));
    return postMultipart(b, '/sociale-kaart/importeren', form);
  }

  it('uploads, shows the dry run, imports on request and shows the report', async () => {
    const b = await admin();
    const res = await upload(b, 'hsds_json', 'diensten.json', services);
    expect(res.status).toBe(302);
    const jobPath = res.headers.get('location') ?? '';
    expect(jobPath).toMatch(/^\/sociale-kaart\/importeren\/[0-9a-f-]{36}$/);
    const dry = text(await settledPage(b, jobPath));
    expect(dry).toContain('Uitkomst van de proefimport');
    expect(dry).toContain('1 zouden nieuw worden');

    const run = await b.submit(jobPath, { intent: 'run' });
    expect(run.status).toBe(302);
    const done = text(await settledPage(b, jobPath));
    expect(done).toContain('De records zijn geïmporteerd en gepubliceerd.');
    expect(text(await (await b.get('/sociale-kaart/importeren')).text())).toContain('diensten.json');
  });

  it('offers to merge a possible duplicate after the dry run, and merges it on request', async () => {
    const b = await admin();
    const duplicate = JSON.stringify([
      { id: 'page-dup-1', name: 'Taalcafé Centrum', status: 'active', description: 'Nu ook op vrijdag.' },
    ]);
    const res = await upload(b, 'hsds_json', 'taalcafe.json', duplicate);
    const jobPath = res.headers.get('location') ?? '';
    const dry = await settledPage(b, jobPath);
    expect(text(dry)).toContain('Mogelijke dubbelingen met items van elders');
    expect(dry).toContain('value="merge"');
    const run = await b.submit(jobPath, { intent: 'run', mergeDuplicates: 'merge' });
    expect(run.status).toBe(302);
    const done = text(await settledPage(b, jobPath));
    expect(done).toContain('1 samengevoegd');
    expect(done).toContain('0 nieuw');
  });

  it('shows a running job with a progress bar and refreshes itself', async () => {
    const m = await voorbeeldId(t.ctx.db);
    const row = await t.ctx.db
      .withTables<{ social_map_import_jobs: Record<string, unknown> }>()
      .insertInto('social_map_import_jobs')
      .values({
        municipality_id: m,
        created_by_label: 'test',
        format: 'hsds_json',
        file_name: 'groot.json',
        source: '{"hsds":{"json":[]}}',
        state: 'importing',
        phase: 'write',
        done: 3,
        total: 10,
        runner: runnerId(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const b = await admin();
    const html = await (await b.get(`/sociale-kaart/importeren/${row.id}`)).text();
    expect(html).toContain('<meta http-equiv="refresh" content="2"/>');
    expect(html).toMatch(/<progress[^>]*max="100"[^>]*value="30"/);
    expect(text(html)).toContain('3 van 10 records (30%)');
  });

  it('reports a bad file next to the form and refuses area officers', async () => {
    const b = await admin();
    const bad = await upload(b, 'hsds_json', 'kapot.json', '{ kapot');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('wijkwerk-error-summary');
    expect(text(html)).toContain('Dit is geen geldig JSON-bestand');
    expect((await (await centrum()).get('/sociale-kaart/importeren')).status).toBe(403);
  });

  it('asks for the column mapping of a CSV and reports missing required values', async () => {
    const b = await admin();
    const res = await upload(b, 'csv', 'lijst.csv', 'Naam,Postcode\nBuurtmoestuin Testveld,3511AA\n');
    expect(res.status).toBe(302);
    const jobPath = res.headers.get('location') ?? '';
    const mappingPage = await (await b.get(jobPath)).text();
    expect(mappingPage).toContain('name="map.title"');
    expect(mappingPage).toMatch(/<option value="Naam" selected="">/);
    const noTitle = await b.submit(jobPath, {
      intent: 'check',
      'map.title': '',
      'map.postalCode': 'Postcode',
    });
    expect(noTitle.status).toBe(400);
    expect(await noTitle.text()).toContain('href="#field-map-title"');
    const check = await b.submit(jobPath, {
      intent: 'check',
      'map.title': 'Naam',
      'map.postalCode': 'Postcode',
    });
    expect(check.status).toBe(302);
    const report = text(await settledPage(b, jobPath));
    expect(report).toContain('Ongeldige records');
    expect(report).toContain('Herstel eerst de ongeldige records');
  });
});
