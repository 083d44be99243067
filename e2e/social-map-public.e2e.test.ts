import { createServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { smDb } from '../src/modules/social-map/social-map.tables.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// A resident finds an activity on the social map by search, by map and by agenda, with
// JavaScript and without; every public view passes axe (WCAG 2.1 AA) in Dutch and English.

const skip = skipWithoutChromium();

describe.skipIf(skip)('social map for residents (browser)', () => {
  let site: E2eSite;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  let koffieId: string;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    withJs = await site.browser.newContext();
    withoutJs = await site.browser.newContext({ javaScriptEnabled: false });
    koffieId = (
      await smDb(site.app.ctx.db)
        .selectFrom('social_map_assets')
        .select('id')
        .where('title', '=', 'Koffieochtend De Brug')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await site?.close();
  });

  const contextFor = (label: string) => (label === 'with JavaScript' ? withJs : withoutJs);

  async function expectItemPage(page: Page) {
    await page.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toBe('Koffieochtend De Brug');
  }

  for (const label of ['with JavaScript', 'without JavaScript']) {
    describe(label, () => {
      const context = () => contextFor(label);

      it('finds an activity by searching in plain words', async () => {
        const page = await context().newPage();
        await page.goto(`${site.baseUrl}/sociale-kaart`);
        await page.getByLabel('Waar zoekt u?').fill('koffie ochtend ouderen');
        await Promise.all([
          page.waitForURL(/q=koffie/),
          page.getByRole('button', { name: 'Zoeken' }).click(),
        ]);
        await page.getByRole('link', { name: 'Koffieochtend De Brug' }).first().click();
        await expectItemPage(page);
        await page.close();
      });

      it('finds it on the map of the buurt', async () => {
        const page = await context().newPage();
        await page.goto(`${site.baseUrl}/sociale-kaart/kaart?gebied=BU99990102`);
        await page.getByLabel('Waar zoekt u?').fill('koffieochtend');
        await Promise.all([
          page.waitForURL(/q=koffieochtend/),
          page.getByRole('button', { name: 'Zoeken' }).click(),
        ]);
        // The search keeps the area: one result, one numbered marker linking to it.
        expect(page.url()).toContain('gebied=BU99990102');
        await page.locator('a.wijkwerk-sm-marker').first().click();
        await expectItemPage(page);
        await page.close();
      });

      it('finds it in next week’s agenda', async () => {
        const page = await context().newPage();
        await page.goto(`${site.baseUrl}/sociale-kaart/agenda?gebied=BU99990102`);
        expect(await page.locator('h1').textContent()).toBe('Deze week in Havenbuurt');
        await Promise.all([
          page.waitForURL(/week=/),
          page.getByRole('link', { name: 'Volgende week' }).click(),
        ]);
        expect(page.url()).toContain('gebied=BU99990102');
        await page.getByRole('link', { name: 'Koffieochtend De Brug' }).first().click();
        await expectItemPage(page);
        await page.close();
      });

      it('switching views keeps the filters', async () => {
        const page = await context().newPage();
        await page.goto(`${site.baseUrl}/sociale-kaart?thema=ontmoeting&gebied=WK999901`);
        await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Kaart' }).click();
        await page.waitForURL(/\/sociale-kaart\/kaart\?/);
        expect(page.url()).toContain('thema=ontmoeting');
        expect(page.url()).toContain('gebied=WK999901');
        expect(await page.getByLabel('Ontmoeting', { exact: false }).first().isChecked()).toBe(true);
        await page.close();
      });
    });
  }

  it('with JavaScript, pointing at an item in the list lights up its marker', async () => {
    const page = await withJs.newPage();
    await page.goto(`${site.baseUrl}/sociale-kaart/kaart?gebied=WK999901`);
    await page.locator('[data-result-number="1"] a').first().hover();
    await expect
      .poll(async () => page.locator('.wijkwerk-sm-marker--active').count(), { timeout: 10_000 })
      .toBe(1);
    await page.close();
  });

  const pages = (id: string) => [
    '/sociale-kaart',
    '/sociale-kaart?q=schulden&gebied=WK999901',
    '/sociale-kaart?q=xyzzy',
    '/sociale-kaart/kaart',
    '/sociale-kaart/kaart?gebied=BU99990102',
    '/sociale-kaart/agenda',
    '/sociale-kaart/agenda?gebied=BU99990102',
    `/sociale-kaart/${id}`,
    '/sociale-kaart/insluiten/WK999901/agenda',
    '/sociale-kaart/insluiten/WK999901/kaart',
    '/wijken/BU99990102',
  ];
  for (const lang of ['nl', 'en']) {
    for (const path of pages('ITEM')) {
      it(`axe (${lang}): ${path}`, async () => {
        const page = await withJs.newPage();
        const real = path.replace('ITEM', koffieId);
        const url = `${site.baseUrl}${real}${real.includes('?') ? '&' : '?'}lang=${lang}`;
        const res = await page.goto(url);
        expect(res?.status(), real).toBe(200);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.close();
      });
    }
  }

  it('an embed page works inside another site’s iframe', async () => {
    const page = await withJs.newPage();
    // A partner's website: another server on another origin, with an iframe of the embed.
    const embed = `${site.baseUrl}/sociale-kaart/insluiten/WK999901/agenda`;
    const partner = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="nl"><title>Partner</title><iframe title="agenda" src="${embed}" width="600" height="400"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => partner.listen(0, 'localhost', resolve));
    const address = partner.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    onTestFinished(() => new Promise<void>((resolve) => partner.close(() => resolve())));
    await page.goto(`http://localhost:${port}/`);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(async () => frame.locator('h1').textContent(), { timeout: 15_000 })
      .toContain('Centrum');
    expect(await frame.locator('a[target="_top"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
