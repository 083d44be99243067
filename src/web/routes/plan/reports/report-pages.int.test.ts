import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { createBudgetLine } from '../../../../modules/plan/financing/write-budget-line.ts';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../../../../modules/plan/testing.ts';

// The report pages as HTML over HTTP, without JavaScript: the print-ready plan report with its
// charts (SVG with words) and tables, the four downloads, adding a voice through the form (and
// the form's errors), the programme report for the programme office, and who is refused.

let t: TestApp;
let small: SmallPlan;
let draft: SmallPlan;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan Noordhoek' });
  const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
  await createBudgetLine(officer, small.plan.id, small.corporationIntervention.id, {
    sourceKind: 'national_programme',
    sourceName: 'Nationaal Programma Leefbaarheid en Veiligheid',
    year: 2026,
    committedCents: 2_000_000,
  });
});
afterAll(() => t.close());

const karin = () => signedInBrowser(t, demoEmails.corporation, 'demo-woonstichting-2026');
const coordinator = () => signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');
const resident = () => signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');

describe('the plan report page', () => {
  it('shows the report to anyone for an adopted plan, print-ready, with charts in words and downloads', async () => {
    const res = await new PageBrowser(t).get(`/wijkplannen/${small.plan.id}/rapportage`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = pageText(html);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(text).toContain('Voortgangsrapportage Wijkplan Noordhoek 2026–2029');
    expect(text).toContain('Portiekgesprekken Molenveld');
    expect(html).toMatch(/role="img" aria-label="Voortgang per doel en actielijn: Buren kennen elkaar/);
    expect(text).toMatch(/In woorden ?:/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain(`href="/wijkplannen/${small.plan.id}/rapportage.pdf"`);
    expect(html).toContain(`href="/wijkplannen/${small.plan.id}/rapportage.csv?tabel=finances"`);
    expect(html).toMatch(/rel="stylesheet" href="[^"]*report-print[^"]*\.css"/);
    expect(text).toContain('100 %');
    const en = pageText(
      await (await new PageBrowser(t).get(`/wijkplannen/${small.plan.id}/rapportage?lang=en`)).text(),
    );
    expect(en).toContain('Progress report Wijkplan Noordhoek 2026–2029');
  });

  it('serves the four downloads with their types and names', async () => {
    const b = new PageBrowser(t);
    const base = `/wijkplannen/${small.plan.id}/rapportage`;
    const pdf = await b.get(`${base}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('.pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const docx = await b.get(`${base}.docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // The API (another copy of the report code in this process) draws its charts as well.
    const apiDocx = await t.request(`/api/v1/plans/${small.plan.id}/report?format=docx`);
    expect(apiDocx.status).toBe(200);
    const xlsx = await b.get(`${base}.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const csv = await b.get(`${base}.csv?tabel=finances`);
    expect(await csv.text()).toContain('Portiekgesprekken Molenveld;20000;0;20000;100');
    const bad = await b.get(`${base}.csv?tabel=geheim`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Deze tabel bestaat niet.');
  });

  it('hides a draft from residents and visitors (404), pages and downloads alike', async () => {
    expect((await new PageBrowser(t).get(`/wijkplannen/${draft.plan.id}/rapportage`)).status).toBe(404);
    expect((await (await resident()).get(`/wijkplannen/${draft.plan.id}/rapportage.pdf`)).status).toBe(404);
    expect((await (await karin()).get(`/wijkplannen/${draft.plan.id}/rapportage`)).status).toBe(200);
  });
});

describe('voices through the form', () => {
  it('an item owner adds a quote; errors name the fields; the quote shows in the report', async () => {
    const b = await karin();
    const page = `/wijkplannen/${small.plan.id}/rapportage/stemmen`;
    const form = await (await b.get(page)).text();
    expect(form).toContain(`value="${small.corporationIntervention.id}"`);
    expect(form).not.toContain(`value="${small.welfareIntervention.id}"`);
    expect(form).not.toContain('value="plan"');

    const bad = await b.submit(page, {
      intent: 'add',
      quote: '',
      attribution: 'Buurman',
      itemId: small.corporationIntervention.id,
    });
    expect(bad.status).toBe(400);
    const badText = pageText(await bad.text());
    expect(badText).toContain('Bevestig dat de spreker toestemming heeft gegeven.');
    expect(badText).toMatch(/Uitspraak/);

    const ok = await b.submit(page, {
      intent: 'add',
      quote: 'Eindelijk weet ik wie er naast me woont.',
      attribution: 'Bewoonster van het Molenveld',
      itemId: small.corporationIntervention.id,
      consent: 'yes',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${page}?saved=added`);
    const after = pageText(await (await b.get(`${page}?saved=added`)).text());
    expect(after).toContain('De stem is toegevoegd.');
    const report = pageText(
      await (await new PageBrowser(t).get(`/wijkplannen/${small.plan.id}/rapportage`)).text(),
    );
    expect(report).toContain('Eindelijk weet ik wie er naast me woont.');
    expect(report).toContain('Bewoonster van het Molenveld');
  });

  it('tells a reader they cannot add, and sends visitors to sign in', async () => {
    const page = `/wijkplannen/${small.plan.id}/rapportage/stemmen`;
    const text = pageText(await (await (await resident()).get(page)).text());
    expect(text).toContain('U kunt geen stemmen toevoegen aan dit plan.');
    const anon = await new PageBrowser(t).get(page);
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toContain('/inloggen');
  });
});

describe('the programme report page', () => {
  it('is there for the programme office with the plans table and downloads', async () => {
    const b = await coordinator();
    const res = await b.get('/programma/rapportage?lang=nl');
    expect(res.status).toBe(200);
    const text = pageText(await res.text());
    expect(text).toContain('Voortgangsrapportage programma Gemeente Voorbeeld');
    expect(text).toContain('Wijkplan Noordhoek 2026–2029');
    expect(text).not.toContain('Concept wijkplan Noordhoek');
    const pdf = await b.get('/programma/rapportage.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const csv = await b.get('/programma/rapportage.csv');
    expect(await csv.text()).toContain('Wijkplan Noordhoek 2026–2029');
  });

  it('refuses residents (403) and sends visitors to sign in', async () => {
    expect((await (await resident()).get('/programma/rapportage')).status).toBe(403);
    expect((await (await resident()).get('/programma/rapportage.xlsx')).status).toBe(403);
    expect((await new PageBrowser(t).get('/programma/rapportage')).status).toBe(302);
  });
});
