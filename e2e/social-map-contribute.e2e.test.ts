import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataLinkToken } from '../src/modules/social-map/personal-data.ts';
import { expiresIn, signToken } from '../src/modules/social-map/signed-token.ts';
import { smDb } from '../src/modules/social-map/social-map.tables.ts';
import { mailsTo, tokenFrom, voorbeeldId } from '../src/modules/social-map/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// A resident without an account puts an initiative and a weekly activity on the social map and
// confirms each through the mailed link, with JavaScript and without; every page type of the
// contribution pages passes axe in Dutch and English, the form with errors included.

const skip = skipWithoutChromium();

describe.skipIf(skip)('contributing to the social map', () => {
  let site: E2eSite;
  let m: string;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    m = await voorbeeldId(site.app.ctx.db);
  });
  afterAll(async () => {
    await site?.close();
  });

  async function expectAxeClean(page: Page) {
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  async function confirmByMail(context: BrowserContext, email: string, expected: RegExp) {
    const mail = (await mailsTo(site.app.ctx.db, email, 'social-map-submission')).at(-1);
    expect(mail, `confirmation mail to ${email}`).toBeDefined();
    const page = await context.newPage();
    await page.goto(
      `${site.baseUrl}/sociale-kaart/bevestigen/${tokenFrom(mail?.body_text ?? '', 'bevestigen')}`,
    );
    await page.getByRole('button', { name: 'Ja, bevestig mijn aanmelding' }).click();
    const answer = page.getByRole('main').getByRole('status');
    await answer.waitFor({ timeout: 30_000 });
    expect(await answer.textContent()).toMatch(expected);
    await page.close();
  }

  for (const javaScriptEnabled of [false, true]) {
    const js = javaScriptEnabled ? 'on' : 'off';
    // Different names: the second would otherwise be flagged as a duplicate of the first.
    const activityTitle = javaScriptEnabled ? 'Damclub Lindehof' : 'Schaakavond Parkzoom';

    it(`a resident submits an initiative and confirms it by the mailed link (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/sociale-kaart/aanmelden`);
      await page.getByLabel('Groep of initiatief').check();
      await page.getByLabel('Naam of titel').fill(`Buurtbreiclub Noorderhof ${js}`);
      await page.getByLabel('Korte beschrijving').fill('Samen breien en haken, met koffie.');
      await page.getByLabel('Ontmoeting').check();
      await page.getByLabel('Ouderen').check();
      await page.getByLabel('Ergens in de buurt of wijk').check();
      await page.getByLabel('Buurt of wijk', { exact: true }).selectOption('BU99990202');
      await page.getByLabel('Uw e-mailadres').fill(`brei-${js}@example.org`);
      await page.getByLabel('Ik ga akkoord').check();
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.waitForURL(/verzonden=1/);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Kijk in uw e-mail');
      await confirmByMail(context, `brei-${js}@example.org`, /Een redacteur bekijkt uw aanmelding/);
      await context.close();
    });

    it(`a resident submits a weekly activity after fixing a mistake (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/sociale-kaart/aanmelden`);
      await page.getByLabel('Activiteit', { exact: true }).check();
      await page.getByLabel('Naam of titel').fill(activityTitle);
      await page.getByLabel('Korte beschrijving').fill('Schaken voor iedereen.');
      await page.getByLabel('Ergens in de buurt of wijk').check();
      await page.getByLabel('Buurt of wijk', { exact: true }).selectOption('BU99990401');
      await page.getByLabel('Datum (de eerste keer)').fill('2026-03-03');
      await page.getByLabel('Begintijd').fill('19:30');
      // The mistake: it ends before it starts.
      await page.getByLabel('Eindtijd').fill('18:00');
      await page.getByLabel('Herhaling', { exact: true }).selectOption('weekly');
      await page.getByLabel('Datums waarop het niet doorgaat').fill('2026-04-28');
      await page.getByLabel('Uw e-mailadres').fill(`schaak-${js}@example.org`);
      await page.getByLabel('Ik ga akkoord').check();
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Eindtijd' });
      await summary.waitFor();
      // Everything typed is still there.
      expect(await page.getByLabel('Naam of titel').inputValue()).toBe(activityTitle);
      expect(await page.getByLabel('Datums waarop het niet doorgaat').inputValue()).toBe('2026-04-28');
      await summary.getByRole('link').click();
      await page.getByLabel('Eindtijd').fill('22:00');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.waitForURL(/verzonden=1/);
      await confirmByMail(context, `schaak-${js}@example.org`, /staat nu op de sociale kaart/);
      const row = await smDb(site.app.ctx.db)
        .selectFrom('social_map_assets')
        .select(['schedules', 'status'])
        .where('title', '=', activityTitle)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('published');
      expect(row.schedules).toEqual([
        {
          start: '2026-03-03T19:30',
          durationMinutes: 150,
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          exdates: ['2026-04-28T19:30'],
        },
      ]);
      await context.close();
    });
  }

  describe('axe on every page type, Dutch and English', () => {
    let context: BrowserContext;
    let itemId: string;
    beforeAll(async () => {
      // axe itself runs as a script in the page.
      context = await site.browser.newContext();
      itemId = (
        await smDb(site.app.ctx.db)
          .selectFrom('social_map_assets')
          .select('id')
          .where('title', '=', 'Buurtkoor Havenklanken')
          .executeTakeFirstOrThrow()
      ).id;
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const lang of ['nl', 'en']) {
      it(`pages reached by a link (${lang})`, async () => {
        const verify = signToken(site.app.ctx.secret, { p: 'verify', m, s: itemId, exp: expiresIn(7) });
        const myData = personalDataLinkToken(site.app.ctx, m, 'ria.hendriks@buurt.voorbeeld.example');
        const paths = [
          '/sociale-kaart/aanmelden',
          '/sociale-kaart/aanmelden?verzonden=1',
          `/sociale-kaart/bevestigen/${'x'.repeat(40)}`,
          `/sociale-kaart/${itemId}/melden`,
          `/sociale-kaart/${itemId}/melden?verzonden=1`,
          `/sociale-kaart/nog-actueel/${verify}`,
          '/sociale-kaart/nog-actueel/niet-geldig',
          '/sociale-kaart/mijn-gegevens',
          '/sociale-kaart/mijn-gegevens?verzonden=1',
          `/sociale-kaart/mijn-gegevens/${myData}`,
          `/sociale-kaart/mijn-gegevens/${myData}?verwijderen=1`,
          '/sociale-kaart/mijn-gegevens/niet-geldig',
        ];
        const page = await context.newPage();
        for (const path of paths) {
          await page.goto(`${site.baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          const violations = await axeViolations(page);
          expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        }
        await page.close();
      });

      it(`forms with errors and the answers after a post (${lang})`, async () => {
        const page = await context.newPage();
        const submit = lang === 'nl' ? 'Aanmelden' : 'Submit';
        await page.goto(`${site.baseUrl}/sociale-kaart/aanmelden?lang=${lang}`);
        await page.getByRole('button', { name: submit, exact: true }).click();
        await page.getByRole('alert').first().waitFor();
        await expectAxeClean(page);

        await page.goto(`${site.baseUrl}/sociale-kaart/${itemId}/melden?lang=${lang}`);
        await page.getByRole('main').getByRole('button').click();
        await page.getByRole('alert').first().waitFor();
        await expectAxeClean(page);

        // The answer to a link that no longer works, after the click.
        await page.goto(`${site.baseUrl}/sociale-kaart/bevestigen/${'y'.repeat(40)}?lang=${lang}`);
        await page.getByRole('main').getByRole('button').click();
        await page.waitForLoadState();
        await expectAxeClean(page);

        // "Still correct", done.
        const verify = signToken(site.app.ctx.secret, { p: 'verify', m, s: itemId, exp: expiresIn(7) });
        await page.goto(`${site.baseUrl}/sociale-kaart/nog-actueel/${verify}?lang=${lang}`);
        await page.getByRole('main').getByRole('button').click();
        await page.getByRole('status').waitFor();
        await expectAxeClean(page);
        await page.close();
      });
    }
  });
});
