import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVersion } from '../src/modules/plan/reviews/create-version.ts';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../src/modules/plan/testing.ts';
import { updateItem } from '../src/modules/plan/update-item.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The area officer of Noordhoek schedules a review moment (peilmoment), holds it — every item a
// verdict, notes where something needs attention — which saves the plan as a version, and then
// compares that version with the adopted one: the action that was re-timed in between shows up.
// With JavaScript and without; axe (WCAG 2.1 AA) on every page type of the part.

const skip = skipWithoutChromium();

describe.skipIf(skip)('the officer holds the review and compares versions (browser)', () => {
  let site: E2eSite;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
    checker = await (await site.browser.newContext()).newPage();
  });
  afterAll(async () => {
    await site?.close();
  });

  let checker: Page;

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
   * in a second page that runs scripts, at the same address so the styles load.
   */
  async function expectNoViolations(page: Page, what: string, js: boolean) {
    expect(await page.getByRole('heading', { level: 1 }).count(), what).toBe(1);
    let target = page;
    if (!js) {
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      await checker.goto(page.url());
      await checker.setContent(html, { waitUntil: 'load' });
      target = checker;
    }
    const violations = await axeViolations(target);
    expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  }

  /** A plan adopted as version 1, whose corporation action is then moved by its owner. */
  async function adoptedPlan(title: string): Promise<SmallPlan> {
    const small = await createSmallPlan(site.app.ctx.db, { title });
    const officer = await ctxFor(site.app.ctx.db, demoEmails.officerNoordhoek);
    await createVersion(officer, small.plan.id, { label: 'Vastgesteld door het college' });
    const karin = await ctxFor(site.app.ctx.db, demoEmails.corporation);
    await updateItem(karin, small.plan.id, small.corporationIntervention.id, {
      version: small.corporationIntervention.version,
      startDate: '2026-05-01',
      endDate: '2027-04-30',
      progress: 45,
    });
    return small;
  }

  for (const label of ['with JavaScript', 'without JavaScript']) {
    it(`schedules, holds and compares (${label})`, async () => {
      const js = label === 'with JavaScript';
      const small = await adoptedPlan(`Wijkplan Noordhoek peilen ${js ? 'A' : 'B'}`);
      const page = await (js ? withJs : withoutJs).newPage();
      await signInAs(page, site.baseUrl, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
      /** Posts a form that comes back with errors: a full page load without JavaScript, in place with it. */
      const submitWithErrors = async (button: string) => {
        const click = page.getByRole('button', { name: button }).click();
        await (js ? click : Promise.all([page.waitForEvent('load'), click]));
        await page.getByRole('alert').first().waitFor();
      };

      // Schedule the review moment; a missing date is explained first.
      await page.goto(`${site.baseUrl}/wijkplannen/${small.plan.id}/peilmomenten`);
      await expectNoViolations(page, 'review moments', js);
      await page.getByLabel('Naam van het peilmoment').fill('Peilmoment najaar');
      await submitWithErrors('Peilmoment plannen');
      await expectNoViolations(page, 'review moments with errors', js);
      await page.getByLabel('Datum', { exact: true }).fill('2026-10-15');
      await Promise.all([
        page.waitForURL(/saved=scheduled/),
        page.getByRole('button', { name: 'Peilmoment plannen' }).click(),
      ]);
      await Promise.all([
        page.waitForURL(/\/peilmomenten\/[0-9a-f-]+$/),
        page.getByRole('link', { name: 'Peilmoment najaar' }).click(),
      ]);
      await expectNoViolations(page, 'holding a review', js);

      // Every item a verdict; the moved action needs attention, with a note.
      const verdict = (item: string, choice: string) =>
        page
          .getByRole('group', { name: `Oordeel over ${item}` })
          .getByLabel(choice)
          .check();
      await verdict('Buren kennen elkaar', 'Op koers');
      await verdict('Portieken als ontmoetingsplek', 'Op koers');
      await verdict('Portiekgesprekken Molenveld', 'Aandacht nodig');
      // Completing too early: the missing note and verdict are named.
      await submitWithErrors('Peilmoment afronden en plan als versie bewaren');
      const summary = (await page.getByRole('alert').first().textContent()) ?? '';
      expect(summary).toContain('Oordeel over Burendag in de Vogelbuurt');
      expect(summary).toContain('Schrijf bij dit oordeel kort wat er speelt');
      await expectNoViolations(page, 'holding a review with errors', js);
      await page
        .getByLabel('Toelichting bij Portiekgesprekken Molenveld')
        .fill('Start een maand later: de corporatie wacht op de nieuwe huurderscommissie.');
      await verdict('Burendag in de Vogelbuurt', 'Bijstellen');
      await page
        .getByLabel('Toelichting bij Burendag in de Vogelbuurt')
        .fill('Samen met de school organiseren.');
      await page.getByLabel('Samenvatting van het peilmoment').fill('Twee bijstellingen afgesproken.');
      await Promise.all([
        page.waitForURL(/saved=held/),
        page.getByRole('button', { name: 'Peilmoment afronden en plan als versie bewaren' }).click(),
      ]);
      const outcome = (await page.getByRole('main').textContent()) ?? '';
      expect(outcome).toContain('Het peilmoment is afgerond en het plan is bewaard als versie 2.');
      expect(outcome).toContain('2 op koers, 1 aandacht nodig, 1 bijstellen');
      await expectNoViolations(page, 'a held review', js);

      // The history: compare the adopted version with the one the review saved.
      await Promise.all([
        page.waitForURL(/\/versies$/),
        page
          .getByRole('navigation', { name: 'Peilmomenten en versies' })
          .getByRole('link', { name: 'Versies' })
          .click(),
      ]);
      await expectNoViolations(page, 'versions', js);
      await page.getByLabel('Van versie').selectOption({ label: 'Versie 1: Vastgesteld door het college' });
      await page.getByLabel('Naar versie').selectOption({ label: 'Versie 2: Peilmoment najaar' });
      await Promise.all([
        page.waitForURL(/\/versies\/vergelijken\?van=/),
        page.getByRole('button', { name: 'Vergelijken' }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toContain('Versie 1 en versie 2');
      const retimed = page.getByRole('table', { name: 'Verschoven in de tijd' });
      const row = retimed.getByRole('row', { name: /Portiekgesprekken Molenveld/ });
      expect(await row.textContent()).toContain('1 mei 2026 tot 30 april 2027');
      expect(await page.getByRole('table', { name: 'Andere voortgang' }).textContent()).toContain('45%');
      await expectNoViolations(page, 'comparing versions', js);
      await page.goto(`${page.url()}&lang=en`);
      expect(await page.getByRole('table', { name: 'Re-timed' }).count()).toBe(1);
      await expectNoViolations(page, 'comparing versions (English)', js);
      await page.close();
    }, 300_000);
  }
});
