import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { getFramework } from '../../../../modules/plan/programme/framework.ts';
import { programmeDb } from '../../../../modules/plan/programme/programme.tables.ts';
import {
  createSmallPlan,
  demoEmails,
  type SmallPlan,
  voorbeeldId,
} from '../../../../modules/plan/testing.ts';

// The programme pages as HTML over HTTP without JavaScript: a resident submits an idea (errors at
// their fields, honeypot), confirms it and follows it by the private link; the coordinator
// assesses (the rule with its reasons), decides, and the resident reads the decision; the
// framework and coherence pages; who may see what.

let t: TestApp;
let m: string;
let small: SmallPlan;
const text = pageText;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  m = await voorbeeldId(t.ctx.db);
  small = await createSmallPlan(t.ctx.db);
});
afterAll(() => t.close());

const coordinator = () => signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');

async function mailsTo(to: string) {
  return t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text'])
    .where('recipient', '=', to)
    .orderBy('created_at')
    .execute();
}

function link(body: string | undefined, segment: string): string {
  const found = (body ?? '').match(new RegExp(`(/projecten/${segment}/[A-Za-z0-9_.-]+)`));
  if (!found?.[1]) throw new Error(`no ${segment} link in ${body}`);
  return found[1];
}

const ideaFields = (email: string) => ({
  areaCode: 'BU99990202',
  title: 'Repair Café in De Schakel',
  summary: 'Eén zaterdag per maand repareren vrijwilligers kapotte spullen samen met de eigenaar.',
  durability: 'Vrijwilligers van de bewonersvereniging dragen het; De Schakel geeft de ruimte.',
  budgetEuros: '3200',
  submitterName: 'Wim',
  submitterEmail: email,
});

describe('a resident submits a project idea and sees the decision', () => {
  it('goes from the form to the decision on the status page', async () => {
    const resident = new PageBrowser(t);
    const form = await resident.get('/projecten/indienen');
    expect(form.status).toBe(200);
    const formText = text(await form.text());
    expect(formText).toContain('Een projectidee indienen');
    expect(formText).toContain('Eigenaarschap in de eigen wijk');
    expect(formText).toContain('minstens 3 van deze effecten');

    // Mistakes are explained at their fields and nothing is kept.
    const bad = await resident.submit('/projecten/indienen', {
      ...ideaFields('wim@example.org'),
      title: '',
      submitterEmail: 'wim',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#field-consent"');
    const bad2 = await resident.submit('/projecten/indienen', {
      ...ideaFields('wim@example.org'),
      title: '',
      submitterEmail: 'wim',
      consent: 'yes',
    });
    expect(bad2.status).toBe(400);
    const bad2Html = await bad2.text();
    expect(bad2Html).toContain('href="#field-title"');
    expect(bad2Html).toContain('href="#field-submitterEmail"');
    expect(bad2Html).toContain(
      '>Vrijwilligers van de bewonersvereniging dragen het; De Schakel geeft de ruimte.</textarea>',
    );

    // A bot filling in the honeypot is answered as usual; nothing is kept.
    const bot = await resident.submit('/projecten/indienen', {
      ...ideaFields('bot@example.org'),
      consent: 'yes',
      homepage: 'x',
    });
    expect(bot.status).toBe(302);
    expect(await mailsTo('bot@example.org')).toHaveLength(0);

    const ok = await resident.submit('/projecten/indienen', {
      ...ideaFields('wim@example.org'),
      consent: 'yes',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('/projecten/indienen?verzonden=1');
    expect(text(await (await resident.get('/projecten/indienen?verzonden=1')).text())).toContain(
      'bevestig uw idee',
    );

    // The confirmation link shows a button; the click leads to the status page.
    const confirmPath = link((await mailsTo('wim@example.org'))[0]?.body_text, 'bevestigen');
    expect(text(await (await resident.get(confirmPath)).text())).toContain('Klik op de knop');
    const confirmed = await resident.submit(confirmPath, {});
    expect(confirmed.status).toBe(200);
    const followPath = link(await confirmed.text(), 'volgen');
    const status = text(await (await resident.get(followPath)).text());
    expect(status).toContain('Status: Ingediend');
    expect(status).toContain('Er is nog geen besluit');
    expect((await resident.get(`${followPath}x`)).status).toBe(410);

    // The coordinator (English) assesses: a score without motivation is explained, then saved.
    const [row] = await programmeDb(t.ctx.db)
      .selectFrom('project_ideas')
      .select(['id'])
      .where('submitter_email', '=', 'wim@example.org')
      .execute();
    const ideaPath = `/projecten/${row?.id}`;
    const boss = await coordinator();
    expect(text(await (await boss.get('/projecten')).text())).toContain('Repair Café in De Schakel');
    const ideaPage = await boss.get(ideaPath);
    expect(ideaPage.status).toBe(200);
    expect(text(await ideaPage.text())).toContain('Assessment not yet complete');
    const framework = await getFramework(t.ctx.db, m);
    const criteria = [...framework.effects, ...framework.criteria];
    const missing = await boss.submit(ideaPath, {
      intent: 'assess',
      criterionId: criteria.map((c) => c.id),
      [`score-${criteria[0]?.id}`]: 'substantial',
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain(`href="#field-motivation-${criteria[0]?.id}"`);
    const strong = new Set(['social_cohesion', 'ownership', 'employment']);
    const scoreFields: Record<string, string | string[]> = {
      intent: 'assess',
      criterionId: criteria.map((c) => c.id),
    };
    for (const c of criteria) {
      scoreFields[`score-${c.id}`] = strong.has(c.code) ? 'substantial' : 'some';
      scoreFields[`motivation-${c.id}`] = `Onderbouwing bij ${c.name}.`;
    }
    const assessed = await boss.submit(ideaPath, scoreFields);
    expect(assessed.status).toBe(302);
    const afterAssess = text(await (await boss.get(`${ideaPath}?saved=assess`)).text());
    expect(afterAssess).toContain('Meets the rule');
    expect(afterAssess).toContain(
      'Draagt substantieel bij aan 3 van de 6 effecten'
        .replace('Draagt substantieel bij aan', 'Contributes substantially to')
        .replace('van de', 'of the')
        .replace('effecten', 'effects'),
    );
    expect(afterAssess).toContain(
      'Yusuf Demir: Substantial contribution — Onderbouwing bij Sociale cohesie.',
    );

    // The decision: accept without an action line is explained; with one, it becomes an intervention.
    const noLine = await boss.submit(ideaPath, {
      intent: 'decide',
      decision: 'accept',
      reason: 'Sterk idee.',
      version: '2',
    });
    expect(noLine.status).toBe(400);
    expect(await noLine.text()).toContain('href="#field-actionLineId"');
    const versionNow =
      (await (await boss.get(ideaPath)).text()).match(/name="version" value="(\d+)"/)?.[1] ?? '';
    const decided = await boss.submit(ideaPath, {
      intent: 'decide',
      decision: 'accept',
      reason: 'Het Repair Café verbindt buren en leert jongeren een vak.',
      actionLineId: small.actionLine.id,
      version: versionNow,
    });
    expect(decided.status).toBe(302);
    const after = text(await (await boss.get(`${ideaPath}?saved=decide`)).text());
    expect(after).toContain('Status: Accepted');
    expect(after).toContain('Intervention in the neighbourhood plan');

    // The resident sees the decision with its reasons, and the mail said so too.
    const seen = text(await (await resident.get(followPath)).text());
    expect(seen).toContain('Status: Aangenomen');
    expect(seen).toContain('Het Repair Café verbindt buren en leert jongeren een vak.');
    expect(seen).toContain('Bekijk het wijkplan');
    expect((await mailsTo('wim@example.org')).at(-1)?.subject).toBe(
      'Uw projectidee is aangenomen: Repair Café in De Schakel',
    );
  });

  it('keeps the staff pages from people who may not see them', async () => {
    const anon = new PageBrowser(t);
    const list = await anon.get('/projecten');
    expect(list.status).toBe(302);
    expect(list.headers.get('location')).toContain('/inloggen');
    const [row] = await programmeDb(t.ctx.db)
      .selectFrom('project_ideas')
      .select(['id'])
      .where('status', '=', 'accepted')
      .execute();
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect((await resident.get(`/projecten/${row?.id}`)).status).toBe(404);
    expect((await resident.get('/projecten/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await resident.get('/programma/samenhang?gebied=WK999902')).status).toBe(403);
    const centrum = await signedInBrowser(t, demoEmails.officerCentrum, 'demo-centrum-2026');
    expect((await centrum.get(`/projecten/${row?.id}`)).status).toBe(404);
    expect(text(await (await centrum.get('/projecten')).text())).toContain('Er zijn geen projectideeën');
  });
});

describe('framework and coherence pages', () => {
  it('shows the framework to anyone; a coordinator changes it, mistakes explained', async () => {
    const anon = new PageBrowser(t);
    const page = text(await (await anon.get('/programma/effecten')).text());
    expect(page).toContain('Een project moet substantieel bijdragen aan minstens 3 van de 6 effecten.');
    expect(page).not.toContain('Effectenkader aanpassen');

    const boss = await coordinator();
    const f = await getFramework(t.ctx.db, m);
    const fields: Record<string, string | string[]> = {
      version: String(f.version),
      minSubstantial: '9',
      'effect-id': f.effects.map((e) => e.id),
      'criterion-id': f.criteria.map((c) => c.id),
    };
    f.effects.forEach((e, i) => {
      fields[`effect-name-${i}`] = e.name;
      fields[`effect-description-${i}`] = e.description;
      fields[`effect-active-${i}`] = 'yes';
    });
    f.criteria.forEach((c, i) => {
      fields[`criterion-name-${i}`] = c.name;
      fields[`criterion-minScore-${i}`] = 'some';
      fields[`criterion-active-${i}`] = 'yes';
    });
    const tooHigh = await boss.submit('/programma/effecten', fields);
    expect(tooHigh.status).toBe(400);
    expect(await tooHigh.text()).toContain('href="#field-minSubstantial"');
    const ok = await boss.submit('/programma/effecten', {
      ...fields,
      minSubstantial: '3',
      'effect-name-new': 'Gezondheid',
      'effect-description-new': 'Bewoners bewegen meer en eten gezonder.',
    });
    expect(ok.status).toBe(302);
    const saved = text(await (await anon.get('/programma/effecten')).text());
    expect(saved).toContain('minstens 3 van de 7 effecten');
    expect(saved).toContain('Gezondheid');
  });

  it('shows per area the projects, the goals no project serves and the projects serving no goal', async () => {
    const boss = await coordinator();
    const html = await (await boss.get('/programma/samenhang?gebied=WK999902')).text();
    const page = text(html);
    expect(page).toContain('Coherence in Noordhoek');
    expect(page).toContain('Repair Café in De Schakel');
    // The accepted idea serves the plan's goal through its action line.
    expect(page).toContain('None: every goal has at least one project.');
    expect((await boss.get('/programma/samenhang?gebied=ONBEKEND')).status).toBe(404);
  });
});
