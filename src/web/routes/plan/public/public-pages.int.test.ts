import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { countQueries } from '../../../../core/db/database.ts';
import { createPlan } from '../../../../modules/plan/create-plan.ts';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../../../../modules/plan/testing.ts';
import { addMeasurements } from './public-pages.testing.ts';

// The public plan pages over HTTP without JavaScript: the list, the plan in plain language, the
// item page with its chart and table, the area page's section; what residents, co-authors and the
// area officer each see; bad ids and query strings; English; queries that do not grow with the list.

let t: TestApp;
let small: SmallPlan;
let draftId: string;

/** The visible text, without the space the tag boundaries leave before a colon or full stop. */
const text = (html: string) => pageText(html).replace(/ ([:.,])/g, '$1');

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await t.request(path);
  return { status: res.status, html: await res.text() };
}

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  small = await createSmallPlan(t.ctx.db);
  await addMeasurements(t.ctx.db, small);
  const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
  draftId = (
    await createPlan(officer, {
      areaCode: 'WK999902',
      title: 'Conceptplan Noordhoek Groen',
      periodStart: '2027-01-01',
      periodEnd: '2030-12-31',
      state: 'draft',
    })
  ).id;
});
afterAll(() => t.close());

describe('the list of plans', () => {
  it('shows residents the adopted plan with its area, period, stage and progress, not the draft', async () => {
    const { status, html } = await page('/wijkplannen');
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Wijkplannen<\/h1>/);
    const body = text(html);
    expect(body).toContain('Wijkplan Noordhoek 2026–2029');
    expect(body).toContain('januari 2026 tot en met december 2029');
    expect(body).toMatch(/Stand: Vastgesteld/);
    expect(body).toMatch(/\d+% klaar/);
    expect(body).not.toContain('Conceptplan Noordhoek Groen');
    expect(html).toContain(`href="/wijkplannen/${small.plan.id}"`);
    // Residents get no "new plan" button and no draft choice in the filter.
    expect(html).not.toContain('href="/wijkplannen/nieuw"');
    expect(html).not.toContain('value="draft"');
    // The header links to the list.
    expect(html).toMatch(/<a[^>]*href="\/wijkplannen"[^>]*>Wijkplannen<\/a>/);
    // Anyone may submit a project idea; the programme's working pages are for staff.
    expect(html).toContain('href="/projecten/indienen"');
    expect(html).not.toContain('href="/programma/financien"');
  });

  it('filters by area with a plain GET form and ignores what it does not know', async () => {
    const form = (await page('/wijkplannen')).html.match(/<form[^>]*role="search"[^>]*>/)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/wijkplannen"');
    const noordhoek = text((await page('/wijkplannen?gebied=WK999902')).html);
    expect(noordhoek).toContain('Wijkplannen van Noordhoek');
    expect(noordhoek).toContain('Wijkplan Noordhoek 2026–2029');
    const elsewhere = text((await page('/wijkplannen?gebied=WK999901')).html);
    expect(elsewhere).not.toContain('Wijkplan Noordhoek 2026–2029');
    expect(elsewhere).toContain('Er zijn (nog) geen wijkplannen die hierbij passen.');
    const odd = await page('/wijkplannen?gebied=XX12&stand=kapot&soort=%3Cscript%3E&cursor=rommel');
    expect(odd.status).toBe(200);
    expect(text(odd.html)).toContain('Wij kennen geen wijk of gebied met die code');
    expect(text(odd.html)).toContain('Wijkplan Noordhoek 2026–2029');
  });

  it('shows the area officer the draft and the button to start a plan', async () => {
    const b = await signedInBrowser(t, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
    const html = await (await b.get('/wijkplannen')).text();
    expect(text(html)).toContain('Conceptplan Noordhoek Groen');
    expect(html).toContain('href="/wijkplannen/nieuw"');
    for (const href of [
      '/projecten',
      '/programma/financien',
      '/programma/rapportage',
      '/planningscycli',
      '/wijktoetsen',
    ])
      expect(html).toContain(`href="${href}"`);
    const drafts = text(await (await b.get('/wijkplannen?stand=draft')).text());
    expect(drafts).toContain('Conceptplan Noordhoek Groen');
    expect(drafts).not.toContain('Wijkplan Noordhoek 2026–2029');
  });

  it('uses the same number of queries for a few plans as for many', async () => {
    const run = async () => (await countQueries(() => t.request('/wijkplannen'))).queries;
    const more = async (from: number, to: number) => {
      for (let n = from; n <= to; n++)
        await createSmallPlan(t.ctx.db, { title: `Extra plan Oosterpark ${n}`, areaCode: 'WK999904' });
    };
    await more(1, 2);
    await run(); // warm: what a first request loads once is not the list's cost
    const few = await run();
    await more(3, 8);
    await run(); // the tenant cache may have expired while the plans were made
    expect(await run()).toBe(few);
  });
});

describe('the plan page for residents', () => {
  it('tells the plan in plain language: vision, goals → approaches → actions with owner, status, progress', async () => {
    const { status, html } = await page(`/wijkplannen/${small.plan.id}`);
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Wijkplan Noordhoek 2026–2029<\/h1>/);
    const body = text(html);
    expect(body).toContain('Samen werken aan een veilige en groene wijk');
    expect(body).toContain('Waar we samen naartoe werken');
    expect(body).toContain('In 2029 kennen buren elkaar');
    expect(body).toContain('Wat we willen bereiken');
    expect(body).toContain('Doel: Buren kennen elkaar');
    expect(body).toContain('Portieken als ontmoetingsplek');
    expect(body).toContain('Portiekgesprekken Molenveld');
    expect(body).toContain('Woonstichting Voorbeeld');
    expect(body).toContain('Bezig');
    expect(body).toContain('Gepland');
    expect(body).toContain('30% klaar');
    expect(body).toContain('maart 2026 – oktober 2026');
    // Progress never by colour alone: the percentage is written, the drawing is hidden.
    expect(html).toMatch(/<svg[^>]*class="wijkwerk-plan-progress__bar"[^>]*aria-hidden="true"/);
    // The interventions are a table with a caption and column headers.
    expect(html).toMatch(/<caption[^>]*>Wat we concreet doen: Portieken als ontmoetingsplek<\/caption>/);
    // Who make it: organisations, with their role.
    expect(body).toContain('Woonstichting Voorbeeld · Schrijft mee');
    expect(body).toContain('Welzijn Voorbeeld · Leest mee');
    // Links to the items and the area.
    expect(html).toContain(
      `href="/wijkplannen/${small.plan.id}/onderdelen/${small.corporationIntervention.id}"`,
    );
    expect(html).toContain('href="/wijken/WK999902"');
    // And to the plan's review moments, versions and progress report.
    for (const sub of ['peilmomenten', 'versies', 'rapportage'])
      expect(html).toContain(`href="/wijkplannen/${small.plan.id}/${sub}"`);
  });

  it('shows the indicator against its target as an SVG chart with a text alternative and a table', async () => {
    const { html } = await page(`/wijkplannen/${small.plan.id}`);
    const body = text(html);
    expect(body).toContain('Wat we meten');
    expect(body).toContain('Bewoners die hun buren kennen');
    expect(body).toContain('Beginwaarde 41% (1 juni 2025)');
    expect(body).toContain('Doel 60% (1 juni 2029)');
    expect(body).toContain('Laatste meting 47,5% (1 juni 2026)');
    expect(body).toContain('Beter dan bij het begin: 34% van de weg naar het doel.');
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="indicator-[^"]+-title indicator-[^"]+-desc"/,
    );
    expect(html).toContain('Bewoners die hun buren kennen door de tijd</title>');
    expect(body).toContain('Lijn met 2 metingen. Beginwaarde 41%, doel 60%, laatste meting 47,5%.');
    expect(html).toMatch(/<caption[^>]*>Metingen van Bewoners die hun buren kennen<\/caption>/);
    expect(body).toContain('Wijkenquête 2026');
    expect(body).toContain('Na de eerste portiekgesprekken');
  });

  it('shows no names of people and no edit links to residents', async () => {
    const { html } = await page(`/wijkplannen/${small.plan.id}`);
    expect(text(html)).not.toContain('Karin de Boer');
    expect(html).not.toContain('/bewerken');
    expect(html).not.toContain('/onderdelen/nieuw');
    expect(html).not.toContain('/leden');
    expect(html).not.toContain('/tijdlijn');
  });

  it('is a 404 for a draft, an unknown id and a malformed id', async () => {
    expect((await page(`/wijkplannen/${draftId}`)).status).toBe(404);
    expect((await page('/wijkplannen/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await page('/wijkplannen/niet-een-plan')).status).toBe(404);
    expect((await page("/wijkplannen/'%20or%201=1")).status).toBe(404);
  });

  it('speaks English with ?lang=en', async () => {
    const body = text((await page(`/wijkplannen/${small.plan.id}?lang=en`)).html);
    expect(body).toContain('What we want to achieve');
    expect(body).toContain('Goal: Buren kennen elkaar');
    expect(body).toContain('30% done');
    expect(body).toContain('Under way');
    expect(body).toContain('January 2026 to December 2029');
  });
});

describe('the plan page for its members', () => {
  it('gives the area officer the plan, member and add links, and an edit link per item', async () => {
    const b = await signedInBrowser(t, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
    const html = await (await b.get(`/wijkplannen/${small.plan.id}`)).text();
    const id = small.plan.id;
    expect(html).toContain(`href="/wijkplannen/${id}/bewerken"`);
    expect(html).toContain(`href="/wijkplannen/${id}/leden"`);
    expect(html).toContain(`href="/wijkplannen/${id}/tijdlijn"`);
    expect(html).toContain(`href="/wijkplannen/${id}/onderdelen/nieuw"`);
    expect(html).toContain(`href="/wijkplannen/${id}/onderdelen/nieuw?onder=${small.goal.id}"`);
    expect(html).toContain(`href="/wijkplannen/${id}/onderdelen/nieuw?onder=${small.actionLine.id}"`);
    for (const item of [
      small.goal,
      small.actionLine,
      small.corporationIntervention,
      small.welfareIntervention,
    ])
      expect(html).toContain(`href="/wijkplannen/${id}/onderdelen/${item.id}/bewerken"`);
    // Signed-in staff see the contact person.
    const item = await (
      await b.get(`/wijkplannen/${id}/onderdelen/${small.corporationIntervention.id}`)
    ).text();
    expect(text(item)).toContain('Contactpersoon Karin de Boer');
  });

  it('gives the corporation co-author an edit link for its own intervention only', async () => {
    const b = await signedInBrowser(t, demoEmails.corporation, 'demo-woonstichting-2026');
    const html = await (await b.get(`/wijkplannen/${small.plan.id}`)).text();
    const id = small.plan.id;
    expect(html).toContain(
      `href="/wijkplannen/${id}/onderdelen/${small.corporationIntervention.id}/bewerken"`,
    );
    expect(html).not.toContain(
      `href="/wijkplannen/${id}/onderdelen/${small.welfareIntervention.id}/bewerken"`,
    );
    expect(html).not.toContain(`href="/wijkplannen/${id}/onderdelen/${small.goal.id}/bewerken"`);
    expect(html).not.toContain(`href="/wijkplannen/${id}/bewerken"`);
    expect(html).not.toContain(`href="/wijkplannen/${id}/leden"`);
  });

  it('shows the draft to its maker with a notice, and still not to a resident who signs in', async () => {
    const officer = await signedInBrowser(t, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
    const res = await officer.get(`/wijkplannen/${draftId}`);
    expect(res.status).toBe(200);
    expect(text(await res.text())).toContain('Dit plan is nog een concept.');
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect((await resident.get(`/wijkplannen/${draftId}`)).status).toBe(404);
  });
});

describe('the item page', () => {
  it('shows an intervention: status, owner, dates, area, progress with its source, steps', async () => {
    const { status, html } = await page(
      `/wijkplannen/${small.plan.id}/onderdelen/${small.corporationIntervention.id}`,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Portiekgesprekken Molenveld<\/h1>/);
    const body = text(html);
    expect(body).toContain('Actie of project');
    expect(body).toContain('Hoort bij: Portieken als ontmoetingsplek');
    expect(body).toContain('Wie is verantwoordelijk Woonstichting Voorbeeld');
    expect(body).toContain('30% klaar');
    expect(body).toContain('Zo schat de verantwoordelijke het zelf in.');
    expect(body).toContain('Stappen');
    expect(body).toContain('Bewoners uitgenodigd');
    expect(body).toContain('Gedaan op 12 maart 2026');
    expect(body).toContain('Alle portieken bezocht');
    expect(body).toContain('Nog te doen');
    expect(body).not.toContain('Karin de Boer');
    expect(html).toContain('href="/wijken/BU99990201"');
    expect(html).toContain(
      `href="/wijkplannen/${small.plan.id}/onderdelen/${small.corporationIntervention.id}/financiering"`,
    );
    // The breadcrumb leads back through the plan, the goal and the approach.
    expect(html).toContain(`href="/wijkplannen/${small.plan.id}/onderdelen/${small.goal.id}"`);
  });

  it('shows a goal with its approaches and its indicator chart', async () => {
    const { html } = await page(`/wijkplannen/${small.plan.id}/onderdelen/${small.goal.id}`);
    const body = text(html);
    expect(body).toContain('Zo pakken we dit aan');
    expect(body).toContain('Portieken als ontmoetingsplek');
    expect(body).toContain('Berekend uit de onderdelen.');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(body).toContain('Metingen van Bewoners die hun buren kennen');
  });

  it('is a 404 for an item of another plan, an unknown item and a draft plan', async () => {
    const other = await createSmallPlan(t.ctx.db, { title: 'Ander plan', areaCode: 'WK999904' });
    const bad = [
      `/wijkplannen/${small.plan.id}/onderdelen/${other.goal.id}`,
      `/wijkplannen/${small.plan.id}/onderdelen/00000000-0000-4000-8000-000000000000`,
      `/wijkplannen/${small.plan.id}/onderdelen/geen-id`,
    ];
    for (const path of bad) expect((await page(path)).status, path).toBe(404);
  });
});

describe('the area page', () => {
  it('shows the wijkplan of the area with a link to all plans of it', async () => {
    const { status, html } = await page('/wijken/WK999902');
    expect(status).toBe(200);
    const body = text(html);
    expect(body).toContain('Wijkplan voor Noordhoek');
    expect(body).toContain('Wijkplan Noordhoek 2026–2029');
    expect(body).not.toContain('Conceptplan Noordhoek Groen');
    expect(html).toContain('href="/wijkplannen?gebied=WK999902"');
  });

  it('says so when an area has no plan', async () => {
    expect(text((await page('/wijken/WK999901')).html)).toMatch(/Voor .+ is nog geen vastgesteld wijkplan\./);
  });
});
