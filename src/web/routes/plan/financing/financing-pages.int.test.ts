import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMunicipalityId } from '../../../../../test/bearer.ts';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { financingDb } from '../../../../modules/plan/financing/financing.tables.ts';
import {
  type FinancingFixture,
  insertFinancingFixture,
} from '../../../../modules/plan/financing/financing-fixtures.ts';

// The financing pages over HTTP without JavaScript: adding, changing and removing budget lines
// (typed in euros), the share from other sources, bad input kept in the form with its messages,
// who sees the form, and the programme overview with its CSV.

let t: TestApp;
let f: FinancingFixture;
let officer: PageBrowser; // Daan Visser, area officer of Noordhoek
let karin: PageBrowser; // co-author for Woonstichting Voorbeeld
let henk: PageBrowser; // resident
let admin: PageBrowser; // Dutch; the demo coordinator uses English

const text = (html: string) => pageText(html).replace(/ ([:.,])/g, '$1');
const financePath = (itemId: string) => `/wijkplannen/${f.planId}/onderdelen/${itemId}/financiering`;

async function lines(itemId: string) {
  return financingDb(t.ctx.db)
    .selectFrom('plan_budget_lines')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  f = await insertFinancingFixture(t.ctx.db, await demoMunicipalityId(t));
  officer = await signedInBrowser(t, 'wijkambtenaar.noordoost@voorbeeld.example', 'demo-noordoost-2026');
  karin = await signedInBrowser(t, 'k.deboer@woonstichting.voorbeeld.example', 'demo-woonstichting-2026');
  henk = await signedInBrowser(t, 'bewoner@voorbeeld.example', 'demo-bewoner-2026');
  admin = await signedInBrowser(t, 'beheerder@voorbeeld.example', 'demo-beheer-2026');
});
afterAll(() => t.close());

describe('the financing page of an intervention', () => {
  it('the area officer adds lines in euros and sees the share from other sources', async () => {
    const first = await officer.submit(financePath(f.interventionId), {
      intent: 'create',
      sourceKind: 'programme_budget',
      sourceOrganisationId: '',
      sourceName: '',
      description: 'Bijdrage wijkbudget',
      year: '2026',
      committed: '30.000',
      spent: '7.500,50',
    });
    expect(first.status).toBe(302);
    expect(first.headers.get('Location')).toBe(`${financePath(f.interventionId)}?saved=created`);
    const second = await karin.submit(financePath(f.interventionId), {
      intent: 'create',
      sourceKind: 'fund',
      sourceOrganisationId: '',
      sourceName: 'Oranje Fonds',
      description: 'Buurtmoestuin',
      year: '2026',
      committed: '20000',
      spent: '',
    });
    expect(second.status).toBe(302);
    expect(
      (await lines(f.interventionId)).map((l) => [Number(l.committed_cents), Number(l.spent_cents)]),
    ).toEqual([
      [3_000_000, 750_050],
      [2_000_000, 0],
    ]);
    const html = await (await officer.get(`${financePath(f.interventionId)}?saved=created`)).text();
    const shown = text(html);
    expect(shown).toContain('De begrotingsregel is toegevoegd.');
    expect(shown).toContain('Oranje Fonds');
    expect(shown).toContain('€ 50.000');
    expect(shown).toContain('40 %'); // the share from other sources
    expect(shown).toContain('Haalt de streefwaarde van 40 % uit andere bronnen.');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Staafdiagram/);
  });

  it('keeps what was typed with the messages when the input is wrong, and writes nothing', async () => {
    const before = (await lines(f.interventionId)).length;
    const res = await officer.submit(financePath(f.interventionId), {
      intent: 'create',
      sourceKind: 'partner',
      sourceOrganisationId: '',
      sourceName: '',
      description: 'Onbekende partner',
      year: '26',
      committed: '1,250',
      spent: 'veel',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    const shown = text(html);
    expect(shown).toContain('Vul een bedrag in euro’s in');
    expect(shown).toContain('Vul een jaar in tussen 2000 en 2100.');
    expect(html).toContain('value="Onbekende partner"');
    expect(html).toContain('value="1,250"');
    // The source rule comes from the service once the amounts are right.
    const noSource = await officer.submit(financePath(f.interventionId), {
      intent: 'create',
      sourceKind: 'partner',
      sourceOrganisationId: '',
      sourceName: '',
      description: '',
      year: '2026',
      committed: '100',
      spent: '',
    });
    expect(noSource.status).toBe(400);
    expect(text(await noSource.text())).toContain('Kies een organisatie of vul de naam van de bron in.');
    expect((await lines(f.interventionId)).length).toBe(before);
  });

  it('changes a line with its version, tells the second editor it moved on, and removes it', async () => {
    const [line] = await lines(f.interventionId);
    if (!line) throw new Error('no line');
    const edit = await (await officer.get(`${financePath(f.interventionId)}?bewerk=${line.id}`)).text();
    expect(edit).toContain('value="30000"');
    expect(edit).toContain('value="7500,50"');
    const fields = {
      intent: 'update',
      lineId: line.id,
      version: String(line.version),
      sourceKind: 'programme_budget',
      sourceOrganisationId: '',
      sourceName: '',
      description: 'Bijdrage wijkbudget',
      year: '2026',
      committed: '32.000',
      spent: '7.500,50',
    };
    const saved = await officer.submit(financePath(f.interventionId), fields);
    expect(saved.status).toBe(302);
    // Someone who loaded the same version before that save is told, and nothing is overwritten.
    const late = await officer.submit(financePath(f.interventionId), { ...fields, committed: '1' });
    expect(late.status).toBe(400);
    expect(text(await late.text())).toContain('Iemand anders heeft deze begrotingsregel intussen gewijzigd');
    expect(Number((await lines(f.interventionId))[0]?.committed_cents)).toBe(3_200_000);

    const removed = await officer.submit(financePath(f.interventionId), {
      intent: 'delete',
      lineId: line.id,
      version: String(line.version + 1),
    });
    expect(removed.status).toBe(302);
    expect((await lines(f.interventionId)).map((l) => l.id)).not.toContain(line.id);
  });

  it('shows the form only to those who may edit; readers read, others are refused', async () => {
    const publicPage = await t.request(financePath(f.interventionId));
    expect(publicPage.status).toBe(200);
    const publicHtml = await publicPage.text();
    expect(publicHtml).not.toContain('name="committed"');
    expect(text(publicHtml)).toContain('Oranje Fonds');
    expect(await (await henk.get(financePath(f.interventionId))).text()).not.toContain('name="committed"');
    // Karin edits the corporation's intervention, not Welzijn's.
    expect(await (await karin.get(financePath(f.interventionId))).text()).toContain('name="committed"');
    expect(await (await karin.get(financePath(f.otherInterventionId))).text()).not.toContain(
      'name="committed"',
    );
    // With a token from a page she may use, the post itself is refused.
    const token =
      (await (await karin.get(financePath(f.interventionId))).text()).match(
        /name="_csrf" value="([^"]+)"/,
      )?.[1] ?? '';
    const refused = await karin.post(financePath(f.otherInterventionId), {
      _csrf: token,
      intent: 'create',
      sourceKind: 'programme_budget',
      year: '2026',
      committed: '100',
    });
    expect(refused.status).toBe(403);
    const visitor = new PageBrowser(t);
    const visitorToken =
      (await (await visitor.get('/inloggen')).text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const anon = await visitor.post(financePath(f.interventionId), {
      _csrf: visitorToken,
      intent: 'create',
      sourceKind: 'programme_budget',
      year: '2026',
      committed: '100',
    });
    expect(anon.status).toBe(403);
    expect((await t.request(`/wijkplannen/${f.planId}/onderdelen/not-an-id/financiering`)).status).toBe(404);
    expect((await t.request(`/wijkplannen/${f.planId}/onderdelen/${f.planId}/financiering`)).status).toBe(
      404,
    );
  });

  it('a goal shows the interventions below it with their totals, in English too', async () => {
    const html = await (
      await t.request(`/wijkplannen/${f.planId}/onderdelen/${f.goalId}/financiering?lang=en`)
    ).text();
    const shown = text(html);
    expect(shown).toContain('This goal or action line has no budget of its own');
    expect(shown).toContain('Opknappen Noorderhof-pleintje');
    expect(html).toContain(`href="${financePath(f.interventionId)}"`);
    expect(html).not.toContain('name="committed"');
  });
});

describe('the programme’s finances page', () => {
  it('shows every project with money and the programme’s share, filtered by year and area', async () => {
    const res = await admin.get('/programma/financien?jaar=2026');
    expect(res.status).toBe(200);
    const shown = text(await res.text());
    expect(shown).toContain('Financiën van het programma');
    expect(shown).toContain('Opknappen Noorderhof-pleintje');
    expect(shown).toContain('Wijkplan Noordhoek 2026–2029');
    const elsewhere = text(await (await admin.get('/programma/financien?gebied=WK999901')).text());
    expect(elsewhere).toContain('Er zijn geen projecten met een begroting die aan dit filter voldoen.');
    const csv = await admin.get('/programma/financien.csv?jaar=2026');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    const csvText = await csv.text();
    expect(csvText, JSON.stringify(csvText)).toContain('Oranje Fonds;Buurtmoestuin;2026;20000,00;0,00');
  });

  it('sends visitors to sign in and refuses residents and partners', async () => {
    const anon = await t.request('/programma/financien', { redirect: 'manual' });
    expect(anon.status).toBe(302);
    expect(anon.headers.get('Location')).toContain('/inloggen?next=');
    expect((await henk.get('/programma/financien')).status).toBe(403);
    expect((await karin.get('/programma/financien')).status).toBe(403);
    expect((await henk.get('/programma/financien.csv')).status).toBe(403);
    // A year that is not a year is ignored rather than an error.
    expect((await admin.get('/programma/financien?jaar=abc&gebied=%3Cx%3E')).status).toBe(200);
  });
});
