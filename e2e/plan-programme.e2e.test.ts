import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../src/core/auth/load-actor.ts';
import { findPersonByEmail } from '../src/core/people/people.repository.ts';
import { assessIdea } from '../src/modules/plan/programme/assess-idea.ts';
import { getFramework } from '../src/modules/plan/programme/framework.ts';
import { programmeDb } from '../src/modules/plan/programme/programme.tables.ts';
import { createSmallPlan, demoEmails, type SmallPlan, voorbeeldId } from '../src/modules/plan/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// A resident submits a project idea without an account, confirms it by the mailed link and
// follows it; the coordinator decides on the idea page; the resident sees the decision with its
// reasons. With JavaScript and without; every programme page type passes axe.

const skip = skipWithoutChromium();

describe.skipIf(skip)('a resident submits a project idea and sees the decision', () => {
  let site: E2eSite;
  let m: string;
  let small: SmallPlan;
  let axeContext: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    m = await voorbeeldId(site.app.ctx.db);
    small = await createSmallPlan(site.app.ctx.db, { title: 'Wijkplan Noordhoek (programma-test)' });
    axeContext = await site.browser.newContext();
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
   * in a page that runs scripts, at the same address so the styles load.
   */
  async function expectAxeClean(page: Page, js = true) {
    let violations: Awaited<ReturnType<typeof axeViolations>>;
    if (js) violations = await axeViolations(page);
    else {
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      const target = await axeContext.newPage();
      await target.goto(page.url());
      await target.setContent(html, { waitUntil: 'load' });
      violations = await axeViolations(target);
      await target.close();
    }
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  async function lastMailTo(email: string) {
    const rows = await site.app.ctx.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text'])
      .where('recipient', '=', email)
      .orderBy('created_at')
      .execute();
    return rows.at(-1);
  }

  /** The coordinator's scores, straight through the service (the page form is tested elsewhere). */
  async function assessAsCoordinator(ideaId: string) {
    const db = site.app.ctx.db;
    const person = await findPersonByEmail(db, m, demoEmails.coordinator);
    if (!person) throw new Error('no coordinator');
    const actor = await loadActor(db, m, person);
    const f = await getFramework(db, m);
    const strong = new Set(['social_cohesion', 'ownership', 'positive_image']);
    await assessIdea({ db, actor, meta: {} }, ideaId, {
      scores: [...f.effects, ...f.criteria].map((c) => ({
        criterionId: c.id,
        score: strong.has(c.code) || c.kind === 'criterion' ? 'substantial' : 'none',
        motivation: `Onderbouwing: ${c.name}.`,
      })),
    });
  }

  for (const javaScriptEnabled of [false, true]) {
    const js = javaScriptEnabled ? 'on' : 'off';

    it(`from the form to the decision on the status page (JavaScript ${js})`, async () => {
      const email = `moestuin-${js}@example.org`;
      const title = `Buurtmoestuin Noorderhof ${js}`;
      const resident = await site.browser.newContext({ javaScriptEnabled });
      const page = await resident.newPage();
      await page.goto(`${site.baseUrl}/projecten/indienen`);
      await expectAxeClean(page, javaScriptEnabled);

      // A mistake first: the error summary names the fields.
      await page.getByRole('button', { name: 'Idee versturen' }).click();
      await page.getByRole('alert').first().waitFor();
      expect(await page.getByRole('alert').first().textContent()).toContain('Naam van het project');
      await expectAxeClean(page, javaScriptEnabled);

      await page.getByLabel('Wijk of gebied').selectOption('BU99990202');
      await page.getByLabel('Naam van het project').fill(title);
      await page
        .getByLabel('Het idee in een paar zinnen')
        .fill('Samen een moestuin op het binnenhof, met bakken op hoogte.');
      await page.getByLabel('Sociale cohesie').check();
      await page.getByLabel('Eigenaarschap in de eigen wijk').check();
      await page.getByLabel(/Hoe gaat het project door/).fill('De bewonersvereniging beheert de tuin.');
      await page.getByLabel(/Wat kost het ongeveer/).fill('8500');
      await page.getByLabel('Uw e-mailadres').fill(email);
      await page.getByLabel('Ja, dat is goed').check();
      await page.getByRole('button', { name: 'Idee versturen' }).click();
      await page.waitForURL(/verzonden=1/);
      await expectAxeClean(page, javaScriptEnabled);

      // The confirmation link: a button, then the status page.
      const confirmPath = (await lastMailTo(email))?.body_text.match(
        /\/projecten\/bevestigen\/[A-Za-z0-9_.-]+/,
      )?.[0];
      expect(confirmPath).toBeTruthy();
      await page.goto(`${site.baseUrl}${confirmPath}`);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('link', { name: 'Bekijk de stand van uw idee' }).click();
      await page.waitForURL(/\/projecten\/volgen\//);
      const followUrl = page.url();
      expect(await page.getByTestId('idea-status').textContent()).toContain('Ingediend');
      await expectAxeClean(page, javaScriptEnabled);

      const row = await programmeDb(site.app.ctx.db)
        .selectFrom('project_ideas')
        .select('id')
        .where('submitter_email', '=', email)
        .executeTakeFirstOrThrow();
      await assessAsCoordinator(row.id);

      // The coordinator decides on the idea page (English is his language).
      const office = await site.browser.newContext({ javaScriptEnabled });
      const staff = await office.newPage();
      await signInAs(staff, site.baseUrl, demoEmails.coordinator, 'demo-regie-2026');
      for (const path of ['/projecten', '/programma/effecten', '/programma/samenhang?gebied=WK999902']) {
        await staff.goto(`${site.baseUrl}${path}`);
        await expectAxeClean(staff, javaScriptEnabled);
      }
      await staff.goto(`${site.baseUrl}/projecten/${row.id}`);
      expect(await staff.getByTestId('rule-outcome').textContent()).toBe('Meets the rule');
      await expectAxeClean(staff, javaScriptEnabled);
      await staff.getByRole('combobox', { name: 'Decision' }).selectOption('accept');
      await staff
        .getByLabel('Reasons for the submitter')
        .fill('De tuin dient drie effecten en de bewoners beheren hem zelf.');
      await staff.getByLabel('Action line (when accepting)').selectOption(small.actionLine.id);
      await staff.getByRole('button', { name: 'Record decision' }).click();
      await staff.waitForURL(/saved=decide/);
      expect(await staff.getByTestId('idea-status').textContent()).toContain('Accepted');
      await expectAxeClean(staff, javaScriptEnabled);
      await office.close();

      // The resident reloads the status page and sees the decision with its reasons.
      await page.goto(followUrl);
      expect(await page.getByTestId('idea-status').textContent()).toContain('Aangenomen');
      expect(await page.getByRole('main').textContent()).toContain(
        'De tuin dient drie effecten en de bewoners beheren hem zelf.',
      );
      await expectAxeClean(page, javaScriptEnabled);
      await page.goto(`${followUrl}?lang=en`);
      expect(await page.getByTestId('idea-status').textContent()).toContain('Accepted');
      await expectAxeClean(page, javaScriptEnabled);
      expect((await lastMailTo(email))?.subject).toContain('aangenomen');
      await resident.close();
    }, 240_000);
  }

  it('every programme page passes axe in English too, the invalid link included', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const path of [
      '/projecten/indienen?lang=en',
      '/projecten/volgen/ongeldig?lang=en',
      '/programma/effecten?lang=en',
    ]) {
      await page.goto(`${site.baseUrl}${path}`);
      await expectAxeClean(page);
    }
    await context.close();
  }, 120_000);
});
