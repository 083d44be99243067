import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativesDb } from '../src/modules/initiatives/initiatives.tables.ts';
import { jpegWithGps } from '../src/modules/initiatives/intake/test-images.ts';
import { createInitiativesFixture, demoEmails } from '../src/modules/initiatives/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// A resident reports a loose paving stone with a photo on the public form, with JavaScript and
// without: the kind, the subject with help, the place, the photo, an e-mail address with consent;
// a refused file keeps what was typed; the private follow page shows the reference and the link;
// later they answer a question and say whether they are satisfied. Staff register a phone call.
// Every page type passes axe (WCAG 2.1 AA), with and without JavaScript.

const skip = skipWithoutChromium();

describe.skipIf(skip)('reporting something in the neighbourhood', () => {
  let site: E2eSite;
  let axeContext: BrowserContext;
  let photo: Buffer;

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    await createInitiativesFixture(site.app.ctx.db);
    axeContext = await site.browser.newContext();
    photo = Buffer.from(await jpegWithGps(400, 300));
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
   * in a page that runs scripts, at the same address so the styles load.
   */
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

  const main = (page: Page) => page.getByRole('main');

  it('lets people with JavaScript point at the place on a map', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/meldingen/nieuw?soort=signal`);
    const webgl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
    });
    if (!webgl) {
      // Without WebGL the map stays away and the buurt list does the work (checked above).
      expect(await page.getByRole('application').count()).toBe(0);
      await context.close();
      return;
    }
    const map = page.getByRole('application', { name: 'Kaart om de plek aan te wijzen' });
    await map.locator('canvas').waitFor();
    await expect
      .poll(async () => {
        await map.click();
        return page.locator('input[name="lon"]').inputValue();
      })
      .toMatch(/^\d+\.\d+$/);
    await expect.poll(() => page.getByText(/Gekozen punt: \d+\.\d+, \d+\.\d+/).isVisible()).toBe(true);
    await expectAxeClean(page, true);
    await context.close();
  }, 120_000);

  // A whole journey with axe on every page: long on a busy machine, hence the generous limits.
  for (const javaScriptEnabled of [false, true]) {
    const js = javaScriptEnabled ? 'on' : 'off';

    it(`takes a report with a photo and leads to the private page (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/meldingen`);
      await expectAxeClean(page, javaScriptEnabled);
      await main(page).getByRole('link', { name: 'Melding doen of idee delen' }).click();
      await page.waitForURL(/\/meldingen\/nieuw$/);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Melding', { exact: true }).check();
      await main(page).getByRole('button', { name: 'Verder' }).click();
      await page.waitForURL(/soort=signal/);
      await expectAxeClean(page, javaScriptEnabled);

      // A file that is not a photo: refused with a clear message, and what was typed stays.
      const description = `Losse tegel voor de bakker, JavaScript ${js}. Er is al iemand over gestruikeld.`;
      await page.getByLabel('Losse stoeptegel').check();
      await page.getByLabel('Omschrijving', { exact: true }).fill(description);
      await page.getByLabel('Buurt of wijk').selectOption('BU99990202');
      await page.getByLabel('E-mailadres (optioneel)').fill(`bewoner-${js}@example.org`);
      await page.getByLabel('Ik ga hiermee akkoord').check();
      await page
        .getByLabel('Foto’s', { exact: true })
        .setInputFiles({ name: 'notitie.txt', mimeType: 'text/plain', buffer: Buffer.from('geen foto') });
      await main(page).getByRole('button', { name: 'Versturen' }).click();
      await expect
        .poll(() =>
          main(page).getByText('‘notitie.txt’ is geen foto in JPEG, PNG of WebP.').first().isVisible(),
        )
        .toBe(true);
      expect(await page.getByLabel('Omschrijving', { exact: true }).inputValue()).toBe(description);
      expect(await page.getByLabel('Buurt of wijk').inputValue()).toBe('BU99990202');
      await expectAxeClean(page, javaScriptEnabled);

      await page
        .getByLabel('Foto’s', { exact: true })
        .setInputFiles({ name: 'tegel.jpg', mimeType: 'image/jpeg', buffer: photo });
      await main(page).getByRole('button', { name: 'Versturen' }).click();
      await page.waitForURL(/\/meldingen\/volgen\/[^?]+\?nieuw=1$/);
      await expect
        .poll(() => main(page).getByRole('heading', { level: 1 }).textContent())
        .toBe('Bedankt, uw melding is ontvangen');
      const reference =
        (await main(page)
          .getByText(/Uw meldingsnummer is M-\d{4}-\d{6}\./)
          .textContent()) ?? '';
      expect(reference).toMatch(/M-\d{4}-\d{6}/);
      // The link as shown (with the configured public address), opened on this test server.
      const link = `${site.baseUrl}${new URL((await page.getByTestId('follow-link').textContent()) ?? '').pathname}`;
      expect(page.url().startsWith(link)).toBe(true);
      const img = main(page).getByRole('img', { name: /Foto 1 bij melding/ });
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(400);
      await expectAxeClean(page, javaScriptEnabled);

      // Later: a question to the resident, answered on the same page.
      const db = initiativesDb(site.app.ctx.db);
      const row = await db
        .selectFrom('initiative_items')
        .selectAll()
        .where('reference', '=', reference.match(/M-\d{4}-\d{6}/)?.[0] ?? '')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('initiative_items')
        .set({ status: 'awaiting_resident' })
        .where('id', '=', row.id)
        .execute();
      await db
        .insertInto('initiative_events')
        .values({
          municipality_id: row.municipality_id,
          item_id: row.id,
          event: 'question',
          to_status: 'awaiting_resident',
          reason: 'Voor welk huisnummer ligt de tegel?',
          public_text: 'We hebben een vraag: Voor welk huisnummer ligt de tegel?',
          actor_label: 'test',
        })
        .execute();
      await page.goto(link);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Uw antwoord').fill('Voor nummer 14.');
      await main(page).getByRole('button', { name: 'Antwoord versturen' }).click();
      await page.waitForURL(/gedaan=beantwoord/);
      await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('In behandeling');

      // After closing: the answer, and the question whether they are satisfied.
      await db
        .updateTable('initiative_items')
        .set({
          status: 'done',
          decision: 'granted',
          answer: 'De tegel ligt weer vast.',
          closed_at: new Date(),
        })
        .where('id', '=', row.id)
        .execute();
      await page.goto(link);
      expect(await page.getByTestId('item-answer').textContent()).toBe('De tegel ligt weer vast.');
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Ja, ik ben tevreden').check();
      await main(page).getByRole('button', { name: 'Oordeel versturen' }).click();
      await page.waitForURL(/gedaan=beoordeeld/);
      await expect.poll(() => main(page).getByText('Bedankt voor uw oordeel.').isVisible()).toBe(true);
      await expectAxeClean(page, javaScriptEnabled);
      await context.close();
    }, 240_000);

    it(`lets staff register a phone call for a resident (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.department, 'demo-openbareruimte-2026');
      await page.goto(`${site.baseUrl}/meldingen/registreren`);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Melding', { exact: true }).check();
      await main(page).getByRole('button', { name: 'Verder' }).click();
      await page.waitForURL(/soort=signal/);
      await expectAxeClean(page, javaScriptEnabled);
      await page.getByLabel('Hoe kwam de melding binnen?').selectOption('phone');
      await page.getByLabel('Zwerfafval').check();
      await page.getByLabel('Omschrijving', { exact: true }).fill(`Vuilniszakken bij de container (${js}).`);
      await page.getByLabel('Buurt of wijk').selectOption('BU99990101');
      await page.getByLabel('Telefoonnummer (optioneel)').fill('020 7654321');
      await page.getByLabel('De melder stemt hiermee in').check();
      await main(page).getByRole('button', { name: 'Registreren' }).click();
      await expect
        .poll(() => main(page).getByRole('heading', { level: 1 }).textContent())
        .toMatch(/Melding M-\d{4}-\d{6} is geregistreerd/);
      expect(await page.getByTestId('follow-link').textContent()).toContain('/meldingen/volgen/');
      await expectAxeClean(page, javaScriptEnabled);
      await context.close();
    }, 120_000);
  }
});
