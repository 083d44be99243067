import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWrite } from '../src/core/audit/write.ts';
import { randomToken, sha256 } from '../src/core/auth/tokens.ts';
import { systemActor } from '../src/core/permissions/actor.ts';
import { initiativesDb, initiativesTx } from '../src/modules/initiatives/initiatives.tables.ts';
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

// The staff pages of initiatives in Chromium, with JavaScript and without: the department's work
// inbox and its filters, the item page with a mistake, the resident text preview and a decision,
// and the figures page. Every page type passes axe (WCAG 2.1 AA) in each state shown.

const skip = skipWithoutChromium();

describe.skipIf(skip)('handling pages', () => {
  let site: E2eSite;
  let fx: InitiativesFixture;
  let axeContext: BrowserContext;

  async function insertItem(reference: string, title: string, deadlineOn: string, email: string | null) {
    const db = site.app.ctx.db;
    const m = fx.municipalityId;
    const area = await initiativesDb(db)
      .selectFrom('areas')
      .select(['id', 'path'])
      .where('municipality_id', '=', m)
      .where('code', '=', 'BU99990202')
      .executeTakeFirstOrThrow();
    return runWrite({ db, actor: systemActor(m, 'test'), meta: {} }, async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      const row = await tx
        .insertInto('initiative_items')
        .values({
          municipality_id: m,
          reference,
          kind_id: fx.kinds.signal,
          category_id: fx.categories.pavement,
          title,
          description: `${title}: de tegel ligt los en mensen struikelen erover.`,
          area_id: area.id,
          area_path: area.path,
          owner_organisation_id: fx.organisations.publicSpace,
          channel: 'web',
          contact_email: email,
          follow_token_hash: sha256(randomToken()),
          attribute_values: '{}',
          received_at: new Date(`${deadlineOn}T08:00:00Z`),
          deadline_on: deadlineOn,
          escalate_on: deadlineOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('initiative_events')
        .values({
          municipality_id: m,
          item_id: row.id,
          event: 'received',
          to_status: 'received',
          public_text: 'Wij hebben uw melding ontvangen.',
          actor_label: 'melder',
        })
        .execute();
      audit({ action: 'initiatives.test.item', resourceType: 'initiative_item', resourceId: row.id });
      return row.id;
    });
  }

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const ids: Record<'on' | 'off', string> = { on: '', off: '' };

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    fx = await createInitiativesFixture(site.app.ctx.db);
    ids.off = await insertItem('M-2026-800001', 'Losse tegel Noorderhof', day(10), 'sanne@example.org');
    ids.on = await insertItem('M-2026-800002', 'Losse tegel bij de school', day(-10), null);
    axeContext = await site.browser.newContext();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Without JavaScript the server's HTML (scripts left out) is checked in a page that runs axe. */
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

    it(`inbox, item page with a mistake, preview and decision (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.department, 'demo-openbareruimte-2026');

      await page.goto(`${site.baseUrl}/meldingen/werkbak`);
      const inbox = (await page.getByTestId('inbox-table').textContent()) ?? '';
      expect(inbox).toContain('M-2026-800002');
      expect(inbox).toContain('Over de termijn');
      await expectAxeClean(page, javaScriptEnabled);

      // Filters are a GET form: only what is overdue.
      await page.getByLabel('Termijn').selectOption('over');
      await page.getByRole('button', { name: 'Toon meldingen' }).click();
      await page.waitForURL(/termijn=over/);
      const overdue = (await page.getByTestId('inbox-table').textContent()) ?? '';
      expect(overdue).toContain('M-2026-800002');
      expect(overdue).not.toContain('M-2026-800001');
      await page.goto(`${site.baseUrl}/meldingen/werkbak?q=niets-hiervan`);
      await page.getByTestId('inbox-empty').waitFor();
      await expectAxeClean(page, javaScriptEnabled);

      await page.goto(`${site.baseUrl}/meldingen/behandelen/${ids[js]}`);
      expect(await page.getByTestId('item-status').textContent()).toContain('Ontvangen');
      await expectAxeClean(page, javaScriptEnabled);

      // A colleague's tab with the same item, opened before the decision below.
      const stale = await context.newPage();
      await stale.goto(`${site.baseUrl}/meldingen/behandelen/${ids[js]}`);

      // A decision without an answer: the summary names the field.
      const decide = page
        .locator('form')
        .filter({ has: page.locator('input[name="intent"][value="decide"]') });
      await decide.getByLabel('Besluit', { exact: true }).selectOption('granted');
      await decide.getByRole('button', { name: 'Besluit versturen' }).click();
      await page.getByRole('alert').first().waitFor();
      expect(await page.getByRole('alert').first().textContent()).toContain('Antwoord aan de melder');
      await expectAxeClean(page, javaScriptEnabled);

      // The preview shows the resident's words; nothing is saved yet.
      const answer = `De tegel wordt deze week vastgezet (${js}).`;
      await decide.getByLabel('Besluit', { exact: true }).selectOption('granted');
      await decide.getByLabel('Antwoord aan de melder').fill(answer);
      await decide.getByRole('button', { name: 'Bekijk het bericht aan de melder' }).click();
      await page.getByTestId('resident-preview').waitFor();
      expect(await page.getByTestId('resident-preview').textContent()).toContain(answer);
      expect(await page.getByTestId('item-status').textContent()).toContain('Ontvangen');
      await expectAxeClean(page, javaScriptEnabled);

      await decide.getByRole('button', { name: 'Besluit versturen' }).click();
      await page.waitForURL(/saved=decide/);
      expect(await page.getByTestId('item-status').textContent()).toContain('Besloten');
      expect(await page.getByTestId('item-history').textContent()).toContain(answer);
      await expectAxeClean(page, javaScriptEnabled);

      // The colleague's tab is behind: nothing is saved, the page says why and keeps the note.
      const staleStatus = stale
        .locator('form')
        .filter({ has: stale.locator('input[name="intent"][value="transition"]') });
      await staleStatus.getByLabel('Interne notitie (optioneel)').fill('Ik pak deze op.');
      await staleStatus.getByRole('button', { name: 'Status wijzigen' }).click();
      await stale.getByText('Iemand anders heeft deze melding intussen gewijzigd').waitFor();
      // With JavaScript the page reloads its data after the 409: wait for the current status to
      // arrive rather than reading it the moment the message shows.
      await stale.getByTestId('item-status').filter({ hasText: 'Besloten' }).waitFor();
      expect(await stale.getByTestId('item-status').textContent()).toContain('Besloten');
      expect(await staleStatus.getByLabel('Interne notitie (optioneel)').inputValue()).toBe(
        'Ik pak deze op.',
      );
      await expectAxeClean(stale, javaScriptEnabled);
      await context.close();
    });

    it(`figures page for the office (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.coordinator, 'demo-regie-2026');
      await page.goto(`${site.baseUrl}/meldingen/cijfers`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Figures per department');
      expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
      await expectAxeClean(page, javaScriptEnabled);
      await page.goto(`${site.baseUrl}/meldingen/werkbak?bereik=all`);
      await expectAxeClean(page, javaScriptEnabled);
      await context.close();
    });
  }
});
