import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import { planDb } from '../../../../modules/plan/plan.tables.ts';
import {
  createSmallPlan,
  ctxFor,
  demoEmails,
  organisationId,
  type SmallPlan,
} from '../../../../modules/plan/testing.ts';

// The plan edit pages over HTTP without JavaScript: starting a plan, its text and state, members,
// adding and editing items with milestones and indicators, who may open which page, bad input,
// and the lost-update attempt through two browsers: the second editor is shown both versions.

let t: TestApp;
let small: SmallPlan;

const text = (html: string) => pageText(html).replace(/ ([:.,])/g, '$1');
const officerLogin = [demoEmails.officerNoordhoek, 'demo-noordoost-2026'] as const;
const corporationLogin = [demoEmails.corporation, 'demo-woonstichting-2026'] as const;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  small = await createSmallPlan(t.ctx.db);
});
afterAll(() => t.close());

describe('plan pages', () => {
  it('an area officer starts a plan, names its members and edits its text', async () => {
    const b = await signedInBrowser(t, ...officerLogin);
    const form = await (await b.get('/wijkplannen/nieuw')).text();
    expect(form).toMatch(/<h1[^>]*>Nieuw wijkplan<\/h1>/);
    expect(form).toContain('value="WK999904"');
    // Centrum is not Daan's area.
    expect(form).not.toContain('value="WK999901"');
    const bad = await b.submit('/wijkplannen/nieuw', {
      areaCode: 'WK999904',
      title: '',
      periodStart: '2027-01-01',
      periodEnd: '2026-01-01',
    });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain('Titel: Vul dit veld in.');
    const backwards = await b.submit('/wijkplannen/nieuw', {
      areaCode: 'WK999904',
      title: 'Achterstevoren',
      periodStart: '2027-01-01',
      periodEnd: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(text(await backwards.text())).toContain('De einddatum ligt voor de begindatum.');
    const created = await b.submit('/wijkplannen/nieuw', {
      areaCode: 'WK999904',
      title: 'Wijkplan Oosterpark',
      summary: 'Samen zorgen we voor een park waar iedereen graag komt.',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
      state: 'draft',
    });
    expect(created.status).toBe(302);
    const membersPath = created.headers.get('location') as string;
    expect(membersPath).toMatch(/^\/wijkplannen\/[0-9a-f-]{36}\/leden$/);
    const planId = membersPath.split('/')[2] as string;

    const welfare = await organisationId(t.ctx.db, 'Welzijn Voorbeeld');
    const added = await b.submit(membersPath, { intent: 'add', organisationId: welfare, role: 'co_author' });
    expect(added.status).toBe(302);
    const members = text(await (await b.get(`${membersPath}?saved=member`)).text());
    expect(members).toContain('Welzijn Voorbeeld');
    expect(members).toContain('De leden zijn bijgewerkt.');
    const again = await b.submit(membersPath, { intent: 'add', organisationId: welfare, role: 'reader' });
    expect(again.status).toBe(400);

    // People by the e-mail address of their account: a resident as co-author.
    const unknown = await b.submit(membersPath, {
      intent: 'addPerson',
      personEmail: 'niemand@voorbeeld.example',
      role: 'co_author',
    });
    expect(unknown.status).toBe(400);
    expect(text(await unknown.text())).toContain('Er is geen account met dit e-mailadres in deze gemeente.');
    const person = await b.submit(membersPath, {
      intent: 'addPerson',
      personEmail: 'bewoner@voorbeeld.example',
      role: 'co_author',
    });
    expect(person.status).toBe(302);
    const withPerson = text(await (await b.get(membersPath)).text());
    expect(withPerson).toContain('Henk Mulder');

    const edit = await (await b.get(`/wijkplannen/${planId}/bewerken`)).text();
    expect(edit).toContain('name="version" value="1"');
    const saved = await b.submit(`/wijkplannen/${planId}/bewerken`, {
      version: '1',
      title: 'Wijkplan Oosterpark 2026–2028',
      summary: 'Samen zorgen we voor een park waar iedereen graag komt.',
      vision: 'Een park voor iedereen.',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
      state: 'adopted',
    });
    expect(saved.status).toBe(302);
    const view = await getPlanView(await ctxFor(t.ctx.db), planId);
    expect([view.plan.title, view.plan.state, view.plan.version]).toEqual([
      'Wijkplan Oosterpark 2026–2028',
      'adopted',
      2,
    ]);
  });

  it('the edit pages are for managers: a co-author gets 403, the public is sent to sign in, an unknown plan 404', async () => {
    const corp = await signedInBrowser(t, ...corporationLogin);
    expect((await corp.get(`/wijkplannen/${small.plan.id}/bewerken`)).status).toBe(403);
    expect((await corp.get(`/wijkplannen/${small.plan.id}/leden`)).status).toBe(403);
    expect((await corp.get('/wijkplannen/nieuw')).status).toBe(403);
    expect(
      (await corp.get(`/wijkplannen/${small.plan.id}/onderdelen/${small.welfareIntervention.id}/bewerken`))
        .status,
    ).toBe(403);
    const anonymous = await t.request(`/wijkplannen/${small.plan.id}/bewerken`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/inloggen?next=');
    const officer = await signedInBrowser(t, ...officerLogin);
    expect((await officer.get('/wijkplannen/00000000-0000-4000-8000-000000000000/bewerken')).status).toBe(
      404,
    );
    expect((await officer.get('/wijkplannen/kapot/bewerken')).status).toBe(404);
  });
});

describe('item pages', () => {
  it('a co-author adds an intervention for their organisation and keeps its milestones', async () => {
    const b = await signedInBrowser(t, ...corporationLogin);
    const path = `/wijkplannen/${small.plan.id}/onderdelen/nieuw?onder=${small.actionLine.id}`;
    const form = await (await b.get(path)).text();
    expect(form).toMatch(/<h1[^>]*>Nieuw onderdeel: Interventie of project<\/h1>/);
    // Under a goal a co-author adds nothing.
    expect(
      (await b.get(`/wijkplannen/${small.plan.id}/onderdelen/nieuw?onder=${small.goal.id}`)).status,
    ).toBe(403);
    const created = await b.submit(path, {
      intent: 'item',
      title: 'Opknapbeurt portiek Molenstraat',
      status: 'planned',
      startDate: '2026-05-01',
      endDate: '2026-07-01',
      areaCodes: ['BU99990201'],
    });
    expect(created.status).toBe(302);
    const editPath = (created.headers.get('location') as string).replace(/\?.*$/, '');
    const itemId = editPath.split('/')[4] as string;
    const view = await getPlanView(await ctxFor(t.ctx.db), small.plan.id);
    const item = view.tree[0]?.children[0]?.children.find((n) => n.item.id === itemId)?.item;
    expect(item?.ownerOrganisation?.name).toBe('Woonstichting Voorbeeld');
    expect(item?.areas.map((a) => a.code)).toEqual(['BU99990201']);

    expect(
      (await b.submit(editPath, { intent: 'milestone-add', title: 'Offerte', dueDate: '2026-05-15' })).status,
    ).toBe(302);
    const bad = await b.submit(editPath, { intent: 'milestone-add', title: '', dueDate: '15 mei' });
    expect(bad.status).toBe(400);
    const milestone = (
      await planDb(t.ctx.db)
        .selectFrom('plan_milestones')
        .select('id')
        .where('item_id', '=', itemId)
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (
        await b.submit(editPath, {
          intent: 'milestone-done',
          milestoneId: milestone,
          title: 'Offerte',
          dueDate: '2026-05-15',
        })
      ).status,
    ).toBe(302);
    const page = text(await (await b.get(editPath)).text());
    expect(page).toContain('Offerte weer openzetten');
    expect(
      (
        await b.submit(editPath, {
          intent: 'indicator-add',
          name: 'Tevreden bewoners',
          unit: '%',
          baseline: '55',
          target: '75',
        })
      ).status,
    ).toBe(302);
    expect((await b.submit(editPath, { intent: 'delete' })).status).toBe(302);
  });

  it('the lost-update attempt: the second editor is told, sees both versions, and chooses', async () => {
    const officer = await signedInBrowser(t, ...officerLogin);
    const corp = await signedInBrowser(t, ...corporationLogin);
    const item = small.corporationIntervention;
    const path = `/wijkplannen/${small.plan.id}/onderdelen/${item.id}/bewerken`;
    // Both open the form at the same version.
    const officerForm = await (await officer.get(path)).text();
    const corpForm = await (await corp.get(path)).text();
    const version = officerForm.match(/name="version" value="(\d+)"/)?.[1] as string;
    expect(corpForm).toContain(`name="version" value="${version}"`);
    const fields = {
      intent: 'item',
      title: item.title,
      description: '',
      status: 'running',
      weight: '',
      startDate: '2026-03-01',
      ownerOrganisationId: item.ownerOrganisation?.id ?? '',
      contactPersonId: item.contactPerson?.id ?? '',
      themes: '',
      areaCodes: ['BU99990201'],
    };
    // Karin saves progress first.
    const first = await corp.submit(path, { ...fields, version, progress: '80', endDate: '2026-10-31' });
    expect(first.status).toBe(302);
    // Daan saves another end date from the version he opened: nothing is overwritten, he is told.
    const second = await officer.submit(path, { ...fields, version, progress: '30', endDate: '2026-12-31' });
    expect(second.status).toBe(409);
    const html = await second.text();
    const body = text(html);
    expect(body).toContain('Iemand anders heeft dit intussen opgeslagen');
    expect(body).toMatch(/Voortgang \(0 tot 100 procent\) 30 80 Verschilt/);
    expect(body).toMatch(/Einddatum 2026-12-31 2026-10-31 Verschilt/);
    expect(body).toContain('De opgeslagen versie houden (mijn wijzigingen vervallen)');
    // The form holds his values and now starts from the saved version.
    const current = String(Number(version) + 1);
    expect(html).toContain(`name="version" value="${current}"`);
    expect(html).toMatch(/name="progress"[^>]*value="30"/);
    let view = await getPlanView(await ctxFor(t.ctx.db), small.plan.id);
    const saved = () => view.tree[0]?.children[0]?.children.find((n) => n.item.id === item.id)?.item;
    expect([saved()?.progress, saved()?.endDate]).toEqual([80, '2026-10-31']);
    // He chooses: keep her progress, his end date.
    const chosen = await officer.post(path, {
      _csrf: html.match(/name="_csrf" value="([^"]+)"/)?.[1] as string,
      ...fields,
      version: current,
      progress: '80',
      endDate: '2026-12-31',
    });
    expect(chosen.status).toBe(302);
    view = await getPlanView(await ctxFor(t.ctx.db), small.plan.id);
    expect([saved()?.progress, saved()?.endDate]).toEqual([80, '2026-12-31']);
  });

  it('shows the item form in English with ?lang=en', async () => {
    const b = await signedInBrowser(t, ...officerLogin);
    const html = await (
      await b.get(`/wijkplannen/${small.plan.id}/onderdelen/${small.goal.id}/bewerken?lang=en`)
    ).text();
    expect(text(html)).toContain('Edit Goal: Buren kennen elkaar');
    expect(text(html)).toContain('Milestones');
  });
});
