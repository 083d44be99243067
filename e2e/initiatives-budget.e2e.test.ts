import type { BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBudgetFixture,
  insertTestItem,
  type TestItem,
} from '../src/modules/initiatives/budget/budget-fixtures.ts';
import { createBudget } from '../src/modules/initiatives/budget/create-budget.ts';
import { grantFromBudget } from '../src/modules/initiatives/budget/grant-from-budget.ts';
import { currentYear } from '../src/modules/initiatives/budget/money.ts';
import { ctxFor, demoEmails } from '../src/modules/initiatives/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The quick budget in Chromium: the area officer grants money to an initiative with JavaScript
// (first a wrong amount, explained and accessible), and the initiator accounts for it through the
// private link without JavaScript, with a receipt and a photo. Every page type of the budget part
// passes axe (WCAG 2.1 AA) with and without JavaScript, in Dutch and English.

const skip = skipWithoutChromium();

describe.skipIf(skip)('quick budget', () => {
  let site: E2eSite;
  let flow: TestItem; // granted and accounted for in the tests
  let granted: TestItem; // granted beforehand: forms for payment, accounting
  let budgetId: string;
  const contexts: Record<string, BrowserContext> = {};
  const users: Array<[string, string, string]> = [
    ['officer', demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
    ['coordinator', demoEmails.coordinator, 'demo-regie-2026'],
  ];

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    const db = site.app.ctx.db;
    const f = await createBudgetFixture(db);
    const budget = await createBudget(await ctxFor(db, demoEmails.coordinator), {
      areaCode: 'WK999902',
      year: currentYear(),
      amountCents: 800_000,
      maxPerInitiativeCents: 100_000,
      rules:
        'Bewoners van Noordhoek kunnen geld vragen voor een activiteit die de buurt samen doet.\n\nNiet voor vaste lasten, salarissen of commerciële activiteiten. Na afloop stuurt u een kort verslag met de bonnen.',
      rulesEn: 'Residents of Noordhoek can ask for money for an activity the neighbourhood does together.',
    });
    budgetId = budget.id;
    flow = await insertTestItem(db, f, { title: 'Straatspeeldag Vogelbuurt', requestedCents: 60_000 });
    granted = await insertTestItem(db, f, { title: 'Kerstboom op het plein', requestedCents: 25_000 });
    await grantFromBudget(site.app.ctx, await ctxFor(db, demoEmails.officerNoordhoek), granted.id, {
      budgetId,
      amountCents: 25_000,
    });
    for (const js of [true, false]) {
      contexts[`anonymous-${js}`] = await site.browser.newContext({ javaScriptEnabled: js });
      for (const [key, email, password] of users) {
        const context = await site.browser.newContext({ javaScriptEnabled: js });
        await signInAs(await context.newPage(), site.baseUrl, email, password);
        contexts[`${key}-${js}`] = context;
      }
    }
    // Without JavaScript for axe: the page's scripts never load (React does not take over), while
    // axe itself can still run its timers.
    for (const who of ['anonymous', 'officer', 'coordinator']) {
      const context = await site.browser.newContext();
      await context.route(/\.js(\?|$)/, (route) => route.abort());
      const user = users.find(([key]) => key === who);
      if (user) await signInAs(await context.newPage(), site.baseUrl, user[1], user[2]);
      contexts[`${who}-noscript`] = context;
    }
  }, 240_000);
  afterAll(async () => {
    await site?.close();
  });

  it('the area officer grants money with JavaScript; a wrong amount is explained accessibly', async () => {
    const page = await (contexts['officer-true'] as BrowserContext).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.baseUrl}/meldingen/behandelen/${flow.id}/budget`);
    await expect(page.getByRole('heading', { name: 'Geld toekennen' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Bedrag (euro)').fill('1.500');
    await page.getByRole('button', { name: 'Geld toekennen' }).click();
    await expect(
      page
        .getByText(/hoger dan het maximum per initiatief/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByLabel('Bedrag (euro)').fill('600');
    await page
      .getByLabel('Antwoord aan de bewoner (niet verplicht)')
      .fill(
        'Wat een mooi plan! U krijgt € 600 voor de straatspeeldag. Wij maken het bedrag binnen twee weken over.',
      );
    await page.getByRole('button', { name: 'Geld toekennen' }).click();
    await page.waitForURL(/saved=granted/);
    await expect(page.getByText('Het geld is toegekend.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Besloten – Toegekend').isVisible()).resolves.toBe(true);
    // Hydration went without errors (the texts are the same on the server and in the browser).
    expect(errors).toEqual([]);
    await page.close();

    const ledger = await (contexts['officer-true'] as BrowserContext).newPage();
    await ledger.goto(`${site.baseUrl}/meldingen/budgetten/${budgetId}`);
    await expect(
      ledger.getByRole('rowheader', { name: /Straatspeeldag Vogelbuurt/ }).isVisible(),
    ).resolves.toBe(true);
    await ledger.close();
  }, 120_000);

  it('the initiator accounts through the private link without JavaScript, with a receipt and a photo', async () => {
    const page = await (contexts['anonymous-false'] as BrowserContext).newPage();
    await page.goto(`${site.baseUrl}/meldingen/volgen/${flow.token}/verantwoording`);
    await expect(page.getByText(/U kreeg €\s600 uit het budget/).isVisible()).resolves.toBe(true);
    await page
      .getByLabel('Hoe ging het en wat heeft u met het geld gedaan?')
      .fill(
        'De straatspeeldag was op zaterdag 13 juni. Zo’n 40 kinderen deden mee; de straat was de hele middag afgesloten.',
      );
    await page.getByLabel('Uitgegeven (euro)').fill('585,40');
    await page.getByLabel(/Bonnen/).setInputFiles({
      name: 'bon-speelgoed.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2b8' } })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel(/Foto’s van het initiatief/)
      .setInputFiles({ name: 'speeldag.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Verantwoording insturen' }).click();
    await page.waitForURL(/verzonden=1/);
    await expect(page.getByText(/Uw verantwoording is binnen/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Bon 1' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Foto 1' }).isVisible()).resolves.toBe(true);
    await page.close();

    const officer = await (contexts['officer-false'] as BrowserContext).newPage();
    await officer.goto(`${site.baseUrl}/meldingen/behandelen/${flow.id}/budget`);
    await expect(officer.getByText(/Zo’n 40 kinderen deden mee/).isVisible()).resolves.toBe(true);
    await officer.getByLabel('Oordeel').selectOption('approved');
    await officer.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await officer.waitForURL(/saved=reviewed/);
    await expect(officer.getByText('Uw oordeel is opgeslagen.').isVisible()).resolves.toBe(true);
    await officer.close();
  }, 120_000);

  const pages = (): Array<[string, string]> => [
    ['anonymous', '/meldingen/budget/WK999902'],
    ['anonymous', '/meldingen/budget/WK999902?lang=en'],
    ['anonymous', '/meldingen/budget/WK999901'],
    ['anonymous', `/meldingen/volgen/${granted.token}/verantwoording`],
    ['anonymous', `/meldingen/volgen/${flow.token}/verantwoording?lang=en`],
    ['officer', '/meldingen/budgetten'],
    ['officer', `/meldingen/behandelen/${granted.id}/budget`],
    ['coordinator', '/meldingen/budgetten'],
    ['coordinator', `/meldingen/budgetten/${budgetId}`],
    ['coordinator', `/meldingen/behandelen/${granted.id}/budget`],
    ['coordinator', `/meldingen/behandelen/${flow.id}/budget?lang=nl`],
  ];

  for (const js of [true, false]) {
    it(`every page type passes axe ${js ? 'with' : 'without'} JavaScript`, async () => {
      for (const [who, path] of pages()) {
        const page = await (contexts[`${who}-${js ? js : 'noscript'}`] as BrowserContext).newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const res = await page.goto(`${site.baseUrl}${path}`);
        expect(res?.status(), path).toBe(200);
        await page.waitForLoadState('load');
        expect(errors, path).toEqual([]);
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await page.close();
      }
    }, 240_000);
  }
});
