import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmallPlan, type SmallPlan } from '../src/modules/plan/testing.ts';
import { addMeasurements } from '../src/web/routes/plan/public/public-pages.testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// A resident finds the neighbourhood plan of Noordhoek from the menu, reads its goals, approaches
// and actions, and opens one action; with JavaScript and without. A co-author from the housing
// corporation sees an edit link for the corporation's own action only. Every page type of the
// public plan pages passes axe (WCAG 2.1 AA), in Dutch and English.

const skip = skipWithoutChromium();
const title = 'Wijkplan Noordhoek voor bewoners';

describe.skipIf(skip)('the neighbourhood plan for residents (browser)', () => {
  let site: E2eSite;
  let small: SmallPlan;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    small = await createSmallPlan(site.app.ctx.db, { title });
    await addMeasurements(site.app.ctx.db, small);
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
   * in a page that runs scripts, at the same address so the styles load.
   */
  async function expectNoViolations(page: Page, what: string, js = true) {
    let target = page;
    if (!js) {
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      target = await withJs.newPage();
      await target.goto(page.url());
      await target.setContent(html, { waitUntil: 'load' });
    }
    const violations = await axeViolations(target);
    if (target !== page) await target.close();
    expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  }

  for (const label of ['with JavaScript', 'without JavaScript']) {
    describe(label, () => {
      const context = () => (label === 'with JavaScript' ? withJs : withoutJs);

      it('finds the plan of the wijk from the menu and reads an action', async () => {
        const page = await context().newPage();
        await page.goto(`${site.baseUrl}/`);
        await Promise.all([
          page.waitForURL(/\/wijkplannen$/),
          page
            .getByRole('navigation', { name: /hoofdmenu|menu/i })
            .getByRole('link', { name: 'Wijkplannen' })
            .click(),
        ]);
        await page.getByLabel('Wijk of gebied').selectOption({ label: 'Noordhoek' });
        await Promise.all([
          page.waitForURL(/gebied=WK999902/),
          page.getByRole('button', { name: 'Toon plannen' }).click(),
        ]);
        await expect.poll(() => page.locator('h1').textContent()).toBe('Wijkplannen van Noordhoek');
        await Promise.all([
          page.waitForURL(new RegExp(`/wijkplannen/${small.plan.id}$`)),
          page.getByRole('link', { name: title }).click(),
        ]);
        await expect.poll(() => page.locator('h1').textContent()).toBe(title);
        await expect(page.getByRole('heading', { name: 'Wat we willen bereiken' }).isVisible()).resolves.toBe(
          true,
        );
        await expect(
          page.getByRole('img', { name: /Bewoners die hun buren kennen door de tijd/ }).count(),
        ).resolves.toBe(1);
        await Promise.all([
          page.waitForURL(/\/onderdelen\//),
          page.getByRole('link', { name: 'Portiekgesprekken Molenveld' }).first().click(),
        ]);
        await expect.poll(() => page.locator('h1').textContent()).toBe('Portiekgesprekken Molenveld');
        expect(await page.getByRole('main').textContent()).toContain('30% klaar');
        await Promise.all([
          page.waitForURL(new RegExp(`/wijkplannen/${small.plan.id}$`)),
          page.getByRole('link', { name: 'Terug naar het plan' }).click(),
        ]);
        await page.close();
      });

      const pages = () => {
        const id = small.plan.id;
        return [
          '/wijkplannen',
          '/wijkplannen?gebied=WK999901',
          `/wijkplannen/${id}`,
          `/wijkplannen/${id}/onderdelen/${small.goal.id}`,
          `/wijkplannen/${id}/onderdelen/${small.actionLine.id}`,
          `/wijkplannen/${id}/onderdelen/${small.corporationIntervention.id}`,
          '/wijken/WK999902',
          `/wijkplannen/${id}?lang=en`,
          `/wijkplannen/${id}/onderdelen/${small.goal.id}?lang=en`,
          '/wijkplannen?lang=nl',
        ];
      };
      const names = [
        'the list',
        'the list of an area without plans',
        'the plan',
        'a goal',
        'an approach',
        'an action',
        'the area page with its plan section',
        'the plan in English',
        'a goal in English',
        'the list in Dutch by choice',
      ];
      names.forEach((name, i) => {
        it(`axe: ${name}`, async () => {
          const path = pages()[i] as string;
          const page = await context().newPage();
          const res = await page.goto(`${site.baseUrl}${path}`);
          expect(res?.status(), path).toBe(200);
          await expectNoViolations(page, `${label}: ${path}`, label === 'with JavaScript');
          await page.close();
        }, 120_000);
      });
    });
  }

  it('a co-author of the housing corporation gets an edit link for its own action only, and the page passes axe', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, site.baseUrl, 'k.deboer@woonstichting.voorbeeld.example', 'demo-woonstichting-2026');
    await page.goto(`${site.baseUrl}/wijkplannen/${small.plan.id}`);
    const edit = page.getByRole('link', { name: /^Bewerken/ });
    expect(await edit.count()).toBe(1);
    expect(await edit.getAttribute('href')).toBe(
      `/wijkplannen/${small.plan.id}/onderdelen/${small.corporationIntervention.id}/bewerken`,
    );
    await expectNoViolations(page, 'plan page for a co-author');
    await context.close();
  });

  it('the area officer sees the plan with all its edit actions, and the page passes axe', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, site.baseUrl, 'wijkambtenaar.noordoost@voorbeeld.example', 'demo-noordoost-2026');
    await page.goto(`${site.baseUrl}/wijkplannen/${small.plan.id}`);
    expect(await page.getByRole('link', { name: 'Plan bewerken' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Bewerken/ }).count()).toBe(4);
    await expectNoViolations(page, 'plan page for the area officer', false);
    await page.goto(`${site.baseUrl}/wijkplannen`);
    await expectNoViolations(page, 'plan list for the area officer', false);
    await context.close();
  });
});
