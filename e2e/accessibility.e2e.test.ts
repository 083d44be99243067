import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// Every page type passes axe-core's WCAG 2.1 A and AA rules, in Dutch and in English.

const skip = skipWithoutChromium();

describe.skipIf(skip)('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let site: E2eSite;
  let anonymous: BrowserContext;
  let admin: BrowserContext;

  beforeAll(async () => {
    site = await startSite();
    anonymous = await site.browser.newContext();
    admin = await site.browser.newContext();
    await signInAs(await admin.newPage(), site.baseUrl, 'beheerder@voorbeeld.example', 'demo-beheer-2026');
  });
  afterAll(async () => {
    await site?.close();
  });

  const publicPages = [
    '/',
    '/?lang=en',
    '/wijken/GM9999',
    '/wijken/WK999901',
    '/wijken/BU99990101',
    '/wijken/BU99990101?lang=en',
    '/inloggen',
    '/wachtwoord-vergeten',
    '/wachtwoord-herstellen/not-a-valid-token',
    '/bestaat-niet',
  ];
  for (const path of publicPages) {
    it(`public page ${path}`, async () => {
      const page = await anonymous.newPage();
      await page.goto(`${site.baseUrl}${path}`);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }

  const adminPages = [
    '/account',
    '/beheer',
    '/beheer/gebruikers',
    '/beheer/gebruikers/nieuw',
    '/beheer/organisaties',
    '/beheer/organisaties/nieuw',
    '/beheer/gebieden',
    '/beheer/logboek',
    '/beheer/uitgaande-mail',
  ];
  for (const path of adminPages) {
    it(`administration page ${path}`, async () => {
      const page = await admin.newPage();
      const res = await page.goto(`${site.baseUrl}${path}`);
      expect(res?.status()).toBe(200);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }

  it('detail pages of a user and an organisation', async () => {
    const page = await admin.newPage();
    for (const list of ['/beheer/gebruikers', '/beheer/organisaties']) {
      await page.goto(`${site.baseUrl}${list}`);
      const href = await page
        .locator(`main a[href^="${list}/"]:not([href$="/nieuw"])`)
        .first()
        .getAttribute('href');
      expect(href).toBeTruthy();
      await page.goto(`${site.baseUrl}${href}`);
      const violations = await axeViolations(page);
      expect(violations, `${href}\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.close();
  });

  it('a form with validation errors', async () => {
    const page = await admin.newPage();
    await page.goto(`${site.baseUrl}/beheer/gebruikers/nieuw`);
    await page.locator('main form button[type="submit"]').first().click();
    await page.waitForLoadState('load');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
