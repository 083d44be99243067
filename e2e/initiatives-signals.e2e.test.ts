import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestItems, setPublicMap } from '../src/modules/initiatives/signals/signals-testing.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
} from '../src/modules/initiatives/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// An area officer reads the dashboard and the trends, bundles reports into a wijksignaal, and
// records its outcome (the residents are told); a visitor reads the public map of reports.
// Without JavaScript and with it; every page type of the signals part passes axe.

const skip = skipWithoutChromium();

describe.skipIf(skip)('signals to policy: dashboard, trends, wijksignalen and the public map', () => {
  let site: E2eSite;
  let f: InitiativesFixture;
  let axeContext: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    f = await createInitiativesFixture(site.app.ctx.db);
    const c = f.categories;
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const items = [];
    for (let i = 0; i < 6; i++)
      items.push({
        areaCode: i % 2 === 0 ? 'BU99990101' : 'BU99990102',
        categoryId: i % 3 === 0 ? c.litter : c.pavement,
        receivedAt: daysAgo(i * 35),
        status: i > 3 ? ('done' as const) : ('received' as const),
        deadlineOn: i === 1 ? '2020-01-01' : undefined,
        lon: 5.11 + i * 0.003,
        lat: 52.09 + i * 0.002,
        title: `Melding ${i + 1} in het centrum`,
        email: i === 0 ? 'melder@example.org' : null,
      });
    await insertTestItems(site.app.ctx.db, f.municipalityId, items);
    axeContext = await site.browser.newContext();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Without JavaScript, the server's HTML (scripts left out) is checked in a page that runs axe. */
  async function expectAxeClean(page: Page, js: boolean) {
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

  for (const javaScriptEnabled of [false, true]) {
    const js = javaScriptEnabled ? 'on' : 'off';

    it(`an area officer uses the dashboard, the trends and a wijksignaal (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.officerCentrum, 'demo-centrum-2026');

      await page.goto(`${site.baseUrl}/meldingen/overzicht`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht meldingen');
      await page.getByText('4 meldingen, ideeën en vragen staan open; 1 daarvan').waitFor();
      await page.getByRole('img', { name: /Open per afdeling of partner/ }).waitFor();
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Gebied').selectOption('BU99990101');
      await page.getByRole('button', { name: 'Toon' }).click();
      await page.waitForURL(/gebied=BU99990101/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Overzicht meldingen in');

      await page.goto(`${site.baseUrl}/meldingen/trends`);
      await page.getByRole('heading', { name: 'Centrum', level: 3 }).waitFor();
      await expectAxeClean(page, javaScriptEnabled);

      await page.goto(`${site.baseUrl}/meldingen/wijksignalen`);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Gebied of buurt').selectOption('WK999901');
      await page.getByLabel('Titel', { exact: true }).fill(`Losse tegels en afval (JS ${js})`);
      await page
        .getByLabel('Toelichting')
        .fill('Steeds dezelfde straten: de stoep en het afval rond de winkels.');
      await page.getByRole('button', { name: 'Wijksignaal aanmaken' }).click();
      await page.getByText('Het wijksignaal is aangemaakt.').waitFor();
      await expectAxeClean(page, javaScriptEnabled);

      const addForm = page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Gekozen meldingen toevoegen' }) });
      const boxes = addForm.getByRole('checkbox');
      for (let i = 0; i < 3; i++) await boxes.nth(i).check();
      await addForm.getByRole('button', { name: 'Gekozen meldingen toevoegen' }).click();
      await page.getByText('Het wijksignaal is bijgewerkt.').waitFor();
      await expect
        .poll(() =>
          page.getByRole('table', { name: 'Meldingen in dit wijksignaal' }).getByRole('row').count(),
        )
        .toBe(4);

      await page.getByLabel('Bestuur of overleg').fill('Wijkraad Centrum');
      await page.getByRole('button', { name: 'Doorsturen' }).click();
      await page.getByText('Doorgestuurd naar: Wijkraad Centrum.').waitFor();

      await page
        .getByRole('textbox', { name: 'Uitkomst' })
        .fill('De wijkraad neemt de straten op in het onderhoudsplan voor volgend jaar.');
      await page.getByRole('button', { name: 'Uitkomst vastleggen en de melders informeren' }).click();
      await page.getByText(/De uitkomst is vastgelegd en staat bij 3 meldingen/).waitFor();
      await page.getByText('Dit wijksignaal is afgerond.').waitFor();
      await expectAxeClean(page, javaScriptEnabled);
      await context.close();
    }, 180_000);

    it(`a visitor reads the public map of reports (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await setPublicMap(site.app.ctx.db, f.municipalityId, false);
      await page.goto(`${site.baseUrl}/meldingen/kaart`);
      await page.getByText('De gemeente publiceert geen kaart van meldingen.').waitFor();
      await expectAxeClean(page, javaScriptEnabled);

      await setPublicMap(site.app.ctx.db, f.municipalityId, true);
      await page.goto(`${site.baseUrl}/meldingen/kaart?maanden=12`);
      await page.getByRole('table', { name: /Meldingen per buurt/ }).waitFor();
      await page.getByRole('img', { name: /Kaart met \d+ meldingen/ }).waitFor({ state: 'attached' });
      expect(await page.content()).not.toContain('in het centrum');
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Categorie').selectOption('zwerfafval');
      await page.getByRole('button', { name: 'Toon' }).click();
      await page.waitForURL(/categorie=zwerfafval/);
      expect(await page.getByRole('table', { name: /Meldingen per buurt/ }).textContent()).not.toContain(
        'Losse stoeptegel',
      );
      await context.close();
    }, 180_000);
  }
});
