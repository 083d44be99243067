import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmallPlan, demoEmails, type SmallPlan } from '../src/modules/plan/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The plan edit pages in Chromium, with and without JavaScript: every page type passes axe
// (WCAG 2.1 AA), in Dutch and English. (The lost-update flow is covered by the page and API
// integration tests.)

const skip = skipWithoutChromium();

describe.skipIf(skip)('editing a plan (browser)', () => {
  let site: E2eSite;
  let small: SmallPlan;
  let officerJs: BrowserContext;
  let officerNoJs: BrowserContext;
  let corporation: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    small = await createSmallPlan(site.app.ctx.db, { title: 'Wijkplan Noordhoek (bewerken)' });
    officerJs = await site.browser.newContext();
    officerNoJs = await site.browser.newContext({ javaScriptEnabled: false });
    corporation = await site.browser.newContext({ javaScriptEnabled: false });
    for (const [context, email, password] of [
      [officerJs, demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      [officerNoJs, demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      [corporation, demoEmails.corporation, 'demo-woonstichting-2026'],
    ] as const) {
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, email, password);
      await page.close();
    }
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe needs JavaScript in the page: for a page without it, the server's HTML (scripts left out)
   * is checked in a page that runs scripts, at the same address so the styles load.
   */
  async function expectNoViolations(page: Page, what: string, js = true) {
    let target = page;
    const checker = js ? null : await site.browser.newContext();
    try {
      if (checker) {
        const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
        target = await checker.newPage();
        await target.goto(page.url());
        await target.setContent(html, { waitUntil: 'load' });
      }
      const violations = await axeViolations(target);
      expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
    } finally {
      await checker?.close();
    }
  }

  const pages = () => {
    const plan = `/wijkplannen/${small.plan.id}`;
    return [
      '/wijkplannen/nieuw',
      `${plan}/bewerken`,
      `${plan}/leden`,
      `${plan}/onderdelen/nieuw?onder=${small.actionLine.id}`,
      `${plan}/onderdelen/${small.corporationIntervention.id}/bewerken`,
    ];
  };

  for (const label of ['with JavaScript', 'without JavaScript']) {
    for (const index of [0, 1, 2, 3, 4]) {
      it(`edit page ${index + 1} of 5 passes axe ${label}, in Dutch and English`, {
        timeout: 180_000,
      }, async () => {
        const page = await (label === 'with JavaScript' ? officerJs : officerNoJs).newPage();
        const path = pages()[index] as string;
        for (const lang of ['', 'lang=en']) {
          const url = `${site.baseUrl}${path}${lang ? (path.includes('?') ? '&' : '?') + lang : ''}`;
          const res = await page.goto(url);
          expect(res?.status(), url).toBe(200);
          expect(await page.locator('h1').count()).toBe(1);
          await expectNoViolations(page, url, label === 'with JavaScript');
        }
        await page.close();
      });
    }
  }
});
