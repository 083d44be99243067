import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eSite, signInAs, skipWithoutChromium, startSite } from './browser.ts';

const skip = skipWithoutChromium();

describe.skipIf(skip)('core flows in Chromium', () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`a resident browses from the home page to a buurt page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/`);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await page.getByRole('main').getByRole('link', { name: 'Noordhoek' }).first().click();
      await page.waitForURL(/\/wijken\/WK999902$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Noordhoek');
      await page.getByRole('main').getByRole('link', { name: 'Molenveld' }).first().click();
      await page.waitForURL(/\/wijken\/BU99990201$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Molenveld');
      // The breadcrumb leads back up the tree.
      const crumbs = page.getByRole('navigation', { name: /kruimelpad|breadcrumb/i });
      expect(await crumbs.getByRole('link', { name: 'Noordhoek' }).count()).toBe(1);
      // Without JavaScript the map is the server-rendered picture; with it, still a map region.
      expect(await page.locator('main svg[role="img"], main .maplibregl-map').count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('pages hydrate under the nonce-only Content-Security-Policy', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const res = await page.goto(`${site.baseUrl}/wijken/WK999901`);
    const scriptSrc = (res?.headers()['content-security-policy'] ?? '')
      .split(';')
      .find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    // The router's inline data ran (it carries the nonce) and the client router took over.
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { __reactRouterDataRouter?: unknown }).__reactRouterDataRouter ===
        'object',
    );
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('every demo role can sign in and out', async () => {
    const accounts = [
      ['beheerder@voorbeeld.example', 'demo-beheer-2026'],
      ['wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026'],
      ['bewoner@voorbeeld.example', 'demo-bewoner-2026'],
    ];
    for (const [email, password] of accounts) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, email as string, password as string);
      await page.goto(`${site.baseUrl}/account`);
      expect(await page.getByRole('main').textContent()).toContain(email);
      await page.getByRole('button', { name: /uitloggen|sign out/i }).click();
      await page.waitForURL(/\/inloggen/);
      await context.close();
    }
  });

  it('an administrator adds a user and sees it in the audit log', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, site.baseUrl, 'beheerder@voorbeeld.example', 'demo-beheer-2026');
    await page.goto(`${site.baseUrl}/beheer/gebruikers/nieuw`);
    await page.getByLabel(/^naam/i).fill('Fatima El Amrani');
    await page.getByLabel(/e-mailadres/i).fill('f.elamrani@voorbeeld.example');
    await page.getByLabel(/^rol/i).selectOption('coordinator');
    await page.locator('main form button[type="submit"]').first().click();
    await page.waitForURL(/\/beheer\/gebruikers\/[0-9a-f-]{36}/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Fatima El Amrani');
    await page.goto(`${site.baseUrl}/beheer/logboek`);
    const log = await page.getByRole('main').textContent();
    expect(log).toContain('person.create');
    expect(log).toContain('f.elamrani@voorbeeld.example');
    await context.close();
  });
});
