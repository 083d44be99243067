import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The area officer's pages in Chromium, with and without JavaScript: axe-core (WCAG 2.1 AA) on
// the overview, the settings and the import pages in Dutch and English, and an import from
// upload through the dry run to the report without JavaScript.

const skip = skipWithoutChromium();

describe.skipIf(skip)('social map officer pages', () => {
  let site: E2eSite;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  let checker: Page;

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is
   * checked in a second page that runs scripts, at the same address so the styles load.
   */
  async function violationsOf(page: Page, js: boolean) {
    if (js) return axeViolations(page);
    const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
    await checker.goto(page.url());
    await checker.setContent(html, { waitUntil: 'load' });
    return axeViolations(checker);
  }

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
    for (const c of [withJs, withoutJs])
      await signInAs(await c.newPage(), site.baseUrl, 'beheerder@voorbeeld.example', 'demo-beheer-2026');
    checker = await (await site.browser.newContext()).newPage();
  });
  afterAll(async () => {
    await site?.close();
  });

  const pages = [
    '/sociale-kaart/overzicht',
    '/sociale-kaart/overzicht/WK999901',
    '/sociale-kaart/overzicht/WK999901?lang=en',
    '/sociale-kaart/overzicht/BU99990101',
    '/sociale-kaart/instellingen',
    '/sociale-kaart/instellingen?lang=en',
    '/sociale-kaart/importeren',
    '/sociale-kaart/importeren?lang=en',
  ];
  for (const path of pages) {
    for (const js of [true, false]) {
      it(`${path} passes axe ${js ? 'with' : 'without'} JavaScript`, async () => {
        const page = await (js ? withJs : withoutJs).newPage();
        await page.goto(`${site.baseUrl}${path}`);
        const violations = await violationsOf(page, js);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.close();
      });
    }
  }

  it('imports a CSV without JavaScript: upload, map the columns, dry run report (axe on each step)', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.baseUrl}/sociale-kaart/importeren?lang=nl`);
    await page.getByLabel('CSV met eigen kolommen').check();
    await page.getByLabel('Bestand(en)').setInputFiles({
      name: 'lijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Naam,Straat,Postcode,Plaats\nBuurtbieb Testhoek,Dorpsstraat 2,3511AA,Voorbeeld\n'),
    });
    await page.getByRole('button', { name: 'Uploaden en proefimport starten' }).click();
    await page.waitForURL(/\/sociale-kaart\/importeren\/[0-9a-f-]{36}$/);
    expect(await page.getByLabel('Titel').inputValue()).toBe('Naam');
    let violations = await violationsOf(page, false);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Proefimport starten' }).click();
    await page.getByRole('heading', { name: 'Uitkomst van de proefimport' }).waitFor({ timeout: 30_000 });
    violations = await violationsOf(page, false);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Nu importeren' }).click();
    await page.getByText('De records zijn geïmporteerd en gepubliceerd.').waitFor({ timeout: 30_000 });
    await page.close();
  });
});
