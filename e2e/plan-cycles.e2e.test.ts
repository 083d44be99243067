import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheck } from '../src/modules/plan/checks/create-check.ts';
import { createCycle } from '../src/modules/plan/cycles/create-cycle.ts';
import { createSmallPlan, ctxFor, demoEmails, organisationId } from '../src/modules/plan/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// Planning cycles, the plan's timeline and the wijktoets in Chromium, with and without JavaScript:
// an area officer reads the timeline (SVG and its tables) and answers a wijktoets for his area;
// every page type passes axe (WCAG 2.1 AA), in Dutch and English.

const skip = skipWithoutChromium();

describe.skipIf(skip)('planning cycles, timeline and wijktoets', () => {
  let site: E2eSite;
  let planId: string;
  let cycleId: string;
  let checkId: string;
  const contexts: Record<string, BrowserContext> = {};

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    const db = site.app.ctx.db;
    const small = await createSmallPlan(db, { title: 'Wijkplan Noordhoek (tijdlijn)' });
    planId = small.plan.id;
    const system = await ctxFor(db);
    cycleId = (
      await createCycle(system, {
        name: 'Planning- en controlcyclus (e2e)',
        deadlines: [
          { title: 'Inbreng kadernota', purpose: 'plan', month: 4, day: 15 },
          { title: 'Begroting naar de raad', purpose: 'budget', month: 11, day: 15 },
        ],
      })
    ).id;
    await createCycle(system, {
      organisationId: await organisationId(db, 'Woonstichting Voorbeeld'),
      name: 'Jaarplan Woonstichting (e2e)',
      deadlines: [{ title: 'Jaarplan en begroting', purpose: 'budget', month: 10, day: 1 }],
    });
    checkId = (
      await createCheck(await ctxFor(db, demoEmails.department), {
        title: 'Herinrichting Molenstraat',
        proposal: 'Minder parkeerplaatsen en meer groen in de Molenstraat vanaf 2027.',
        areaCodes: ['WK999902'],
        planId,
        answerBy: '2099-03-01',
      })
    ).id;
    const users: Array<[string, string, string]> = [
      ['admin', 'beheerder@voorbeeld.example', 'demo-beheer-2026'],
      ['officer', demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      ['department', demoEmails.department, 'demo-openbareruimte-2026'],
    ];
    for (const js of [true, false]) {
      contexts[`anonymous-${js}`] = await site.browser.newContext({ javaScriptEnabled: js });
      for (const [key, email, password] of users) {
        const context = await site.browser.newContext({ javaScriptEnabled: js });
        await signInAs(await context.newPage(), site.baseUrl, email, password);
        contexts[`${key}-${js}`] = context;
      }
    }
  }, 240_000);
  afterAll(async () => {
    await site?.close();
  });

  const pages = (): Array<[string, string]> => [
    ['anonymous', '/planningscycli'],
    ['anonymous', '/planningscycli?lang=en'],
    ['admin', '/planningscycli/nieuw'],
    ['admin', `/planningscycli/${cycleId}`],
    ['officer', `/wijkplannen/${planId}/tijdlijn`],
    ['officer', `/wijkplannen/${planId}/tijdlijn?lang=en`],
    ['officer', '/wijktoetsen'],
    ['officer', `/wijktoetsen/${checkId}`],
    ['department', '/wijktoetsen/nieuw'],
  ];

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
   * in a page that runs scripts, at the same address so the styles load.
   */
  async function violationsOf(page: Page, js: boolean) {
    if (js) return axeViolations(page);
    const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
    const target = await (contexts['anonymous-true'] as BrowserContext).newPage();
    await target.goto(page.url());
    await target.setContent(html, { waitUntil: 'load' });
    const violations = await axeViolations(target);
    await target.close();
    return violations;
  }

  for (const js of [true, false]) {
    it(`every page type passes axe ${js ? 'with' : 'without'} JavaScript`, async () => {
      for (const [who, path] of pages()) {
        const page = await (contexts[`${who}-${js}`] as BrowserContext).newPage();
        const res = await page.goto(`${site.baseUrl}${path}`);
        expect(res?.status(), path).toBe(200);
        const violations = await violationsOf(page, js);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await page.close();
      }
    }, 240_000);
  }

  it('lets the officer read the timeline and answer the wijktoets without JavaScript', async () => {
    const page = await (contexts['officer-false'] as BrowserContext).newPage();
    // The axe run visited an English page, which set the language cookie: back to Dutch.
    await page.goto(`${site.baseUrl}/wijkplannen/${planId}/tijdlijn?lang=nl`);
    await expect(page.locator('svg[role="img"]').first().isVisible()).resolves.toBe(true);
    // The text alternative: a table per owner.
    expect(await page.content()).toContain('Onderdelen van Woonstichting Voorbeeld');
    await expect(page.getByText('Herinrichting Molenstraat').first().isVisible()).resolves.toBe(true);

    await page.goto(`${site.baseUrl}/wijktoetsen/${checkId}`);
    await page.getByLabel('Oordeel voor Noordhoek').selectOption('supports_with_conditions');
    await page.getByLabel('Toelichting voor Noordhoek').fill('Betrek de bewonersvereniging bij het ontwerp.');
    await page.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await page.waitForURL(/saved=answered/);
    await expect(page.getByText('Uw antwoord is opgeslagen.').isVisible()).resolves.toBe(true);
    await expect(page.locator('strong', { hasText: 'Positief, met voorwaarden' }).isVisible()).resolves.toBe(
      true,
    );

    await page.goto(`${site.baseUrl}/wijkplannen/${planId}/tijdlijn`);
    await expect(page.getByText('Betrek de bewonersvereniging bij het ontwerp.').isVisible()).resolves.toBe(
      true,
    );
    await page.close();
  }, 120_000);
});
