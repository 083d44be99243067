import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { getInitiativeSettings } from '../../../../modules/initiatives/config/get-settings.ts';
import { getCategory, listKinds } from '../../../../modules/initiatives/config/list-categories.ts';
import { residentMessage } from '../../../../modules/initiatives/config/resident-message.ts';
import { initiativesDb } from '../../../../modules/initiatives/initiatives.tables.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
  personId,
} from '../../../../modules/initiatives/testing.ts';

// The configuration pages as HTML over HTTP without JavaScript: who may open them, every form
// (settings, kinds, categories with extra questions, routing rules with moves and the test,
// texts to residents with preview and reset), errors at their fields, lost updates.

let t: TestApp;
let f: InitiativesFixture;
let coordinator: PageBrowser;
const text = pageText;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  f = await createInitiativesFixture(t.ctx.db);
  coordinator = await signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');
  // Yusuf Demir reads English; these tests read the Dutch pages (the language switch's cookie).
  await coordinator.get('/beheer/meldingen?lang=nl');
});
afterAll(() => t.close());

const pages = [
  '/beheer/meldingen',
  '/beheer/meldingen/instellingen',
  '/beheer/meldingen/soorten',
  '/beheer/meldingen/categorieen',
  '/beheer/meldingen/categorieen/nieuw',
  '/beheer/meldingen/routering',
  '/beheer/meldingen/berichten',
  '/beheer/meldingen/berichten/question',
];

describe('who may open the configuration', () => {
  it('visitors sign in first; residents and department officers get 403; unknown ids 404', async () => {
    const anonymous = await new PageBrowser(t).get('/beheer/meldingen/routering');
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/inloggen?next=');
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    const department = await signedInBrowser(t, demoEmails.department, 'demo-openbareruimte-2026');
    for (const path of pages) {
      expect((await resident.get(path)).status).toBe(403);
      expect((await department.get(path)).status).toBe(403);
    }
    expect((await department.post('/beheer/meldingen/soorten', { code: 'x', name: 'x' })).status).toBe(403);
    expect(
      (await coordinator.get('/beheer/meldingen/categorieen/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await coordinator.get('/beheer/meldingen/categorieen/geen-id')).status).toBe(404);
    expect((await coordinator.get('/beheer/meldingen/berichten/onbekend')).status).toBe(404);
    expect(
      (await coordinator.get('/beheer/meldingen/routering/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('the coordinator and the administrator open every page', async () => {
    const admin = await signedInBrowser(t, demoEmails.admin, 'demo-beheer-2026');
    for (const path of pages) {
      expect((await coordinator.get(path)).status, path).toBe(200);
      expect((await admin.get(path)).status, path).toBe(200);
    }
    const overview = text(await (await coordinator.get('/beheer/meldingen')).text());
    expect(overview).toContain('Routering');
    expect(overview).toContain('Berichten aan melders');
    const english = text(await (await admin.get('/beheer/meldingen/routering?lang=en')).text());
    expect(english).toContain('Where does a report go?');
  });
});

describe('settings', () => {
  it('shows the defaults, refuses bad numbers at their field and saves', async () => {
    const page = text(await (await coordinator.get('/beheer/meldingen/instellingen')).text());
    expect(page).toContain('standaardwaarden');
    const bad = await coordinator.submit('/beheer/meldingen/instellingen', {
      version: '0',
      escalationWorkingDays: '5',
      reopenDays: '14',
      retentionDays: '5',
      publicMap: 'true',
    });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain('Bewaartermijn contactgegevens (dagen)');
    expect((await getInitiativeSettings(t.ctx.db, f.municipalityId)).version).toBe(0);

    const ok = await coordinator.submit('/beheer/meldingen/instellingen', {
      version: '0',
      liberationDayOff: 'true',
      escalationWorkingDays: '3',
      reopenDays: '14',
      retentionDays: '730',
    });
    expect(ok.status).toBe(302);
    expect(await getInitiativeSettings(t.ctx.db, f.municipalityId)).toMatchObject({
      liberationDayOff: true,
      publicMap: false,
      escalationWorkingDays: 3,
      retentionDays: 730,
      version: 1,
    });
    // The same form again (still version 0): someone else saved in between.
    const stale = await coordinator.submit('/beheer/meldingen/instellingen', {
      version: '0',
      escalationWorkingDays: '4',
      reopenDays: '14',
      retentionDays: '730',
    });
    expect(stale.status).toBe(409);
    expect(text(await stale.text())).toContain('Iemand anders heeft dit intussen gewijzigd');
  });
});

describe('kinds and categories', () => {
  it('adds a kind and edits it; a bad code is explained', async () => {
    const bad = await coordinator.submit('/beheer/meldingen/soorten', {
      code: 'Fout!',
      name: '',
      position: '5',
    });
    expect(bad.status).toBe(400);
    const badText = text(await bad.text());
    expect(badText).toContain('kleine letters');
    expect(badText).toContain('Naam (Nederlands)');
    const ok = await coordinator.submit('/beheer/meldingen/soorten', {
      code: 'compliment',
      name: 'Compliment',
      description: 'Iets wat goed ging.',
      position: '5',
      active: 'true',
    });
    expect(ok.status).toBe(302);
    const kind = (await listKinds(t.ctx.db, f.municipalityId, { activeOnly: false })).find(
      (k) => k.code === 'compliment',
    );
    expect(kind).toMatchObject({ name: 'Compliment', active: true, budgetRequest: false });
    const listed = text(await (await coordinator.get(ok.headers.get('location') ?? '')).text());
    expect(listed).toContain('Compliment is toegevoegd');
    const edit = await coordinator.submit(`/beheer/meldingen/soorten/${kind?.id}`, {
      name: 'Compliment voor de buurt',
      nameEn: 'Compliment',
      position: '6',
    });
    expect(edit.status).toBe(302);
    expect(
      (await listKinds(t.ctx.db, f.municipalityId, { activeOnly: false })).find((k) => k.id === kind?.id),
    ).toMatchObject({ name: 'Compliment voor de buurt', active: false, position: 6 });
  });

  it('adds a category with an extra question, then changes and removes the question', async () => {
    const fields = {
      kindId: f.kinds.signal,
      name: 'Kapotte bank',
      nameEn: 'Broken bench',
      help: 'Een bank in het park of op straat is kapot.',
      nextSteps: 'Wij repareren de bank binnen tien werkdagen.',
      ownerOrganisationId: f.organisations.publicSpace,
      handlingDays: '10',
      dayType: 'working',
      keywords: 'bank, zitbank; park',
      active: 'true',
      onPublicMap: 'true',
      attrCount: '0',
      'attr-code-new': 'schade',
      'attr-description-new': 'Wat is er kapot?',
      'attr-datatype-new': 'singlevaluelist',
      'attr-values-new': 'leuning=Leuning\nzitting=Zitting',
      'attr-required-new': 'true',
    };
    const noValues = await coordinator.submit('/beheer/meldingen/categorieen/nieuw', {
      ...fields,
      code: 'kapotte-bank',
      'attr-values-new': '',
    });
    expect(noValues.status).toBe(400);
    const noValuesText = await noValues.text();
    expect(text(noValuesText)).toContain('Geef bij een lijstvraag minstens één keuze');
    expect(noValuesText).toContain('href="#field-attr-values-new"');

    const created = await coordinator.submit('/beheer/meldingen/categorieen/nieuw', {
      ...fields,
      code: 'kapotte-bank',
    });
    expect(created.status).toBe(302);
    const id = (created.headers.get('location') ?? '').match(/categorieen\/([0-9a-f-]{36})/)?.[1] ?? '';
    const category = await getCategory(t.ctx.db, f.municipalityId, id);
    expect(category).toMatchObject({
      code: 'kapotte-bank',
      nameEn: 'Broken bench',
      keywords: ['bank', 'zitbank', 'park'],
      onPublicMap: true,
      handlingDays: 10,
      version: 1,
      attributes: [
        {
          code: 'schade',
          datatype: 'singlevaluelist',
          required: true,
          values: [
            { key: 'leuning', name: 'Leuning' },
            { key: 'zitting', name: 'Zitting' },
          ],
        },
      ],
    });
    const editPage = await (await coordinator.get(`/beheer/meldingen/categorieen/${id}`)).text();
    expect(editPage).toContain('leuning=Leuning');

    const changed = await coordinator.submit(`/beheer/meldingen/categorieen/${id}`, {
      ...fields,
      version: '1',
      handlingDays: '7',
      attrCount: '1',
      'attr-code-0': 'schade',
      'attr-description-0': 'Wat is er kapot?',
      'attr-datatype-0': 'singlevaluelist',
      'attr-values-0': 'leuning=Leuning',
      'attr-remove-0': 'true',
      'attr-code-new': '',
      'attr-description-new': '',
    });
    expect(changed.status).toBe(302);
    expect(await getCategory(t.ctx.db, f.municipalityId, id)).toMatchObject({
      handlingDays: 7,
      attributes: [],
      version: 2,
    });

    const stale = await coordinator.submit(`/beheer/meldingen/categorieen/${id}`, {
      ...fields,
      version: '1',
    });
    expect(stale.status).toBe(409);
    const list = text(await (await coordinator.get('/beheer/meldingen/categorieen')).text());
    expect(list).toContain('Kapotte bank');
    expect(list).toContain('7 werkdagen');
  });
});

describe('routing rules', () => {
  it('adds rules, moves them, tests where a report goes, edits and deletes', async () => {
    const priya = await personId(t.ctx.db, demoEmails.department);
    const wrongPerson = await coordinator.submit('/beheer/meldingen/routering', {
      intent: 'create',
      targetOrganisationId: f.organisations.socialDomain,
      targetPersonId: priya,
      active: 'true',
    });
    expect(wrongPerson.status).toBe(400);
    expect(text(await wrongPerson.text())).toContain('hoort niet bij de gekozen organisatie');

    const first = await coordinator.submit('/beheer/meldingen/routering', {
      intent: 'create',
      categoryId: f.categories.pavement,
      areaCode: 'WK999902',
      targetOrganisationId: f.organisations.housing,
      note: 'Stoepen van de woonstichting',
      active: 'true',
    });
    expect(first.status).toBe(302);
    const second = await coordinator.submit('/beheer/meldingen/routering', {
      intent: 'create',
      kindId: f.kinds.signal,
      targetOrganisationId: f.organisations.publicSpace,
      targetPersonId: priya,
      active: 'true',
    });
    expect(second.status).toBe(302);
    const rules = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_routing_rules')
      .select(['id', 'position', 'version', 'target_organisation_id'])
      .orderBy('position')
      .execute();
    expect(rules.map((r) => r.target_organisation_id)).toEqual([
      f.organisations.housing,
      f.organisations.publicSpace,
    ]);

    const test = async () =>
      text(
        await (
          await coordinator.get(
            `/beheer/meldingen/routering?categorie=${f.categories.pavement}&gebied=BU99990202`,
          )
        ).text(),
      );
    expect(await test()).toContain('gaat naar Woonstichting Voorbeeld, door regel 1');

    const [top, bottom] = rules;
    const moved = await coordinator.submit('/beheer/meldingen/routering', {
      intent: 'move',
      ruleId: bottom?.id ?? '',
      version: String(bottom?.version),
      direction: 'up',
    });
    expect(moved.status).toBe(302);
    expect(await test()).toContain('door regel 1');
    expect(await test()).toContain('Afdeling Openbare Ruimte (Priya Ramdin)');
    // The form of a rule that moved on (old version) is refused.
    const staleMove = await coordinator.submit('/beheer/meldingen/routering', {
      intent: 'move',
      ruleId: top?.id ?? '',
      version: String(top?.version),
      direction: 'up',
    });
    expect(staleMove.status).toBe(409);

    const unknownArea = text(
      await (
        await coordinator.get(`/beheer/meldingen/routering?categorie=${f.categories.pavement}&gebied=XX`)
      ).text(),
    );
    expect(unknownArea).toContain('Dit gebied bestaat niet');
    const noRule = text(
      await (
        await coordinator.get(
          `/beheer/meldingen/routering?categorie=${f.categories.careQuestion}&gebied=BU99990101`,
        )
      ).text(),
    );
    expect(noRule).toContain('geen regel past, dus de eigenaar van de categorie');

    const rulePage = `/beheer/meldingen/routering/${bottom?.id}`;
    const current = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_routing_rules')
      .select('version')
      .where('id', '=', bottom?.id ?? '')
      .executeTakeFirstOrThrow();
    const edited = await coordinator.submit(rulePage, {
      intent: 'update',
      version: String(current.version),
      kindId: f.kinds.signal,
      targetOrganisationId: f.organisations.publicSpace,
      targetPersonId: '',
      note: 'Alle signalen',
      active: 'true',
    });
    expect(edited.status).toBe(302);
    expect(text(await (await coordinator.get(edited.headers.get('location') ?? '')).text())).toContain(
      'De wijzigingen zijn opgeslagen',
    );
    expect(await test()).toContain('gaat naar Afdeling Openbare Ruimte, door regel 1');

    const deleted = await coordinator.submit(rulePage, {
      intent: 'delete',
      version: String(current.version + 1),
    });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get('location')).toContain('saved=deleted');
    expect(await test()).toContain('gaat naar Woonstichting Voorbeeld, door regel 1');
  });
});

describe('texts to residents', () => {
  it('previews without saving, refuses unknown placeholders, saves and resets', async () => {
    const path = '/beheer/meldingen/berichten/question';
    const preview = await coordinator.submit(path, {
      intent: 'preview',
      locale: 'nl',
      'subject-nl': 'Een vraag over {reference}',
      'body-nl': 'Beste melder,\n\n{question}\n\n{link}',
    });
    expect(preview.status).toBe(200);
    const previewText = text(await preview.text());
    expect(previewText).toContain('Een vraag over M-2026-000123');
    expect(previewText).toContain('Bij welk huisnummer ligt de tegel?');
    expect(
      await initiativesDb(t.ctx.db).selectFrom('initiative_message_templates').selectAll().execute(),
    ).toHaveLength(0);

    const bad = await coordinator.submit(path, {
      intent: 'save',
      locale: 'en',
      'subject-en': 'Question {nummer}',
      'body-en': 'Text',
    });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain('Onbekend invulveld: {nummer}');

    const saved = await coordinator.submit(path, {
      intent: 'save',
      locale: 'nl',
      'subject-nl': 'Een vraag over {reference}',
      'body-nl': 'Beste melder,\n\n{question}\n\n{link}',
    });
    expect(saved.status).toBe(302);
    expect(
      (
        await residentMessage(t.ctx.db, f.municipalityId, 'question', 'nl', {
          reference: 'M-1',
          question: 'Q?',
        })
      ).subject,
    ).toBe('Een vraag over M-1');
    const list = text(await (await coordinator.get('/beheer/meldingen/berichten')).text());
    expect(list).toContain('Eigen tekst');

    const reset = await coordinator.submit(path, { intent: 'reset', locale: 'nl' });
    expect(reset.status).toBe(302);
    expect(
      (await residentMessage(t.ctx.db, f.municipalityId, 'question', 'nl', { reference: 'M-1' })).subject,
    ).toBe('Wij hebben een vraag over uw melding (M-1)');
  });
});
