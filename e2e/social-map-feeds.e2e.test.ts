import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedDb } from '../src/modules/social-map/feeds/feeds.tables.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The calendar feed pages in Chromium, with and without JavaScript: axe-core (WCAG 2.1 AA) on the
// list, the form (also with its errors), one feed (also with a failed fetch and the delete
// confirmation), in Dutch and English; and registering a feed and fetching it without JavaScript.

const skip = skipWithoutChromium();

describe.skipIf(skip)('social map feed pages', () => {
  let site: E2eSite;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  let demoFeed: string;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
    for (const c of [withJs, withoutJs])
      await signInAs(
        await c.newPage(),
        site.baseUrl,
        'wijkambtenaar.noordoost@voorbeeld.example',
        'demo-noordoost-2026',
      );
    const row = await feedDb(site.app.ctx.db)
      .selectFrom('social_map_feeds')
      .select('id')
      .where('name', '=', 'Agenda Buurthuis De Schakel')
      .executeTakeFirstOrThrow();
    demoFeed = row.id;
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
    expect(await page.locator('h1').count(), what).toBe(1);
    let target = page;
    if (!js) {
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      await checker.goto(page.url());
      await checker.setContent(html, { waitUntil: 'load' });
      target = checker;
    }
    const violations = await axeViolations(target);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  }

  const pages = () => [
    '/sociale-kaart/agenda-koppelingen',
    '/sociale-kaart/agenda-koppelingen?lang=en',
    '/sociale-kaart/agenda-koppelingen?status=error',
    '/sociale-kaart/agenda-koppelingen/nieuw',
    '/sociale-kaart/agenda-koppelingen/nieuw?lang=en',
    `/sociale-kaart/agenda-koppelingen/${demoFeed}`,
    `/sociale-kaart/agenda-koppelingen/${demoFeed}?lang=en`,
    `/sociale-kaart/agenda-koppelingen/${demoFeed}?verwijderen=1`,
  ];
  for (const js of [true, false]) {
    it(`every feed page passes axe ${js ? 'with' : 'without'} JavaScript`, async () => {
      const page = await (js ? withJs : withoutJs).newPage();
      for (const path of pages()) {
        await page.goto(`${site.baseUrl}${path}`);
        await expectNoViolations(page, path, js);
      }
      await page.close();
    });
  }

  for (const js of [false, true]) {
    it(`registers a feed and fetches it now ${js ? 'with' : 'without'} JavaScript`, async () => {
      const page = await (js ? withJs : withoutJs).newPage();
      // ?lang=nl: the axe tests left the language on English.
      await page.goto(`${site.baseUrl}/sociale-kaart/agenda-koppelingen/nieuw?lang=nl`);
      await page.getByLabel('Webadres van de agenda (.ics)').fill('niet een adres');
      await page.getByRole('button', { name: 'Agenda koppelen' }).click();
      await expect
        .poll(() => page.getByText('Vul een webadres in dat begint met').count())
        .toBeGreaterThan(0);
      await expectNoViolations(page, 'form with errors', js);

      const name = `Agenda Moestuin ${js ? 'A' : 'B'}`;
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page
        .getByLabel('Webadres van de agenda (.ics)')
        .fill(`https://agenda.moestuin-${js ? 'a' : 'b'}.example/agenda.ics`);
      await page.getByLabel('Gebied van de activiteiten').selectOption('WK999902');
      await page.getByRole('button', { name: 'Agenda koppelen' }).click();
      await page.waitForURL(/\/agenda-koppelingen\/[0-9a-f-]{36}/);
      await expect.poll(() => page.locator('h1').textContent()).toBe(name);
      await expect.poll(() => page.getByText('Nog niet opgehaald').count()).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Nu ophalen' }).click();
      await expect
        .poll(() => page.getByText('Ophalen is niet gelukt: Dit is een voorbeeldadres').count())
        .toBeGreaterThan(0);
      await expect.poll(() => page.getByText('Fout bij ophalen').count()).toBeGreaterThan(0);
      await expectNoViolations(page, 'failed fetch', js);
      await page.close();
    });
  }
});
