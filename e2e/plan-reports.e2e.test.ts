import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudgetLine } from '../src/modules/plan/financing/write-budget-line.ts';
import { createSmallPlan, ctxFor, demoEmails } from '../src/modules/plan/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The corporation's co-author adds a resident's voice to her intervention and finds it in the
// plan's progress report; the programme office reads the programme report. With JavaScript and
// without; axe (WCAG 2.1 AA) on every page type of the part; printing hides the site's chrome.

const skip = skipWithoutChromium();

describe.skipIf(skip)('progress reports (browser)', () => {
  let site: E2eSite;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe on the page as it is. In a context without JavaScript, Chromium 150 here leaves axe's
   * asynchronous run unresolved ("Resulting promise was garbage collected", on every page, the
   * sign-in page too), so the DOM the no-JS visitor got is checked in a scripting page instead,
   * with the site's scripts left out so that nothing changes it.
   */
  async function expectNoViolations(page: Page, what: string) {
    let target = page;
    if (page.context() !== withJs) {
      const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
      target = await withJs.newPage();
      await target.route('**/*', (route) =>
        route.request().resourceType() === 'script' ? route.abort() : route.continue(),
      );
      await target.goto(`${site.baseUrl}/healthz`);
      await target.setContent(html.replace('<head>', `<head><base href="${site.baseUrl}/">`), {
        waitUntil: 'load',
      });
    }
    const violations = await axeViolations(target);
    if (target !== page) await target.close();
    expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  }

  /** A page in a fresh context without JavaScript, signed in. */
  async function withoutJsAs(email: string, password: string): Promise<Page> {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, site.baseUrl, email, password);
    return page;
  }

  for (const label of ['with JavaScript', 'without JavaScript']) {
    it(`a co-author adds a voice that the report then quotes (${label})`, async () => {
      const js = label === 'with JavaScript';
      const small = await createSmallPlan(site.app.ctx.db, {
        title: `Wijkplan Noordhoek rapport ${js ? 'A' : 'B'}`,
      });
      const officer = await ctxFor(site.app.ctx.db, demoEmails.officerNoordhoek);
      await createBudgetLine(officer, small.plan.id, small.corporationIntervention.id, {
        sourceKind: 'programme_budget',
        year: 2026,
        committedCents: 1_200_000,
        spentCents: 300_000,
      });
      const page = await (js ? withJs : withoutJs).newPage();
      await signInAs(page, site.baseUrl, demoEmails.corporation, 'demo-woonstichting-2026');

      await page.goto(`${site.baseUrl}/wijkplannen/${small.plan.id}/rapportage`);
      await expectNoViolations(page, 'plan report');
      await Promise.all([
        page.waitForURL(/\/rapportage\/stemmen$/),
        page.getByRole('link', { name: 'Stemmen toevoegen of verwijderen' }).click(),
      ]);
      await expectNoViolations(page, 'voices');

      await page.getByLabel('Uitspraak', { exact: true }).fill('De portiek voelt weer van ons allemaal.');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByRole('alert').first().waitFor();
      await page.getByText('Bevestig dat de spreker toestemming heeft gegeven.').first().waitFor();
      await expectNoViolations(page, 'voices with errors');

      await page.getByLabel('Hoe wil de spreker genoemd worden?').fill('Bewoner van het Molenveld');
      await page.getByLabel('De spreker heeft toestemming gegeven', { exact: false }).check();
      await Promise.all([
        page.waitForURL(/saved=added/),
        page.getByRole('button', { name: 'Toevoegen' }).click(),
      ]);
      expect(await page.getByRole('status').textContent()).toContain('De stem is toegevoegd.');

      await page.goto(`${site.baseUrl}/wijkplannen/${small.plan.id}/rapportage`);
      expect(await page.locator('blockquote').first().textContent()).toContain(
        'De portiek voelt weer van ons allemaal.',
      );
      expect(await page.getByRole('img', { name: /Voortgang per doel en actielijn/ }).isVisible()).toBe(true);

      // Printed, the page is the report alone: no site navigation, no download links.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('heading', { name: 'Downloaden' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The downloads are files.
      const pdf = await page.request.get(`${site.baseUrl}/wijkplannen/${small.plan.id}/rapportage.pdf`);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      await page.close();
    });
  }

  it('the programme office reads the programme report (axe, without JavaScript)', async () => {
    const page = await withoutJsAs(demoEmails.coordinator, 'demo-regie-2026');
    await page.goto(`${site.baseUrl}/programma/rapportage?lang=nl`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Voortgangsrapportage programma',
    );
    await expectNoViolations(page, 'programme report');
    await page.goto(`${site.baseUrl}/programma/rapportage?lang=en`);
    await expectNoViolations(page, 'programme report (English)');
    await page.context().close();
  });
});
