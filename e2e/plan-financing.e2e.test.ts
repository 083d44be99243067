import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FinancingFixture,
  insertFinancingFixture,
} from '../src/modules/plan/financing/financing-fixtures.ts';
import { createBudgetLine } from '../src/modules/plan/financing/write-budget-line.ts';
import { ctxFor, demoEmails, voorbeeldId } from '../src/modules/plan/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// Financing in Chromium, with and without JavaScript: the housing corporation's co-author adds
// the corporation's contribution to its intervention and the share from other sources goes up;
// the area officer changes a line; the programme office reads the programme's finances. Every
// page type passes axe (WCAG 2.1 AA), in Dutch and English.

const skip = skipWithoutChromium();

describe.skipIf(skip)('financing', () => {
  let site: E2eSite;
  let f: FinancingFixture;
  const contexts: Record<string, BrowserContext> = {};
  const financePath = (itemId: string) => `/wijkplannen/${f.planId}/onderdelen/${itemId}/financiering`;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    const db = site.app.ctx.db;
    f = await insertFinancingFixture(db, await voorbeeldId(db), {
      title: 'Wijkplan Noordhoek (financiering)',
    });
    const officer = await ctxFor(db, demoEmails.officerNoordhoek);
    await createBudgetLine(officer, f.planId, f.interventionId, {
      sourceKind: 'programme_budget',
      description: 'Bijdrage wijkbudget',
      year: 2026,
      committedCents: 30_000_00,
      spentCents: 4_000_00,
    });
    await createBudgetLine(officer, f.planId, f.otherInterventionId, {
      sourceKind: 'national_programme',
      sourceName: 'Nationaal Programma Leefbaarheid en Veiligheid',
      year: 2026,
      committedCents: 12_000_00,
    });
    const users: Array<[string, string, string]> = [
      ['admin', 'beheerder@voorbeeld.example', 'demo-beheer-2026'],
      ['officer', demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      ['corporation', demoEmails.corporation, 'demo-woonstichting-2026'],
    ];
    for (const js of [true, false]) {
      contexts[`anonymous-${js}`] = await site.browser.newContext({ javaScriptEnabled: js });
      for (const [key, email, password] of users) {
        const context = await site.browser.newContext({ javaScriptEnabled: js });
        await signInAs(await context.newPage(), site.baseUrl, email, password);
        contexts[`${key}-${js}`] = context;
      }
    }
    // The pages as they are without JavaScript, for axe: the page's scripts never load, so React
    // does not take over, but axe itself can run its timers. (In a context with JavaScript off,
    // axe's run on the financing pages never settles: "Resulting promise was garbage collected".)
    for (const who of ['anonymous', 'officer', 'admin']) {
      const context = await site.browser.newContext();
      await context.route(/\.js(\?|$)/, (route) => route.abort());
      if (who !== 'anonymous') {
        const [, email, password] = users.find(([key]) => key === who) ?? [];
        await signInAs(await context.newPage(), site.baseUrl, email ?? '', password ?? '');
      }
      contexts[`${who}-noscript`] = context;
    }
  }, 240_000);
  afterAll(async () => {
    await site?.close();
  });

  const pages = (): Array<[string, string]> => [
    ['anonymous', financePath(f.interventionId)],
    ['anonymous', `${financePath(f.goalId)}?lang=en`],
    ['officer', financePath(f.interventionId)],
    ['officer', `${financePath(f.interventionId)}?lang=en`],
    ['admin', '/programma/financien'],
    ['admin', '/programma/financien?jaar=2026&lang=en'],
  ];

  for (const js of [true, false]) {
    it(`every page type passes axe ${js ? 'with' : 'without'} JavaScript`, async () => {
      for (const [who, path] of pages()) {
        const page = await (contexts[`${who}-${js ? js : 'noscript'}`] as BrowserContext).newPage();
        const res = await page.goto(`${site.baseUrl}${path}`);
        expect(res?.status(), path).toBe(200);
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await page.close();
      }
    }, 240_000);
  }

  it('the corporation’s co-author adds its contribution with JavaScript, and the form’s errors pass axe', async () => {
    const page = await (contexts['corporation-true'] as BrowserContext).newPage();
    await page.goto(`${site.baseUrl}${financePath(f.interventionId)}`);
    // First a wrong amount: the error summary and the field's message, still accessible.
    await page.getByLabel('Soort bron').selectOption('partner');
    await page.getByLabel('Organisatie').selectOption({ label: 'Woonstichting Voorbeeld' });
    await page.getByLabel('Omschrijving').fill('Herinrichting binnenterrein');
    await page.getByLabel('Toegezegd (euro)').fill('twintigduizend');
    await page.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
    await expect(page.getByText('Vul een bedrag in euro’s in').first().isVisible()).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByLabel('Toegezegd (euro)').fill('20.000');
    await page.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
    await page.waitForURL(/saved=created/);
    await expect(page.getByText('De begrotingsregel is toegevoegd.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('cell', { name: 'Herinrichting binnenterrein' }).isVisible()).resolves.toBe(
      true,
    );
    // 20.000 of 50.000 from the corporation: 40 %, the programme's target.
    await expect(
      page.getByText('Haalt de streefwaarde van 40 % uit andere bronnen.').isVisible(),
    ).resolves.toBe(true);
    await page.close();
  }, 120_000);

  it('the area officer changes a line without JavaScript and the programme office sees it', async () => {
    const page = await (contexts['officer-false'] as BrowserContext).newPage();
    await page.goto(`${site.baseUrl}${financePath(f.interventionId)}`);
    await page.getByRole('link', { name: /Wijzigen Programmabudget/ }).click();
    await expect(page.getByRole('heading', { name: 'Begrotingsregel wijzigen' }).isVisible()).resolves.toBe(
      true,
    );
    await page.getByLabel('Besteed (euro)').fill('9.500,75');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/saved=updated/);
    await expect(
      page
        .getByRole('cell', { name: /9\.500,75/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.close();

    const admin = await (contexts['admin-false'] as BrowserContext).newPage();
    await admin.goto(`${site.baseUrl}/programma/financien?jaar=2026`);
    await expect(
      admin.getByRole('link', { name: 'Opknappen Noorderhof-pleintje' }).isVisible(),
    ).resolves.toBe(true);
    await expect(admin.getByRole('link', { name: 'Buurtkamer Molenveld' }).isVisible()).resolves.toBe(true);
    await expect(admin.locator('svg[role="img"]').first().isVisible()).resolves.toBe(true);
    await admin.close();
  }, 120_000);
});
