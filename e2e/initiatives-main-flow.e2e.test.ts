import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativesDb } from '../src/modules/initiatives/initiatives.tables.ts';
import { jpegWithGps } from '../src/modules/initiatives/intake/test-images.ts';
import { amsterdamDate } from '../src/modules/initiatives/rules/working-days.ts';
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

// The main flow in Chromium: a resident submits a small idea with a photo WITHOUT
// JavaScript (no account), gets the private follow link; the responsible department answers on
// the item page within the deadline (small ideas: 3 working days) — Team Wijkzaken has no demo
// user of its own, so the coordinator does it for the office — and closes it; the resident opens
// the follow link, reads the answer and says whether they are satisfied; the figures page counts
// the rating for the department.

const skip = skipWithoutChromium();

describe.skipIf(skip)('a resident idea from submission to the rated answer', () => {
  let site: E2eSite;
  let fx: InitiativesFixture;
  let axeContext: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    fx = await createInitiativesFixture(site.app.ctx.db);
    axeContext = await site.browser.newContext();
  });
  afterAll(async () => {
    await site?.close();
  });

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

  it('submits without JavaScript, is answered in time on the item page, and is rated', async () => {
    const email = 'ilse.hoofdstroom@example.org';
    const title = 'Bankje bij de speeltuin Noorderhof';
    const answer =
      'Goed idee! Wij plaatsen in maart een bankje bij de speeltuin; de buurtbeheerder neemt contact met u op over de plek.';

    // 1. The resident, without JavaScript, on the public form.
    const residentContext = await site.browser.newContext({ javaScriptEnabled: false });
    const resident = await residentContext.newPage();
    await resident.goto(`${site.baseUrl}/meldingen/nieuw`);
    await resident.getByLabel('Idee', { exact: true }).check();
    await resident.getByRole('button', { name: 'Verder' }).click();
    await resident.waitForURL(/soort=idea/);
    await resident.getByLabel('Klein idee voor de buurt').check();
    await resident.getByLabel('Korte titel (optioneel)').fill(title);
    await resident
      .getByLabel('Omschrijving', { exact: true })
      .fill('Ouders bij de speeltuin staan nu altijd. Een bankje in de schaduw van de linde zou fijn zijn.');
    await resident.getByLabel('Buurt of wijk').selectOption('BU99990202');
    await resident.getByLabel('Foto’s').setInputFiles({
      name: 'speeltuin.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(await jpegWithGps(640, 480)),
    });
    await resident.getByLabel('E-mailadres (optioneel)').fill(email);
    await resident.getByLabel('Ik ga hiermee akkoord').check();
    await resident.getByRole('button', { name: 'Versturen' }).click();
    await resident.waitForURL(/\/meldingen\/volgen\//);
    const followHref = await resident.getByTestId('follow-link').getAttribute('href');
    expect(followHref).toMatch(/\/meldingen\/volgen\/[A-Za-z0-9_-]{20,}/);
    // The link is absolute on the site's public address; here the site runs on a loopback port.
    const followUrl = `${site.baseUrl}${new URL(followHref ?? '', site.baseUrl).pathname}`;
    expect(await resident.getByTestId('item-status').textContent()).toContain('Ontvangen');

    const row = await initiativesDb(site.app.ctx.db)
      .selectFrom('initiative_items')
      .select(['id', 'reference', 'deadline_on', 'owner_organisation_id', 'status'])
      .where('contact_email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row.owner_organisation_id).toBe(fx.organisations.wijkzaken);

    // 2. The office (the coordinator, in English) finds it in the inbox and answers it.
    const officeContext = await site.browser.newContext();
    const office = await officeContext.newPage();
    await signInAs(office, site.baseUrl, demoEmails.coordinator, 'demo-regie-2026');
    await office.goto(`${site.baseUrl}/meldingen/werkbak?bereik=all`);
    await office.getByRole('link', { name: row.reference }).click();
    await office.waitForURL(new RegExp(`/meldingen/behandelen/${row.id}`));
    expect(await office.getByTestId('item-status').textContent()).toContain('Received');
    expect(await office.getByTestId('item-overdue').count()).toBe(0);
    // The photo is there for staff, re-encoded and served by the file route.
    const photo = office.locator('.wijkwerk-handling-photos img').first();
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectAxeClean(office, true);

    const decide = office
      .locator('form')
      .filter({ has: office.locator('input[name="intent"][value="decide"]') });
    await decide.getByLabel('Decision', { exact: true }).selectOption('granted');
    await decide.getByLabel('Answer to the resident').fill(answer);
    await decide.getByRole('button', { name: 'Send the decision' }).click();
    await office.waitForURL(/saved=decide/);
    expect(await office.getByTestId('item-status').textContent()).toContain('Decided (Granted)');

    // Within the deadline: decided on or before the deadline date (Amsterdam).
    const decided = await initiativesDb(site.app.ctx.db)
      .selectFrom('initiative_items')
      .select(['decided_at', 'deadline_on', 'status', 'decision'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(decided.decision).toBe('granted');
    expect(decided.decided_at).not.toBeNull();
    expect(amsterdamDate(decided.decided_at as Date) <= decided.deadline_on).toBe(true);

    // The bench is placed: the item is done.
    const status = office
      .locator('form')
      .filter({ has: office.locator('input[name="intent"][value="transition"]') });
    await status.getByLabel('New status').selectOption('done');
    await status.getByRole('button', { name: 'Change the status' }).click();
    await office.waitForURL(/saved=transition/);
    expect(await office.getByTestId('item-status').textContent()).toContain('Done');

    // The resident was mailed the answer.
    const mails = await site.app.ctx.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text'])
      .where('recipient', '=', email)
      .orderBy('created_at')
      .execute();
    expect(mails.some((m) => m.body_text.includes(answer))).toBe(true);

    // 3. The resident opens the follow link (still without JavaScript), reads the answer, rates it.
    await resident.goto(followUrl);
    expect(await resident.getByTestId('item-answer').textContent()).toContain(answer);
    await expectAxeClean(resident, false);
    await resident.getByLabel('Ja, ik ben tevreden').check();
    await resident.getByLabel('Waarom? (optioneel)').fill('Snel en duidelijk antwoord.');
    await resident.getByRole('button', { name: 'Oordeel versturen' }).click();
    await resident.getByText('Bedankt voor uw oordeel.').first().waitFor();
    await expectAxeClean(resident, false);
    const rating = await initiativesDb(site.app.ctx.db)
      .selectFrom('initiative_ratings')
      .select(['satisfied', 'reason', 'reopened'])
      .where('item_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(rating).toEqual({ satisfied: true, reason: 'Snel en duidelijk antwoord.', reopened: false });

    // 4. The figures count it for Team Wijkzaken.
    await office.goto(`${site.baseUrl}/meldingen/cijfers`);
    const table = office.getByRole('table', { name: 'Satisfaction per department' });
    const teamRow = table.getByRole('row').filter({ hasText: 'Team Wijkzaken' });
    expect(await teamRow.textContent()).toContain('100%');
    await expectAxeClean(office, true);

    await residentContext.close();
    await officeContext.close();
  });
});
