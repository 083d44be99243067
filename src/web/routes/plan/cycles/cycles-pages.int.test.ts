import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { createItem } from '../../../../modules/plan/create-item.ts';
import { cycleDb } from '../../../../modules/plan/cycles/cycles.tables.ts';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../../../../modules/plan/testing.ts';

// The pages of planning cycles, the plan's timeline and the wijktoets over HTTP without
// JavaScript: forms with their errors, the version check, the SVG with its tables, and who sees what.

let t: TestApp;
let small: SmallPlan;

const passwords: Record<string, string> = {
  [demoEmails.admin]: 'demo-beheer-2026',
  [demoEmails.officerNoordhoek]: 'demo-noordoost-2026',
  [demoEmails.officerCentrum]: 'demo-centrum-2026',
  [demoEmails.corporation]: 'demo-woonstichting-2026',
  [demoEmails.department]: 'demo-openbareruimte-2026',
  [demoEmails.resident]: 'demo-bewoner-2026',
};
const as = (email: string) => signedInBrowser(t, email, passwords[email] as string);

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  small = await createSmallPlan(t.ctx.db);
  await createItem(await ctxFor(t.ctx.db, demoEmails.officerNoordhoek), small.plan.id, {
    parentId: small.actionLine.id,
    title: 'Bankjes op het plein',
    startDate: '2026-05-01',
    endDate: '2026-06-30',
  });
});
afterAll(() => t.close());

async function cycleNamed(name: string) {
  return cycleDb(t.ctx.db)
    .selectFrom('planning_cycles')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
}

describe('planning cycle pages', () => {
  // The administrator (Dutch); the coordinator of the demo works in English.
  it('register the municipality’s cycle through the form, with errors on the right row', async () => {
    expect((await new PageBrowser(t).get('/planningscycli/nieuw')).status).toBe(302);
    expect((await (await as(demoEmails.resident)).get('/planningscycli/nieuw')).status).toBe(403);
    const coordinator = await as(demoEmails.admin);
    const fields = {
      rows: '3',
      organisationId: '',
      name: 'Planning- en controlcyclus',
      description: 'Kadernota, begroting en jaarrekening.',
      'deadlines.0.title': '',
      'deadlines.0.day': '',
      'deadlines.1.title': 'Voorjaarsnota',
      'deadlines.1.purpose': 'plan',
      'deadlines.1.everyMonths': '12',
      'deadlines.1.month': '2',
      'deadlines.1.day': '30',
      'deadlines.2.title': 'Begroting naar de raad',
      'deadlines.2.purpose': 'budget',
      'deadlines.2.everyMonths': '12',
      'deadlines.2.month': '11',
      'deadlines.2.day': '15',
    };
    const bad = await coordinator.submit('/planningscycli/nieuw', fields);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(pageText(html)).toContain('Deadline 2: Dag: Deze maand heeft zoveel dagen niet.');
    expect(html).toContain('href="#field-deadlines-1-day"');
    expect(html).toContain('value="Voorjaarsnota"');
    expect(await cycleNamed('Planning- en controlcyclus')).toBeUndefined();

    const ok = await coordinator.submit('/planningscycli/nieuw', { ...fields, 'deadlines.1.day': '28' });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('/planningscycli?saved=created');
    const list = pageText(await (await new PageBrowser(t).get('/planningscycli?saved=created')).text());
    expect(list).toContain('De planningscyclus is vastgelegd.');
    expect(list).toContain('Gemeente: Planning- en controlcyclus');
    expect(list).toContain('elk jaar op 15 november');
    expect(list).toContain('Deadlines in de komende twaalf maanden');
    const en = pageText(await (await new PageBrowser(t).get('/planningscycli?lang=en')).text());
    expect(en).toContain('every year on 15 November');
  });

  it('let only its keepers change a cycle, and show a late editor what is saved now', async () => {
    const cycle = await cycleNamed('Planning- en controlcyclus');
    if (!cycle) throw new Error('cycle missing');
    const path = `/planningscycli/${cycle.id}`;
    expect((await (await as(demoEmails.corporation)).get(path)).status).toBe(403);
    expect((await new PageBrowser(t).get('/planningscycli/geen-cyclus')).status).toBe(302);
    const coordinator = await as(demoEmails.admin);
    expect((await coordinator.get('/planningscycli/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const form = await (await coordinator.get(path)).text();
    expect(form).toContain('name="version" value="1"');

    const fields = {
      intent: 'save',
      rows: '3',
      version: '1',
      name: 'P&C-cyclus',
      description: '',
      'deadlines.0.title': 'Begroting naar de raad',
      'deadlines.0.purpose': 'budget',
      'deadlines.0.everyMonths': '12',
      'deadlines.0.month': '11',
      'deadlines.0.day': '10',
    };
    expect((await coordinator.submit(path, fields)).status).toBe(302);
    const late = await coordinator.submit(path, { ...fields, name: 'Iets anders' });
    expect(late.status).toBe(409);
    const text = pageText(await late.text());
    expect(text).toContain('Iemand anders heeft deze planningscyclus intussen gewijzigd.');
    expect(text).toContain('Zoals het nu is opgeslagen');
    expect((await cycleNamed('P&C-cyclus'))?.version).toBe(2);

    const gone = await coordinator.submit(path, { intent: 'delete' });
    expect(gone.headers.get('location')).toBe('/planningscycli?saved=deleted');
    expect(await cycleNamed('P&C-cyclus')).toBeUndefined();
  });
});

describe('the timeline page', () => {
  it('draws the plan by owner as SVG with tables of the same facts and what needs attention', async () => {
    const officer = await as(demoEmails.officerNoordhoek);
    const res = await officer.get(`/wijkplannen/${small.plan.id}/tijdlijn`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<svg role="img" aria-labelledby="plan-timeline-title plan-timeline-desc"/);
    const text = pageText(html);
    expect(text).toContain('Tijdlijn van Wijkplan Noordhoek 2026–2029');
    expect(text).toContain('Onderdelen zonder eigenaar: 3');
    expect(text).toContain('Onderdelen van Woonstichting Voorbeeld');
    expect(text).toContain('Onderdelen van Geen eigenaar');
    expect(text).toMatch(/Bankjes op het plein .*Geen eigenaar, Geen geld op tijd/);
    const en = pageText(await (await officer.get(`/wijkplannen/${small.plan.id}/tijdlijn?lang=en`)).text());
    expect(en).toContain('Items without an owner: 3');
  });

  it('is not there for who may not read a draft', async () => {
    const draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Conceptplan Oosterpark' });
    const path = `/wijkplannen/${draft.plan.id}/tijdlijn`;
    expect((await new PageBrowser(t).get(path)).status).toBe(404);
    expect((await (await as(demoEmails.resident)).get(path)).status).toBe(404);
    expect((await (await as(demoEmails.officerNoordhoek)).get(path)).status).toBe(200);
    expect((await new PageBrowser(t).get('/wijkplannen/geen-plan/tijdlijn')).status).toBe(404);
  });
});

describe('wijktoets pages', () => {
  it('let a department ask, an officer answer for their area, and show it in the plan’s area', async () => {
    const department = await as(demoEmails.department);
    const form = await department.get(`/wijktoetsen/nieuw?plan=${small.plan.id}&gebied=WK999902`);
    expect(form.status).toBe(200);
    const bad = await department.submit('/wijktoetsen/nieuw', {
      title: '',
      proposal: '',
      answerBy: 'morgen',
    });
    expect(bad.status).toBe(400);
    const badText = pageText(await bad.text());
    expect(badText).toContain('Welke gebieden: Kies minstens één gebied.');

    const created = await department.submit('/wijktoetsen/nieuw', {
      title: 'Herinrichting Molenstraat',
      proposal: 'Minder parkeerplaatsen en meer groen in de Molenstraat vanaf 2027.',
      question: 'Wie moeten we in de wijk zeker spreken?',
      planId: small.plan.id,
      areaCodes: ['WK999902'],
      answerBy: '2099-03-01',
    });
    expect(created.status).toBe(302);
    const path = (created.headers.get('location') ?? '').replace(/\?.*$/, '');
    expect(path).toMatch(/^\/wijktoetsen\/[0-9a-f-]{36}$/);

    const officer = await as(demoEmails.officerNoordhoek);
    const empty = await officer.submit(path, {
      intent: 'answer',
      areaCode: 'WK999902',
      'verdict-WK999902': 'concerns',
      'answer-WK999902': '',
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#field-answer-WK999902"');
    const answered = await officer.submit(path, {
      intent: 'answer',
      areaCode: 'WK999902',
      'verdict-WK999902': 'supports_with_conditions',
      'answer-WK999902': 'Betrek de Bewonersvereniging Noordhoek bij het ontwerp.',
    });
    expect(answered.status).toBe(302);
    const page = pageText(await (await officer.get(path)).text());
    expect(page).toContain('Positief, met voorwaarden');
    expect(page).toContain('Beantwoord door Daan Visser');

    const timeline = pageText(await (await officer.get(`/wijkplannen/${small.plan.id}/tijdlijn`)).text());
    expect(timeline).toContain('Wijktoetsen in dit gebied');
    expect(timeline).toContain('Betrek de Bewonersvereniging Noordhoek bij het ontwerp.');

    const list = pageText(await (await officer.get('/wijktoetsen?gebied=WK999902')).text());
    expect(list).toContain('Herinrichting Molenstraat');
    expect(list).toContain('1 van 1');

    // Another area's officer reads it but has no form; residents get no list at all.
    const centrum = await (await as(demoEmails.officerCentrum)).get(path);
    expect(await centrum.text()).not.toContain('name="verdict-WK999902"');
    expect((await (await as(demoEmails.resident)).get('/wijktoetsen')).status).toBe(403);
    expect((await (await as(demoEmails.resident)).get(path)).status).toBe(404);
  });
});
