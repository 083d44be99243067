import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQueue } from '../src/modules/social-map/list-queue.ts';
import { demoActor, mailsTo, tokenFrom, voorbeeldId } from '../src/modules/social-map/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The social map's editing side in Chromium: a resident submits an initiative without an
// account, an editor approves it from the queue, and then anyone finds it on the public map.
// And axe (WCAG 2.1 AA) on every editing page type, in Dutch and English, with and without JS.

const skip = skipWithoutChromium();

describe.skipIf(skip)('social map editing in Chromium', () => {
  let site: E2eSite;
  let m: string;
  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    m = await voorbeeldId(site.app.ctx.db);
  });
  afterAll(async () => {
    await site?.close();
  });

  async function assetId(title: string): Promise<string> {
    const r = await sql<{
      id: string;
    }>`select id from social_map_assets where municipality_id = ${m} and title = ${title}`.execute(
      site.app.ctx.db,
    );
    const id = r.rows[0]?.id;
    if (!id) throw new Error(`no asset ${title}`);
    return id;
  }

  /** Fills a control of a form by its name, whatever kind it is. */
  async function setField(page: Page, name: string, value: string) {
    const first = page.locator(`main [name="${name}"]`).first();
    const tag = await first.evaluate((el) => el.tagName.toLowerCase());
    const type = (await first.getAttribute('type')) ?? '';
    if (tag === 'select') await first.selectOption(value);
    else if (type === 'checkbox' || type === 'radio')
      await page.locator(`main [name="${name}"][value="${value}"]`).check();
    else await first.fill(value);
  }

  it('a resident submits an initiative; an editor approves it; it is then found publicly', async () => {
    const title = 'Repaircafé Noorderhof';
    // The resident, without an account.
    const resident = await site.browser.newContext();
    const rp = await resident.newPage();
    await rp.goto(`${site.baseUrl}/sociale-kaart/aanmelden`);
    for (const [name, value] of [
      ['kind', 'group'],
      ['title', title],
      ['summary', 'Samen kapotte spullen repareren, elke eerste zaterdag van de maand.'],
      ['formality', 'informal'],
      ['themes', 'ontmoeting'],
      ['locationType', 'area'],
      ['areaCode', 'BU99990202'],
      ['costFree', 'yes'],
      ['scheduleRepeat', 'none'],
      ['submitterName', 'Sanne'],
      ['submitterEmail', 'sanne@example.org'],
      ['consent', 'yes'],
    ] as const) {
      await setField(rp, name, value);
    }
    await rp.locator('main form button[type="submit"]').last().click();
    await rp.waitForURL(/verzonden=1/);
    const mail = (await mailsTo(site.app.ctx.db, 'sanne@example.org', 'social-map-submission')).at(-1);
    expect(mail).toBeTruthy();
    await rp.goto(
      `${site.baseUrl}/sociale-kaart/bevestigen/${tokenFrom(mail?.body_text ?? '', 'bevestigen')}`,
    );
    await rp.locator('main form button[type="submit"]').last().click();
    await rp.waitForLoadState('load');
    // Noorderhof is "partners only": a resident's submission waits for an editor, so not public yet.
    await rp.goto(`${site.baseUrl}/sociale-kaart?q=${encodeURIComponent('Repaircafé')}`);
    expect(await rp.getByRole('main').getByRole('link', { name: title }).count()).toBe(0);

    // The area officer of Noordhoek approves it from the queue.
    const officer = await site.browser.newContext();
    const op = await officer.newPage();
    await signInAs(op, site.baseUrl, 'wijkambtenaar.noordoost@voorbeeld.example', 'demo-noordoost-2026');
    await op.goto(`${site.baseUrl}/sociale-kaart/redactie`);
    await op.getByRole('main').getByRole('link', { name: title }).click();
    await op.waitForURL(/\/sociale-kaart\/redactie\/[0-9a-f-]{36}$/);
    expect(await op.locator('main table ins').count()).toBeGreaterThan(0);
    await op.getByRole('button', { name: 'Goedkeuren' }).click();
    await op.waitForURL(/\/sociale-kaart\/redactie\?saved=approve$/);
    expect(await op.getByRole('status').textContent()).toContain('goedgekeurd');
    const approved = (await mailsTo(site.app.ctx.db, 'sanne@example.org', 'social-map-review')).at(-1);
    expect(approved?.subject).toBe('Uw bijdrage staat op de sociale kaart');

    // Anyone finds it now.
    await rp.goto(`${site.baseUrl}/sociale-kaart?q=${encodeURIComponent('Repaircafé')}`);
    await rp.getByRole('main').getByRole('link', { name: title }).first().click();
    await rp.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}$/);
    expect(await rp.getByRole('heading', { level: 1 }).textContent()).toContain(title);
    await resident.close();
    await officer.close();
  }, 240_000);

  for (const javaScriptEnabled of [true, false]) {
    for (const lang of ['nl', 'en'] as const) {
      it(`the editing pages pass axe (${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const context: BrowserContext = await site.browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await signInAs(page, site.baseUrl, 'beheerder@voorbeeld.example', 'demo-beheer-2026');
        const admin = await demoActor(site.app.ctx.db, m, 'beheerder@voorbeeld.example');
        const queued = (await listQueue(site.app.ctx.db, admin)).revisions.find((r) => !r.isNew);
        if (!queued) throw new Error('no proposed change in the demo queue');
        const playground = await assetId('Speeltuin Hooiland');
        const keyPerson = await assetId('Ria Hendriks');
        // axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is
        // checked in a second page that runs scripts, at the same address so the styles load.
        const checker = javaScriptEnabled ? null : await (await site.browser.newContext()).newPage();
        const check = async (what: string) => {
          expect(await page.getByRole('heading', { level: 1 }).count(), what).toBe(1);
          let target = page;
          if (checker) {
            const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
            await checker.goto(page.url());
            await checker.setContent(html, { waitUntil: 'load' });
            target = checker;
          }
          const violations = await axeViolations(target);
          expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
        };
        await page.goto(`${site.baseUrl}/sociale-kaart/redactie?lang=${lang}`);
        await check('queue');
        await page.goto(`${site.baseUrl}/sociale-kaart/redactie/${queued.revisionId}`);
        expect(await page.locator('main table del, main table ins').count()).toBeGreaterThan(0);
        await check('review with diff');
        await page.goto(`${site.baseUrl}/sociale-kaart/${playground}/bewerken`);
        await check('edit form');
        await page.locator('main [name="title"]').fill('');
        await page.locator('main form button[type="submit"]').last().click();
        await page.locator('.wijkwerk-error-summary').waitFor();
        await check('edit form with errors');
        await page.goto(`${site.baseUrl}/sociale-kaart/nieuw`);
        await check('new item form');
        await page.goto(`${site.baseUrl}/sociale-kaart/${playground}/geschiedenis`);
        await check('history');
        await page.goto(`${site.baseUrl}/sociale-kaart/${keyPerson}/toestemming`);
        await check('consent');
        await checker?.context().close();
        await context.close();
      }, 240_000);
    }
  }
});
